import { describe, expect, it } from "vitest";
import { numberKey } from "@/lib/documents/schema";
import { expandQuery } from "@/lib/search/synonyms";
import { diffLines } from "@/lib/text/diff";
import { formatDate, formatDateTime } from "@/lib/format";

describe("[DOCUMENTS] a number and symbol typed any way folds to one key", () => {
  it.each(["414/QĐ-TTg", "414 qd ttg", "414-QD/TTG", "414/qđ-ttg", " 414 / QĐ - TTg "])("%s → 414qdttg", (typed) => {
    expect(numberKey(typed)).toBe("414qdttg");
  });
  it("keeps other documents apart", () => {
    expect(numberKey("64/KH-UBND")).toBe("64khubnd");
    expect(numberKey("64/KH-UBND")).not.toBe(numberKey("641/KH-UBND"));
  });
});

describe("[SEARCH] abbreviations and synonyms", () => {
  const synonyms = [
    { termKey: "bhyt", expansion: "bảo hiểm y tế" },
    { termKey: "qd", expansion: "quyết định" },
    { termKey: "ubnd", expansion: "ủy ban nhân dân" },
  ];
  it("reads BHYT as bảo hiểm y tế, whatever the case and accents", () => {
    expect(expandQuery("BHYT", synonyms)).toEqual(["bảo hiểm y tế"]);
    expect(expandQuery("thẻ bhyt", synonyms)).toEqual(["thẻ bảo hiểm y tế"]);
    expect(expandQuery("QĐ UBND", synonyms)).toEqual(["quyết định ủy ban nhân dân"]);
  });
  it("gives nothing more when the query holds no listed term", () => {
    expect(expandQuery("bảo hiểm", synonyms)).toEqual([]);
  });
  it("matches whole words only", () => {
    expect(expandQuery("bhytx", synonyms)).toEqual([]);
  });
});

describe("[DIFF] a line diff for reviewers and the audit log", () => {
  it("marks removed and added lines and keeps the rest", () => {
    expect(diffLines("a\nb\nc", "a\nB\nc\nd")).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "B" },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
  });
  it("is all 'same' for equal texts", () => {
    expect(diffLines("x\ny", "x\ny").every((line) => line.kind === "same")).toBe(true);
  });
});

describe("[FORMAT] one way to write a date", () => {
  const day = new Date("2026-12-03T05:00:00Z");
  it("writes the date the same way with and without the time", () => {
    expect(formatDate(day, "vi")).toBe("3 tháng 12, 2026");
    expect(formatDateTime(day, "vi")).toBe("3 tháng 12, 2026, 12:00");
    expect(formatDateTime(day, "en")).toBe("3 December 2026, 12:00");
  });
});
