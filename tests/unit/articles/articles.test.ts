import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { articleResource, editProblem } from "@/lib/articles/policy";
import { ZArticleFilters, ZCreateArticle, ZPublishArticle, ZSaveTranslation, ZWithdrawArticle } from "@/lib/articles/schema";
import { displayStatus, isLive, isScheduled, sectionOf, transitionProblem } from "@/lib/articles/states";

const messages = (result: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("article schemas", () => {
  const valid = { kind: "POLICY", topicId: "", communeId: "", title: "Chính sách", slug: "", summary: "Tóm tắt", body: "Nội dung" };

  it("accepts a new article and turns empty choices into none", () => {
    expect(ZCreateArticle.parse(valid)).toMatchObject({ kind: "POLICY", topicId: null, communeId: null, slug: null, translator: null });
  });

  it("names every missing field with its own message", () => {
    expect(messages(ZCreateArticle.safeParse({ kind: "POLICY" }))).toEqual({
      title: "article.titleRequired",
      summary: "article.summaryRequired",
      body: "article.bodyRequired",
    });
  });

  it("requires a commune for commune news, even when other fields are wrong", () => {
    expect(messages(ZCreateArticle.safeParse({ ...valid, kind: "COMMUNE_UPDATE", title: "" }))).toEqual({
      title: "article.titleRequired",
      communeId: "article.communeRequired",
    });
    expect(ZCreateArticle.safeParse({ ...valid, kind: "COMMUNE_UPDATE", communeId: "c1" }).success).toBe(true);
  });

  it("checks slugs and lower-cases them", () => {
    expect(messages(ZCreateArticle.safeParse({ ...valid, slug: "chính sách" }))).toEqual({ slug: "article.slugInvalid" });
    expect(ZCreateArticle.parse({ ...valid, slug: "Ho-Tro-2026" }).slug).toBe("ho-tro-2026");
    expect(messages(ZCreateArticle.safeParse({ ...valid, slug: "a--b" }))).toEqual({ slug: "article.slugInvalid" });
  });

  it("accepts only the portal's languages", () => {
    const base = { articleId: "a", title: "T", summary: "S", body: "B" };
    expect(ZSaveTranslation.safeParse({ ...base, locale: "tyz" }).success).toBe(true);
    expect(messages(ZSaveTranslation.safeParse({ ...base, locale: "fr" }))).toEqual({ locale: "article.localeInvalid" });
  });

  it("reads a publication time as Vietnam time, empty as now", () => {
    expect(ZPublishArticle.parse({ id: "a", publishAt: "2026-12-01T07:30" }).publishAt?.toISOString()).toBe("2026-12-01T00:30:00.000Z");
    expect(ZPublishArticle.parse({ id: "a", publishAt: "" }).publishAt).toBeNull();
    expect(messages(ZPublishArticle.safeParse({ id: "a", publishAt: "tomorrow" }))).toEqual({ publishAt: "article.publishAtInvalid" });
  });

  it("a withdrawal needs a public reason", () => {
    expect(messages(ZWithdrawArticle.safeParse({ id: "a", reason: "  " }))).toEqual({ reason: "article.reasonRequired" });
  });

  it("list filters never fail", () => {
    expect(ZArticleFilters.parse({ kind: "NEWS", state: "SCHEDULED", missing: "xx", page: "-3" })).toMatchObject({
      kind: undefined,
      state: "SCHEDULED",
      missing: undefined,
      page: 1,
    });
  });
});

describe("article states", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  const past = new Date("2026-11-27T10:00:00Z");
  const future = new Date("2026-11-29T10:00:00Z");
  const article = (state: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "WITHDRAWN", publishAt: Date | null = null) => ({ state, publishAt });

  it("is live only when published and due", () => {
    expect(isLive(article("PUBLISHED", past), now)).toBe(true);
    expect(isLive(article("PUBLISHED", future), now)).toBe(false);
    expect(isScheduled(article("PUBLISHED", future), now)).toBe(true);
    expect(isLive(article("WITHDRAWN", past), now)).toBe(false);
    expect(isLive({ ...article("PUBLISHED", past), deletedAt: past }, now)).toBe(false);
    expect(displayStatus(article("PUBLISHED", future), now)).toBe("SCHEDULED");
  });

  it("allows only the workflow's transitions", () => {
    expect(transitionProblem(article("DRAFT"), "submit", now)).toBeNull();
    expect(transitionProblem(article("IN_REVIEW"), "submit", now)).toBe("article.wrongState");
    expect(transitionProblem(article("IN_REVIEW"), "return", now)).toBeNull();
    expect(transitionProblem(article("DRAFT"), "return", now)).toBe("article.wrongState");
    expect(transitionProblem(article("IN_REVIEW"), "publish", now)).toBeNull();
    expect(transitionProblem(article("WITHDRAWN", past), "publish", now)).toBeNull();
    expect(transitionProblem(article("PUBLISHED", future), "publish", now)).toBeNull(); // reschedule
    expect(transitionProblem(article("PUBLISHED", past), "publish", now)).toBe("article.wrongState");
    expect(transitionProblem(article("PUBLISHED", past), "withdraw", now)).toBeNull();
    expect(transitionProblem(article("DRAFT"), "withdraw", now)).toBe("article.wrongState");
    expect(transitionProblem({ ...article("DRAFT"), hasVietnamese: false }, "publish", now)).toBe("article.vietnameseRequired");
    expect(transitionProblem({ ...article("DRAFT"), deletedAt: past }, "submit", now)).toBe("form.notFound");
  });

  it("puts each kind in its public section", () => {
    expect([sectionOf("POLICY"), sectionOf("COMMUNE_UPDATE"), sectionOf("LAW")]).toEqual(["news", "news", "law"]);
  });
});

describe("article policy", () => {
  const official: Actor = { role: "OFFICIAL", communeId: null };
  const cadre: Actor = { role: "COMMUNE_CADRE", communeId: "own" };
  const draft = (
    kind: "POLICY" | "LAW" | "COMMUNE_UPDATE",
    communeId: string | null,
    state: "DRAFT" | "IN_REVIEW" | "PUBLISHED" = "DRAFT",
  ) => ({
    kind,
    communeId,
    state,
    deletedAt: null,
  });

  it("only commune news belongs to a commune", () => {
    expect(articleResource({ kind: "COMMUNE_UPDATE", communeId: "own" })).toEqual({ communeId: "own" });
    expect(articleResource({ kind: "POLICY", communeId: "own" })).toEqual({ communeId: null });
  });

  it("a cadre edits only drafts of their own commune's news", () => {
    expect(editProblem(cadre, draft("COMMUNE_UPDATE", "own"))).toBeNull();
    expect(editProblem(cadre, draft("COMMUNE_UPDATE", "other"))).toBe("form.forbidden");
    expect(editProblem(cadre, draft("POLICY", "own"))).toBe("form.forbidden");
    expect(editProblem(cadre, draft("LAW", null))).toBe("form.forbidden");
    expect(editProblem(cadre, draft("COMMUNE_UPDATE", "own", "IN_REVIEW"))).toBe("article.lockedForReview");
  });

  it("an official edits any article that is not deleted", () => {
    expect(editProblem(official, draft("POLICY", null, "PUBLISHED"))).toBeNull();
    expect(editProblem(official, draft("COMMUNE_UPDATE", "other", "IN_REVIEW"))).toBeNull();
    expect(editProblem(official, { ...draft("LAW", null), deletedAt: new Date() })).toBe("form.notFound");
  });
});
