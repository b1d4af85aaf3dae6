import { describe, expect, it } from "vitest";
import { dryRun, exportXliff, parseXliff, type ExchangeRow } from "@/lib/translations/xliff";

// Marked test strings only: nothing here is, or pretends to be, a minority language.
const rows: ExchangeRow[] = [
  { namespace: "common", key: "home.title", source: "Trang chủ", current: "[TEST tyz] trang chủ" },
  { namespace: "common", key: "communes.villageCount_other", source: "{{count}} thôn, bản", current: "[TEST tyz] {{count}} thôn & <bản>" },
  {
    namespace: "articles",
    key: "article.rich",
    source: "Xem <0>điều khoản</0> “đầy đủ”.",
    current: "[TEST tyz] <0>điều khoản</0> \"x\" 'y' a\u0301",
  },
  { namespace: "articles", key: "article.empty", source: "Chưa dịch", current: null },
  { namespace: "forum", key: "spaces", source: " có khoảng trắng ", current: " [TEST tyz] giữ khoảng trắng " },
];

describe("XLIFF 2.0 exchange", () => {
  it("round-trips every string exactly (placeholders, tags, quotes, spaces; NFC)", async () => {
    const xml = await exportXliff("tyz", rows);
    expect(xml).toContain('version="2.0"');
    expect(xml).toContain('trgLang="tyz"');
    const parsed = await parseXliff(xml, "tyz");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const expected = rows
      .filter((r) => r.current !== null)
      .map((r) => ({ namespace: r.namespace, key: r.key, target: r.current!.normalize("NFC") }));
    expect(parsed.entries).toEqual(expected);
    // Imported back over the same strings: nothing to change.
    const nfcRows = rows.map((r) => ({ ...r, current: r.current?.normalize("NFC") ?? null }));
    expect(dryRun("tyz", parsed.entries, nfcRows).every((line) => line.outcome === "same")).toBe(true);
  });

  it("reports each string of an import: new, refused with its reason, unknown key", async () => {
    const xml = await exportXliff("tyz", [
      { namespace: "common", key: "home.title", source: "Trang chủ", current: "[TEST tyz] mới" },
      { namespace: "common", key: "communes.villageCount_other", source: "{{count}} thôn, bản", current: "[TEST tyz] thiếu chỗ điền" },
      { namespace: "common", key: "no.such.key", source: "x", current: "[TEST tyz] y" },
    ]);
    const parsed = await parseXliff(xml, "tyz");
    if (!parsed.ok) throw new Error("parse failed");
    const report = dryRun("tyz", parsed.entries, rows);
    expect(report.map((line) => line.outcome)).toEqual(["new", "refused", "unknown"]);
    expect(report[1]!.issues[0]!.key).toBe("translations.placeholderMissing");
  });

  it("refuses a file for another language or not XLIFF at all", async () => {
    expect(await parseXliff(await exportXliff("ium", rows), "tyz")).toMatchObject({ ok: false, error: "translations.xliffLanguage" });
    expect(await parseXliff("<html>no</html>", "tyz")).toMatchObject({ ok: false });
  });
});
