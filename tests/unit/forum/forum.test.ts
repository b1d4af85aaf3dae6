import { describe, expect, it } from "vitest";
import { allowedSignatures, canOnQuestion } from "@/lib/forum/policy";
import { ZAnswer, ZAskQuestion, ZPhone } from "@/lib/forum/schema";
import { committeeName } from "@/lib/forum/signature-name";
import { displayState, isPublic, stepProblem } from "@/lib/forum/states";
import { TRACKING_ALPHABET, TRACKING_LENGTH, newTrackingCode, normaliseTrackingCode } from "@/lib/forum/tracking-code";
import { cleanText, excerpt, fingerprintOf } from "@/lib/forum/text";

describe("tracking codes", () => {
  it("are 8 characters without 0, O, 1 or I", () => {
    expect(TRACKING_ALPHABET).toHaveLength(32);
    for (const char of "0O1I") expect(TRACKING_ALPHABET).not.toContain(char);
    for (let i = 0; i < 2000; i++) expect(newTrackingCode()).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
  });

  it("are random: no repeats and every symbol used", () => {
    const codes = Array.from({ length: 5000 }, newTrackingCode);
    expect(new Set(codes).size).toBe(codes.length);
    const used = new Set(codes.join(""));
    expect(used.size).toBe(TRACKING_ALPHABET.length);
  });

  it("are read back as people type them", () => {
    expect(normaliseTrackingCode("abcd efgh")).toBe("ABCDEFGH");
    expect(normaliseTrackingCode(" ABCD-EFGH ")).toBe("ABCDEFGH");
    expect(normaliseTrackingCode("ABCDEFG")).toBeNull();
    expect(normaliseTrackingCode("ABCDEF0H")).toBeNull();
    expect(normaliseTrackingCode("ABCDEFIH")).toBeNull();
    expect(normaliseTrackingCode("<script>")).toBeNull();
    expect(TRACKING_LENGTH).toBe(8);
  });
});

describe("question states", () => {
  const q = (
    state: "SUBMITTED" | "PUBLISHED" | "REJECTED" | "ANSWERED" | "CLOSED",
    extra: { publishedAt?: Date | null; mergedIntoId?: string | null } = {},
  ) => ({
    state,
    publishedAt: extra.publishedAt ?? null,
    mergedIntoId: extra.mergedIntoId ?? null,
  });
  it("follows SUBMITTED → PUBLISHED | REJECTED → ANSWERED → CLOSED", () => {
    expect(stepProblem(q("SUBMITTED"), "publish")).toBeNull();
    expect(stepProblem(q("SUBMITTED"), "reject")).toBeNull();
    expect(stepProblem(q("PUBLISHED", { publishedAt: new Date() }), "reject")).toBe("forum:errors.wrongState");
    expect(stepProblem(q("PUBLISHED", { publishedAt: new Date() }), "answer")).toBeNull();
    expect(stepProblem(q("REJECTED"), "answer")).toBe("forum:errors.wrongState");
    expect(stepProblem(q("ANSWERED"), "answer")).toBe("forum:errors.wrongState");
    expect(stepProblem(q("ANSWERED"), "editAnswer")).toBeNull();
    expect(stepProblem(q("ANSWERED"), "close")).toBeNull();
    expect(stepProblem(q("PUBLISHED"), "close")).toBe("forum:errors.wrongState");
    expect(stepProblem(q("PUBLISHED", { publishedAt: new Date() }), "publish")).toBe("forum:errors.wrongState");
    expect(stepProblem(q("CLOSED", { mergedIntoId: "x" }), "editText")).toBe("forum:errors.merged");
  });
  it("is public only once published, and not when merged or rejected", () => {
    expect(isPublic(q("SUBMITTED"))).toBe(false);
    expect(isPublic(q("ANSWERED"))).toBe(false); // answered privately
    expect(isPublic(q("ANSWERED", { publishedAt: new Date() }))).toBe(true);
    expect(isPublic(q("CLOSED", { publishedAt: new Date(), mergedIntoId: "x" }))).toBe(false);
    expect(displayState(q("CLOSED", { mergedIntoId: "x" }))).toBe("MERGED");
  });
});

