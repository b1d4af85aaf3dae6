import { describe, expect, it } from "vitest";
import {
  checkString,
  languageWarnings,
  nfc,
  placeholders,
  sourceHash,
  tags,
  termsIn,
  unexpectedCharacters,
} from "@/lib/translations/checks";

// Marked test strings only ("[T] …"): no minority-language text is invented here.
const check = (source: string, text: string, key = "some.key", locale = "tyz") => checkString({ key, source, text, locale });
const errorKeys = (source: string, text: string, key?: string) => check(source, text, key).errors.map((e) => e.key);

describe("checks on an interface string", () => {
  it("finds placeholders and tags", () => {
    expect(placeholders("{{count}} of {{ total }} {{count}}")).toEqual(["count", "total"]);
    expect(tags("a <0>b</0> <br/> <1/>")).toEqual(["</0>", "<0>", "<1/>", "<br/>"].sort());
  });

  it("refuses a missing or extra placeholder, naming it", () => {
    expect(check("{{count}} thôn", "[T] thôn").errors[0]).toEqual({
      key: "translations.placeholderMissing",
      params: { names: "{{count}}" },
    });
    expect(errorKeys("thôn", "[T] {{count}}")).toEqual(["translations.placeholderExtra"]);
    expect(errorKeys("{{count}} thôn", "[T] {{count}}")).toEqual([]);
  });

  it("refuses changed tags", () => {
    expect(errorKeys("Xem <0>điều</0>", "[T] xem điều")).toEqual(["translations.tagsDiffer"]);
    expect(errorKeys("Xem <0>điều</0>", "[T] <0>x</0>")).toEqual([]);
  });

  it("refuses a plural form the language does not use, and leading/trailing space changes", () => {
    expect(errorKeys("{{count}} thôn", "[T] {{count}}", "x_few")).toContain("translations.pluralUnused");
    expect(errorKeys("{{count}} thôn", "[T] {{count}}", "x_other")).toEqual([]);
    expect(errorKeys("Lưu ", "[T] lưu")).toEqual(["translations.spaces"]);
    expect(errorKeys("Lưu", "")).toEqual(["translations.empty"]);
  });

  it("warns (does not refuse) a translation far longer than its source", () => {
    const result = check("Lưu", "[T] một bản dịch rất dài cho một nút bấm nhỏ");
    expect(result.errors).toEqual([]);
    expect(result.warnings[0]!.key).toBe("translations.tooLong");
  });
});

describe("language warnings", () => {
  const glossary = [{ term: "hộ nghèo", rendering: "[T]HN" }];
  it("finds glossary terms as whole words, case-insensitively, and warns when the rendering is not used", () => {
    expect(termsIn("Hỗ trợ Hộ nghèo vùng cao", glossary)).toHaveLength(1);
    expect(termsIn("hộ nghèoo", glossary)).toHaveLength(0);
    expect(languageWarnings({ source: "hộ nghèo", text: "[T] khác", glossary, expectedChars: "" })[0]!.key).toBe(
      "translations.glossaryUnused",
    );
    expect(languageWarnings({ source: "hộ nghèo", text: "[T]HN", glossary, expectedChars: "" })).toEqual([]);
  });

  it("warns about letters outside the expected characters; digits, spaces and punctuation pass", () => {
    expect(unexpectedCharacters("abc 123, đ!", "abc")).toEqual(["đ"]);
    expect(unexpectedCharacters("ABC", "abc")).toEqual([]);
    expect(unexpectedCharacters("anything", "")).toEqual([]);
  });

  it("normalises to NFC so a decomposed and a composed letter are the same text", () => {
    expect(nfc("a\u0301")).toBe("á");
    expect(sourceHash("a\u0301")).toBe(sourceHash("á"));
  });
});
