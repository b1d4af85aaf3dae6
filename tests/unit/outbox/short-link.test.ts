import { describe, expect, it } from "vitest";
import { smsCost } from "@/lib/outbox/sms";
import { SAMPLE_SHORT_CODE, SHORT_CODE_LENGTH, isShortCode, shortUnsubscribeUrl } from "@/lib/subscriptions/short-link";
import { signToken } from "@/lib/subscriptions/tokens";

describe("the SMS short unsubscribe link", () => {
  it("accepts exactly ten base62 characters, nothing that could be a path or a token", () => {
    expect(isShortCode("Ab3dE5gH9k")).toBe(true);
    expect(isShortCode("0000000000")).toBe(true);
    for (const bad of ["Ab3dE5gH9", "Ab3dE5gH9kk", "Ab3dE5gH9-", "Ab3dE5gH9_", "../../etc/", "Ab3dE5gH9k\n", "", null, 1234567890]) {
      expect(isShortCode(bad), String(bad)).toBe(false);
    }
    expect(isShortCode(SAMPLE_SHORT_CODE)).toBe(true);
    expect(SAMPLE_SHORT_CODE).toHaveLength(SHORT_CODE_LENGTH);
  });

  it("is built on the configured public address, outside any locale", () => {
    expect(shortUnsubscribeUrl("https://dantoc.tuyenquang.gov.vn", "Ab3dE5gH9k")).toBe("https://dantoc.tuyenquang.gov.vn/u/Ab3dE5gH9k");
  });

  it("costs some 60 characters less than the signed personal link: an SMS that fits one segment with it would need two with the long one", () => {
    process.env.AUTH_SECRET ??= "short-link-test-secret-short-link-test-secret";
    const base = "https://dantoc.tuyenquang.gov.vn";
    const long = `${base}/vi/subscribe/manage/${signToken("manage", "cmabcdefghijklmnopqrstuvw")}`;
    const short = shortUnsubscribeUrl(base, "Ab3dE5gH9k");
    expect(long.length - short.length).toBeGreaterThanOrEqual(55);
    const text = "Canh bao Nguy hiem: Lu quet o Minh Dan. Len cho cao ngay.";
    expect(smsCost(`${text}\nHuy nhan tin: ${short}`).segments).toBe(1);
    expect(smsCost(`${text}\nHuy nhan tin: ${long}`).segments).toBe(2);
  });
});