describe("forum policy", () => {
  const cadre = { role: "COMMUNE_CADRE" as const, communeId: "own" };
  const official = { role: "OFFICIAL" as const, communeId: null };
  it("a cadre reaches questions of their commune and those assigned to it", () => {
    expect(canOnQuestion(cadre, "forum.answer", { communeId: "own", assignedCommuneId: null })).toBe(true);
    expect(canOnQuestion(cadre, "forum.answer", { communeId: "other", assignedCommuneId: null })).toBe(false);
    expect(canOnQuestion(cadre, "forum.answer", { communeId: "other", assignedCommuneId: "own" })).toBe(true);
    expect(canOnQuestion(cadre, "forum.moderate", { communeId: "own", assignedCommuneId: null })).toBe(false);
    expect(canOnQuestion(official, "forum.moderate", { communeId: "other", assignedCommuneId: null })).toBe(true);
    expect(canOnQuestion(null, "forum.answer", { communeId: "own", assignedCommuneId: null })).toBe(false);
  });
  it("signatures: a cadre signs for their commune's committee only", () => {
    const communes = [
      { id: "own", name: "Xã Minh Dân" },
      { id: "other", name: "Xã Thượng Lâm" },
    ];
    expect(committeeName("Xã Minh Dân")).toBe("UBND xã Minh Dân");
    expect(allowedSignatures(cadre, "Ban Dân tộc tỉnh", communes, committeeName)).toEqual(["UBND xã Minh Dân"]);
    expect(allowedSignatures(official, "Ban Dân tộc tỉnh", communes, committeeName)).toEqual([
      "Ban Dân tộc tỉnh",
      "UBND xã Minh Dân",
      "UBND xã Thượng Lâm",
    ]);
  });
});

describe("text from the public", () => {
  it("drops control characters and bidirectional overrides, keeps line breaks", () => {
    expect(cleanText("a\u0000b\u0007c\r\nd\u202Ee\u2066f\u200Fg")).toBe("abc\ndefg");
    expect(cleanText("  xin chào \n\n\n\n\n\n bạn ")).toBe("xin chào \n\n\n bạn");
  });
  it("fingerprints ignore accents, case and punctuation", () => {
    expect(fingerprintOf("Xin hỏi: HỘ NGHÈO được hỗ trợ gì?")).toBe(fingerprintOf("xin hoi ho ngheo   duoc ho tro gi"));
    expect(fingerprintOf("Đường đi")).toBe("duong di");
  });
  it("excerpts cut at a word", () => {
    expect(excerpt("một hai ba bốn năm sáu bảy tám", 12)).toBe("một hai ba…");
  });
});

describe("the ask form's schema", () => {
  const valid = {
    body: "Nhà tôi là hộ nghèo, có được hỗ trợ làm nhà không?",
    topic: "POLICY",
    communeId: "c1",
    consent: "on",
    locale: "vi",
  };
  it("accepts a plain question", () => {
    expect(ZAskQuestion.safeParse(valid).success).toBe(true);
  });
  it("refuses what is missing, too short, too long, or not agreed to", () => {
    const issues = (input: object) =>
      ZAskQuestion.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`) ?? [];
    expect(issues({ ...valid, body: "" })).toContain("body:forum:errors.questionRequired");
    expect(issues({ ...valid, body: "hỏi?" })).toContain("body:forum:errors.questionTooShort");
    expect(issues({ ...valid, body: "a".repeat(100_000) })).toContain("body:forum:errors.questionTooLong");
    expect(issues({ ...valid, topic: "HACK" })).toContain("topic:forum:errors.topicRequired");
    expect(issues({ ...valid, communeId: "" })).toContain("communeId:forum:errors.communeRequired");
    expect(issues({ ...valid, consent: undefined })).toContain("consent:forum:errors.consentRequired");
  });
  it("control characters alone are no question", () => {
    expect(ZAskQuestion.safeParse({ ...valid, body: "\u202E\u0000\u0001".repeat(20) }).success).toBe(false);
  });
  it("a script is kept as text (rendered escaped), RTL overrides removed", () => {
    const parsed = ZAskQuestion.parse({ ...valid, body: "<script>alert(1)</script>\u202E hỏi về đất đai" });
    expect(parsed.body).toBe("<script>alert(1)</script> hỏi về đất đai");
  });
  it("phone numbers: Vietnamese formats only", () => {
    expect(ZPhone.safeParse("0912 345 678").success).toBe(true);
    expect(ZPhone.safeParse("+84 912 345 678").success).toBe(true);
    expect(ZPhone.safeParse("").data).toBeNull();
    expect(ZPhone.safeParse("12345").success).toBe(false);
    expect(ZPhone.safeParse("0912abc678").success).toBe(false);
  });
  it("an answer needs text and a signature", () => {
    expect(ZAnswer.safeParse({ id: "q", body: "", unitName: "x" }).success).toBe(false);
    expect(ZAnswer.safeParse({ id: "q", body: "Trả lời", unitName: "" }).success).toBe(false);
  });
});
