import { describe, expect, it } from "vitest";
import { maskRecipient, normalizeEmail, normalizeMobile } from "@/lib/outbox/recipient";
import { ZOutboxSettings } from "@/lib/outbox/schema";
import { smsCost, stripDiacritics } from "@/lib/outbox/sms";
import { canCancel, canRetry, retryDelayMs } from "@/lib/outbox/states";
import { gatewayBody, placeholderValues } from "@/lib/outbox/transports/http-gateway";

describe("SMS text", () => {
  it("drops Vietnamese diacritics, đ included", () => {
    expect(stripDiacritics("Cảnh báo lũ quét ở Đồng Văn: người dân lên chỗ cao ngay!")).toBe(
      "Canh bao lu quet o Dong Van: nguoi dan len cho cao ngay!",
    );
    expect(stripDiacritics("ƯỚC ƠN đường")).toBe("UOC ON duong");
  });

  it("counts segments: GSM-7 160/153, UCS-2 70/67, extension characters count two", () => {
    expect(smsCost("")).toMatchObject({ segments: 0 });
    expect(smsCost("a".repeat(160))).toEqual({ encoding: "GSM-7", length: 160, segments: 1 });
    expect(smsCost("a".repeat(161))).toEqual({ encoding: "GSM-7", length: 161, segments: 2 });
    expect(smsCost("a".repeat(306))).toMatchObject({ segments: 2 });
    expect(smsCost("a".repeat(307))).toMatchObject({ segments: 3 });
    expect(smsCost("[]".repeat(40))).toEqual({ encoding: "GSM-7", length: 160, segments: 1 });
    expect(smsCost("ũ".repeat(70))).toEqual({ encoding: "UCS-2", length: 70, segments: 1 });
    expect(smsCost("ũ".repeat(71))).toMatchObject({ encoding: "UCS-2", segments: 2 });
    const text = "Cảnh báo lũ quét ở Minh Dân: người dân lên chỗ cao ngay, không qua suối.";
    expect(smsCost(text).encoding).toBe("UCS-2");
    expect(smsCost(stripDiacritics(text))).toEqual({ encoding: "GSM-7", length: text.length, segments: 1 });
  });
});

describe("recipients", () => {
  it("stores e-mail in lower case and mobiles in national form; refuses the rest", () => {
    expect(normalizeEmail("  Lan.Nguyen@Example.VN ")).toBe("lan.nguyen@example.vn");
    expect(normalizeEmail("not an address")).toBeNull();
    expect(normalizeEmail("a@b")).toBeNull();
    expect(normalizeMobile("+84 912 345 678")).toBe("0912345678");
    expect(normalizeMobile("0207 382 2123")).toBeNull(); // a landline gets no SMS
    expect(normalizeMobile("19001234")).toBeNull();
  });

  it("are masked in the back office", () => {
    expect(maskRecipient("EMAIL", "lan.nguyen@example.vn")).toBe("la…@example.vn");
    expect(maskRecipient("SMS", "0912345678")).toBe("0912…678");
  });
});

describe("retries", () => {
  const retry = { baseSeconds: 30, maxSeconds: 3600 };
  it("wait exponentially longer, capped, with jitter of ±20 %", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, retry, 0.5))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, retry, 0.5)).toBe(3_600_000);
    expect(retryDelayMs(1, retry, 0)).toBe(24_000);
    expect(retryDelayMs(1, retry, 1)).toBe(36_000);
  });

  it("staff may retry what failed and cancel what is not sent", () => {
    expect(canRetry("DEAD") && canRetry("FAILED") && canRetry("CANCELLED")).toBe(true);
    expect(canRetry("SENT") || canRetry("SENDING") || canRetry("QUEUED")).toBe(false);
    expect(canCancel("QUEUED") && canCancel("FAILED")).toBe(true);
    expect(canCancel("SENDING") || canCancel("SENT") || canCancel("DEAD")).toBe(false);
  });
});

describe("HTTP gateway body", () => {
  const message = {
    id: "m1",
    channel: "SMS" as const,
    recipient: "0912345678",
    idempotencyKey: "k1",
    rendered: { subject: "S", text: 'Lũ "lớn"\n{{to}} & more' },
  };

  it("fills a JSON template value by value, so no text can break the JSON", () => {
    const settings = ZOutboxSettings.parse({});
    const { body, contentType } = gatewayBody(settings.sms.http, placeholderValues(message));
    expect(contentType).toBe("application/json");
    expect(JSON.parse(body)).toEqual({ to: "0912345678", text: 'Lũ "lớn"\n{{to}} & more', reference: "m1" });
    const zalo = JSON.parse(gatewayBody(settings.zalo.http, placeholderValues(message, { templateId: "t-9" })).body);
    expect(zalo).toMatchObject({
      phone: "84912345678",
      template_id: "t-9",
      tracking_id: "m1",
      template_data: { content: 'Lũ "lớn"\n{{to}} & more' },
    });
  });

  it("fills a form template with each value encoded", () => {
    const gateway = {
      ...ZOutboxSettings.parse({}).sms.http,
      format: "form" as const,
      bodyTemplate: "user=portal&to={{to}}&msg={{text}}&ref={{key}}",
    };
    const params = new URLSearchParams(gatewayBody(gateway, placeholderValues(message)).body);
    expect(Object.fromEntries(params)).toEqual({ user: "portal", to: "0912345678", msg: 'Lũ "lớn"\n{{to}} & more', ref: "k1" });
  });
});
