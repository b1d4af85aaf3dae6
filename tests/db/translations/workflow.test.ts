/**
 * The translation workflow on the real database: approved strings served over the files,
 * "needs review" when the Vietnamese source changes, content outdated after a Vietnamese edit,
 * translation memory by trigram similarity. Marked test strings only ("[TEST tyz] …").
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { MutationContext } from "@/lib/audit/record";
import { db, resetDatabase, seedBase, userByEmail } from "../helpers";

vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

const { approveContent, approveString, suggestContent, suggestString } = await import("@/lib/translations/mutations");
const { listStringStates, translationQueue, getContentForEditor } = await import("@/lib/translations/queries");
const { loadInterfaceStrings } = await import("@/lib/translations/runtime");
const { findInMemory } = await import("@/lib/translations/memory");
const { getT, missingKeys } = await import("@/lib/i18n/i18next");
const { makeArticle } = await import("../articles/fixtures");

let translator: MutationContext;
let reviewer: MutationContext;

beforeAll(async () => {
  await resetDatabase();
  await seedBase();
  translator = { actor: await userByEmail("translator.tay@demo.local"), ip: null };
  reviewer = { actor: await userByEmail("reviewer.tay@demo.local"), ip: "203.0.113.5" };
});

describe("interface strings", () => {
  it("serves an approved string over the files, and only in its language", async () => {
    const text = "[TEST tyz] dòng giới thiệu";
    expect(getT("tyz", "common")("home.lead")).toBe(getT("vi", "common")("home.lead"));
    const before = missingKeys("tyz", "common").length;
    await suggestString({ namespace: "common", key: "home.lead", locale: "tyz", text }, translator);
    await loadInterfaceStrings();
    expect(getT("tyz", "common")("home.lead")).not.toBe(text); // a suggestion is not live
    await approveString({ namespace: "common", key: "home.lead", locale: "tyz", expectedText: text }, reviewer);
    await loadInterfaceStrings();
    expect(getT("tyz", "common")("home.lead")).toBe(text);
    expect(getT("ium", "common")("home.lead")).toBe(getT("vi", "common")("home.lead"));
    expect(missingKeys("tyz", "common").length).toBe(before - 1);
    const audit = await db.auditLog.findMany({ where: { entityType: "StringTranslation" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["translation.suggested", "translation.approved"]);
  });

  it("marks an approved string 'needs review' when its Vietnamese source changes, and keeps using it", async () => {
    await db.stringTranslation.update({
      where: { namespace_key_locale: { namespace: "common", key: "home.lead", locale: "tyz" } },
      data: { approvedSourceHash: "an-older-source" },
    });
    const row = (await listStringStates("tyz")).find((r) => r.namespace === "common" && r.key === "home.lead")!;
    expect(row.state).toBe("needsReview");
    expect(row.live).toBe("[TEST tyz] dòng giới thiệu");
    // A reviewer (not the author) confirms it: approved against today's source.
    await approveString({ namespace: "common", key: "home.lead", locale: "tyz", expectedText: "[TEST tyz] dòng giới thiệu" }, reviewer);
    expect((await listStringStates("tyz")).find((r) => r.key === "home.lead")!.state).toBe("approved");
  });

  it("offers approved translations of similar sources from memory, with their similarity", async () => {
    const matches = await findInMemory("tyz", "Thông tin chính sách, pháp luật và thông báo");
    expect(matches.length).toBeGreaterThan(0);
    expect(matches[0]).toMatchObject({ target: "[TEST tyz] dòng giới thiệu" });
    expect(matches[0]!.score).toBeGreaterThan(0.3);
    expect(await findInMemory("ium", "Thông tin chính sách, pháp luật và thông báo")).toEqual([]);
  });
});

describe("content", () => {
  it("puts an approved article live in its own table, then shows it outdated when the Vietnamese changes", async () => {
    const article = await makeArticle({ kind: "POLICY", state: "PUBLISHED", body: "Đoạn một.\n\nĐoạn hai." });
    expect((await translationQueue("tyz")).some((item) => item.id === article.id && item.status === "missing")).toBe(true);
    await suggestContent(
      {
        kind: "ARTICLE",
        id: article.id,
        locale: "tyz",
        fields: { title: "[TEST tyz] tiêu đề", summary: "[TEST tyz] tóm tắt", body: "[TEST tyz] một\n\n[TEST tyz] hai" },
      },
      translator,
    );
    await expect(approveContent({ kind: "ARTICLE", id: article.id, locale: "tyz" }, translator)).rejects.toMatchObject({
      userMessage: "translations.ownSuggestion",
    });
    await approveContent({ kind: "ARTICLE", id: article.id, locale: "tyz" }, reviewer);
    const live = await db.articleTranslation.findUniqueOrThrow({ where: { articleId_locale: { articleId: article.id, locale: "tyz" } } });
    expect(live).toMatchObject({ title: "[TEST tyz] tiêu đề", body: "[TEST tyz] một\n\n[TEST tyz] hai" });
    expect((await translationQueue("tyz")).some((item) => item.id === article.id)).toBe(false);
    // Paragraph pairs remembered.
    expect(await db.translationMemory.count({ where: { origin: `ARTICLE:${article.id}` } })).toBe(4);

    await db.articleTranslation.update({
      where: { articleId_locale: { articleId: article.id, locale: "vi" } },
      data: { body: "Đoạn một đã sửa.\n\nĐoạn hai." },
    });
    expect((await getContentForEditor("ARTICLE", article.id, "tyz"))!.translation!.outdated).toBe(true);
    expect((await translationQueue("tyz")).find((item) => item.id === article.id)?.status).toBe("outdated");
  });

  it("refuses a translation of unpublished content", async () => {
    const draft = await makeArticle({ kind: "POLICY" });
    await expect(
      suggestContent(
        { kind: "ARTICLE", id: draft.id, locale: "tyz", fields: { title: "[TEST tyz] a", summary: "b", body: "c" } },
        translator,
      ),
    ).rejects.toMatchObject({ code: "notFound" });
  });
});
