import { describe, expect, it } from "vitest";
import { addMonths, provinceMonth, ratingExpiresAt, ratingStatus } from "@/lib/products/rating";
import { ZCreateProduct, ZProducer, ZProductSettings, ZPublicProductFilters, provinceToday } from "@/lib/products/schema";
import { formatVietnamesePhone, internationalPhone, normalizeVietnamesePhone, zaloUrl } from "@/lib/text/phone";

describe("Vietnamese phone numbers (lib/text/phone)", () => {
  it.each([
    ["0912 345 678", "0912345678"],
    ["091.234.5678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0084 912 345 678", "0912345678"],
    ["(0207) 3822 123", "02073822123"],
    ["+84 207 382 2123", "02073822123"],
    ["0388-123-456", "0388123456"],
    ["1900 1234", "19001234"],
  ])("%s → %s", (input, national) => {
    expect(normalizeVietnamesePhone(input)).toBe(national);
  });

  it.each(["", "12345", "0123456789", "+33 6 12 34 56 78", "0912 345 67", "09123456789", "phone 0912345678", "0612345678"])(
    "refuses %j",
    (input) => {
      expect(normalizeVietnamesePhone(input)).toBeNull();
    },
  );

  it("gives tel:, Zalo and reading forms", () => {
    expect(internationalPhone("0912345678")).toBe("+84912345678");
    expect(zaloUrl("0912345678")).toBe("https://zalo.me/0912345678");
    expect(formatVietnamesePhone("0912345678")).toBe("0912 345 678");
  });
});

describe("OCOP rating validity (36 months, computed when read)", () => {
  const now = new Date("2026-11-28T05:00:00Z");

  it("is valid with its stars within 36 months, and says when it expires", () => {
    const status = ratingStatus({ ocopStars: 4, ocopDate: new Date("2024-06-15T00:00:00Z") }, now);
    expect(status).toMatchObject({ kind: "valid", stars: 4, expiringSoon: false });
    expect(ratingExpiresAt(new Date("2024-01-15T00:00:00Z")).toISOString()).toBe("2027-01-15T00:00:00.000Z");
  });

  it("a 4-star rating recognised 37 months ago is expired", () => {
    const status = ratingStatus({ ocopStars: 4, ocopDate: addMonths(now, -37) }, now);
    expect(status.kind).toBe("expired");
  });

  it("expires exactly 36 months on; flags the last 90 days; dates may come back from the cache as strings", () => {
    expect(ratingStatus({ ocopStars: 3, ocopDate: "2023-11-28T00:00:00.000Z" }, new Date("2026-11-28T00:00:00Z")).kind).toBe("expired");
    expect(ratingStatus({ ocopStars: 3, ocopDate: "2023-11-29T00:00:00.000Z" }, new Date("2026-11-28T00:00:00Z")).kind).toBe("valid");
    expect(ratingStatus({ ocopStars: 5, ocopDate: addMonths(now, -35) }, now)).toMatchObject({ kind: "valid", expiringSoon: true });
    expect(ratingStatus({ ocopStars: null, ocopDate: null }, now)).toEqual({ kind: "none" });
  });

  it("adds months clamping the day (31 January + 1 month = 28/29 February)", () => {
    expect(addMonths(new Date("2025-01-31T00:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2025-02-28");
    expect(addMonths(new Date("2024-02-29T00:00:00Z"), 36).toISOString().slice(0, 10)).toBe("2027-02-28");
  });

  it("the month is the province's (UTC+7)", () => {
    expect(provinceMonth(new Date("2026-11-30T18:00:00Z"))).toBe(12);
    expect(provinceMonth(new Date("2026-11-30T16:00:00Z"))).toBe(11);
  });
});

const settings = { producerId: "p1", category: "FOOD" };
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("product and producer schemas", () => {
  it("normalises prices and months, and keeps a valid rating", () => {
    const parsed = ZProductSettings.parse({
      ...settings,
      priceMin: "150.000",
      priceMax: "200 000",
      months: "12,1,1",
      ocopStars: "4",
      ocopDecision: "12/QĐ-UBND",
      ocopDate: "2025-01-15",
    });
    expect(parsed).toMatchObject({ priceMin: 150_000, priceMax: 200_000, months: [1, 12], ocopStars: 4 });
    expect(parsed.ocopDate?.toISOString()).toBe("2025-01-15T00:00:00.000Z");
  });

  it("refuses min above max, stars outside 3–5, a future decision date, a rating without its decision", () => {
    expect(issues(ZProductSettings.safeParse({ ...settings, priceMin: "300000", priceMax: "200000" }))).toEqual({
      priceMax: "products:errors.product.priceRange",
    });
    expect(issues(ZProductSettings.safeParse({ ...settings, ocopStars: "2", ocopDecision: "x", ocopDate: "2025-01-01" }))).toEqual({
      ocopStars: "products:errors.product.starsInvalid",
    });
    expect(issues(ZProductSettings.safeParse({ ...settings, ocopStars: "6", ocopDecision: "x", ocopDate: "2025-01-01" }))).toEqual({
      ocopStars: "products:errors.product.starsInvalid",
    });
    const tomorrow = new Date(provinceToday().getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(issues(ZProductSettings.safeParse({ ...settings, ocopStars: "4", ocopDecision: "x", ocopDate: tomorrow }))).toEqual({
      ocopDate: "products:errors.product.dateInFuture",
    });
    expect(issues(ZProductSettings.safeParse({ ...settings, ocopStars: "4" }))).toEqual({
      ocopDecision: "products:errors.product.decisionRequired",
      ocopDate: "products:errors.product.dateRequired",
    });
    expect(issues(ZProductSettings.safeParse({ ...settings, priceMin: "abc", months: "13" }))).toEqual({
      priceMin: "products:errors.product.priceInvalid",
      months: "products:errors.product.monthsInvalid",
    });
  });

  it("a new product needs its Vietnamese name and description, with the same cross-field rules", () => {
    expect(issues(ZCreateProduct.safeParse({ ...settings, priceMin: "5", priceMax: "1" }))).toMatchObject({
      name: "products:errors.product.nameRequired",
      description: "products:errors.product.descriptionRequired",
      priceMax: "products:errors.product.priceRange",
    });
  });

  it("a producer's phone and Zalo numbers are normalised or refused; coordinates come in pairs", () => {
    const base = { name: "HTX", kind: "COOPERATIVE", communeId: "c1" };
    expect(ZProducer.parse({ ...base, phone: "+84 912 345 678", zalo: "", ethnicGroupIds: "a,b,a" })).toMatchObject({
      phone: "0912345678",
      zalo: null,
      ethnicGroupIds: ["a", "b"],
    });
    expect(issues(ZProducer.safeParse({ ...base, phone: "12345" }))).toEqual({ phone: "phone.invalid" });
    expect(issues(ZProducer.safeParse({ ...base, latitude: "21,8" }))).toEqual({ longitude: "products:errors.producer.coordinatesBoth" });
    expect(ZProducer.parse({ ...base, latitude: "21,8236", longitude: "105.21" })).toMatchObject({ latitude: 21.8236, longitude: 105.21 });
  });

  it("public filters never fail", () => {
    expect(ZPublicProductFilters.parse({ category: "X", stars: "9", season: "later", page: "-1" })).toEqual({
      category: undefined,
      commune: undefined,
      stars: undefined,
      season: undefined,
      page: 1,
    });
    expect(ZPublicProductFilters.parse({ category: "TEXTILE", stars: "4", season: "now", commune: "thuong-lam" })).toMatchObject({
      category: "TEXTILE",
      stars: 4,
      season: "now",
    });
  });
});
