import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZCreateArticle } from "@/lib/articles/schema";
import { ZAllClearNotice, ZCancelNotice, ZSaveNoticeTranslation } from "@/lib/notices/schema";
import { cleanText } from "@/lib/text/fields";

// Characters no XML document may hold (CAP, Atom, RSS) and the disguising ones, removed from
// every form's text before it is stored.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/;
const wellFormed = (text: string) => text === text.toWellFormed();

describe("form text is cleaned at the schema", () => {
  it("leaves nothing XML forbids, whatever is typed (2,000 generated texts)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const cleaned = cleanText(text);
        expect(cleaned).not.toMatch(FORBIDDEN);
        expect(wellFormed(cleaned)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("cleans a notice's text, its cancel reason and all-clear note, and an article's text", () => {
    const dirty = "Lũ\u0001 quét\u000B tại\u0085 xã\u202E Minh Dân\uFFFF";
    const translation = ZSaveNoticeTranslation.parse({
      noticeId: "n1",
      locale: "vi",
      headline: dirty,
      description: dirty,
      instruction: dirty,
    });
    expect([translation.headline, translation.description, translation.instruction]).toEqual(Array(3).fill("Lũ quét tại xã Minh Dân"));
    expect(ZCancelNotice.parse({ id: "n1", reason: dirty }).reason).toBe("Lũ quét tại xã Minh Dân");
    expect(ZAllClearNotice.parse({ id: "n1", note: dirty }).note).toBe("Lũ quét tại xã Minh Dân");
    const article = ZCreateArticle.parse({ kind: "POLICY", title: dirty, summary: dirty, body: `# Tiêu đề\n\n${dirty}` });
    expect(article.title).toBe("Lũ quét tại xã Minh Dân");
    expect(article.body).not.toMatch(FORBIDDEN);
  });

  it("keeps line breaks and tabs, and refuses text that is only control characters", () => {
    expect(cleanText("Dòng 1\r\nDòng 2\tcột")).toBe("Dòng 1\nDòng 2\tcột");
    expect(ZCancelNotice.safeParse({ id: "n1", reason: "\u0001\u0002" }).success).toBe(false);
  });
});

describe("one message per problem", () => {
  it("an empty required field says only that it is required", async () => {
    const { requiredText } = await import("@/lib/text/fields");
    const result = requiredText(100, "x.required", "x.tooLong", 15, "x.tooShort").safeParse("  \u0001 ");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["x.required"]);
    expect(
      requiredText(100, "x.required", "x.tooLong", 15, "x.tooShort")
        .safeParse("ngắn")
        .error?.issues.map((i) => i.message),
    ).toEqual(["x.tooShort"]);
  });
});
