/**
 * getT keeps finished translations per process (lib/i18n/i18next.ts): what it answers must be
 * what i18next answers, for plain strings, interpolation and plurals, in every call shape, and
 * approved database strings must show on the next call once published.
 */
import { describe, expect, it } from "vitest";
import { getT, publishDatabaseStrings } from "@/lib/i18n/i18next";

describe("remembered translations", () => {
  it("answer the same as the first call, with and without values", () => {
    const t = getT("en", "articles");
    for (let i = 0; i < 2; i++) {
      expect(t("list.count", { count: 1 })).toBe("1 article");
      expect(t("list.count", { count: 3 })).toBe("3 articles");
      expect(t("list.pageOf", { page: 2, pageCount: 5 })).toBe("Page 2 of 5");
      expect(t("list.pageOf", { page: 3, pageCount: 5 })).toBe("Page 3 of 5");
      expect(getT("en", "common")("nav.home")).toBe("Home");
    }
  });

  it('keep a value\'s type apart from its text (1 is not "1")', () => {
    const t = getT("en", "articles");
    expect(t("list.count", { count: 2 })).toBe("2 articles");
    expect(t("list.count", { count: "2" as unknown as number })).toBe(t("list.count", { count: "2" as unknown as number }));
  });

  it("pass calls with objects (dates, nested options) straight through", () => {
    const t = getT("en", "articles");
    const date = new Date("2026-12-03T00:00:00Z");
    expect(t("list.pageOf", { page: 1, pageCount: 2, extra: { date } } as never)).toBe("Page 1 of 2");
  });

  it("show approved database strings for a minority language once they are published", () => {
    const before = getT("tyz", "common")("nav.home");
    expect(before).toBe(getT("vi", "common")("nav.home"));
    publishDatabaseStrings({ tyz: { common: { "nav.home": "TEST-tyz-home" } } });
    expect(getT("tyz", "common")("nav.home")).toBe("TEST-tyz-home");
    publishDatabaseStrings({});
    expect(getT("tyz", "common")("nav.home")).toBe(before);
  });
});
