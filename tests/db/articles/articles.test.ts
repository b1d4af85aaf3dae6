/* eslint-disable max-lines -- every article mutation with its audit row and refusals, on one seeded database */
import { beforeEach, describe, expect, it } from "vitest";
import { attachMedia, createArticle, saveTranslation, updateArticleSettings } from "@/lib/articles/mutations";
import { getPublicArticleAt, listPublishedAt } from "@/lib/articles/queries";
import { listArticlesForViewer } from "@/lib/articles/admin-queries";
import { searchArticles } from "@/lib/articles/search";
import { createTopic, updateTopic } from "@/lib/articles/topics";
import { deleteArticle, publishArticle, returnArticle, submitArticle, withdrawArticle } from "@/lib/articles/workflow";
import { communeBySlug, db, expectAppError, seedWithActors, type ActorCtx } from "../helpers";
import { startOfMinute } from "@/lib/time/minute";

const text = { topicId: null, slug: null, translator: null };

describe("articles", () => {
  let official: ActorCtx;
  let cadre: ActorCtx;
  let ownCommune: string;
  let otherCommune: string;

  beforeEach(async () => {
    ({ official, cadre } = await seedWithActors());
    ownCommune = (await communeBySlug("minh-dan")).id;
    otherCommune = (await communeBySlug("thuong-lam")).id;
  });

  const newPolicy = (title = "Chính sách hỗ trợ hộ nghèo làm nhà ở") =>
    createArticle(
      { kind: "POLICY", communeId: null, ...text, title, summary: "Hộ nghèo được hỗ trợ làm nhà.", body: "Nhà nước hỗ trợ **hộ nghèo**." },
      official,
    );

  it("creates a draft with its Vietnamese text and an audit row", async () => {
    const article = await newPolicy();
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { translations: true } });
    expect(stored).toMatchObject({ state: "DRAFT", kind: "POLICY", authorId: official.actor.id });
    expect(stored.translations).toMatchObject([{ locale: "vi", slug: "chinh-sach-ho-tro-ho-ngheo-lam-nha-o" }]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "article.created", entityId: article.id } });
    expect(audit).toMatchObject({ actorId: official.actor.id, ip: "203.0.113.9", entityType: "Article" });
  });

  it("makes slugs unique by itself, but refuses a typed slug that is taken", async () => {
    const first = await newPolicy("Tin mới");
    const second = await newPolicy("Tin mới");
    const slugs = await db.articleTranslation.findMany({ where: { articleId: { in: [first.id, second.id] } }, select: { slug: true } });
    expect(slugs.map((s) => s.slug).sort()).toEqual(["tin-moi", "tin-moi-2"]);
    await expectAppError(
      saveTranslation(
        { articleId: second.id, locale: "en", title: "News", slug: "tin-moi", summary: "S", body: "B", translator: null, changeNote: null },
        official,
      ),
      "article.slugTaken",
      "slug",
    );
  });

  it("refuses a cadre anything but their own commune's news, and drafts only", async () => {
    await expectAppError(
      createArticle({ kind: "POLICY", communeId: ownCommune, ...text, title: "T", summary: "S", body: "B" }, cadre),
      "form.forbidden",
    );
    await expectAppError(
      createArticle({ kind: "COMMUNE_UPDATE", communeId: otherCommune, ...text, title: "T", summary: "S", body: "B" }, cadre),
      "form.forbidden",
    );
    const own = await createArticle(
      { kind: "COMMUNE_UPDATE", communeId: ownCommune, ...text, title: "Tin xã", summary: "S", body: "B" },
      cadre,
    );
    await expectAppError(
      updateArticleSettings({ id: own.id, kind: "POLICY", topicId: null, communeId: ownCommune, coverAlt: null }, cadre),
      "form.forbidden",
    );
    await submitArticle(own.id, cadre);
    await expectAppError(
      saveTranslation(
        { articleId: own.id, locale: "vi", title: "Sửa", slug: null, summary: "S", body: "B", translator: null, changeNote: null },
        cadre,
      ),
      "article.lockedForReview",
    );
    await expectAppError(publishArticle({ id: own.id, publishAt: null, changeNote: null }, cadre), "form.forbidden");
    expect((await db.article.findUniqueOrThrow({ where: { id: own.id } })).state).toBe("IN_REVIEW");
    const list = await listArticlesForViewer({ viewer: cadre.actor, filters: { page: 1 } });
    expect(list.articles.map((a) => a.id)).toEqual([own.id]);
  });

  it("goes through review: submit, return with a comment, submit, publish", async () => {
    const article = await createArticle(
      { kind: "COMMUNE_UPDATE", communeId: ownCommune, ...text, title: "Tin xã", summary: "S", body: "B" },
      cadre,
    );
    await submitArticle(article.id, cadre);
    await returnArticle({ id: article.id, comment: "Thêm ngày họp." }, official);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      state: "DRAFT",
      reviewComment: "Thêm ngày họp.",
    });
    await submitArticle(article.id, cadre);
    await publishArticle({ id: article.id, publishAt: null, changeNote: null }, official);
    const published = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(published).toMatchObject({ state: "PUBLISHED", reviewComment: null });
    const actions = await db.auditLog.findMany({
      where: { entityId: article.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "article.created",
      "article.submitted",
      "article.returned",
      "article.submitted",
      "article.published",
    ]);
    await expectAppError(publishArticle({ id: article.id, publishAt: null, changeNote: null }, official), "article.wrongState");
  });

  it("scheduling publishes at the set time, with no job", async () => {
    const article = await newPolicy();
    // As the back office sends it: a whole minute, two hours from now.
    const at = startOfMinute(Date.now() + 2 * 60 * 60 * 1000);
    await publishArticle({ id: article.id, publishAt: at, changeNote: null }, official);
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: article.id, action: "article.scheduled" } })).after).toMatchObject({
      publishAt: at.toISOString(),
    });
    const before = new Date(at.getTime() - 1000);
    const after = new Date(at.getTime() + 1000);
    const slug = "chinh-sach-ho-tro-ho-ngheo-lam-nha-o";
    expect((await listPublishedAt({ kinds: ["POLICY"], page: 1 }, before)).items).toHaveLength(0);
    expect(await getPublicArticleAt(slug, before)).toBeNull();
    expect((await listPublishedAt({ kinds: ["POLICY"], page: 1 }, at)).items.map((i) => i.id)).toEqual([article.id]);
    expect(await getPublicArticleAt(slug, after)).toMatchObject({ status: "ok" });
    expect(await searchArticles({ query: "chinh sach", locale: "vi", now: before, limit: 10 })).toHaveLength(0);
    expect(await searchArticles({ query: "chinh sach", locale: "vi", now: after, limit: 10 })).toHaveLength(1);
  });

  it("revisions keep change notes; a change to a public article needs one", async () => {
    const article = await newPolicy();
    await publishArticle({ id: article.id, publishAt: null, changeNote: null }, official);
    const edit = {
      articleId: article.id,
      locale: "vi" as const,
      title: "Chính sách hỗ trợ hộ nghèo làm nhà ở",
      slug: null,
      summary: "Hộ nghèo được hỗ trợ làm nhà.",
      body: "Nhà nước hỗ trợ **hộ nghèo** tới 40 triệu đồng.",
      translator: null,
    };
    await expectAppError(saveTranslation({ ...edit, changeNote: null }, official), "article.changeNoteRequired", "changeNote");
    await saveTranslation({ ...edit, changeNote: "Thêm mức hỗ trợ." }, official);
    await saveTranslation(
      { ...edit, locale: "en", title: "Housing support", summary: "S", body: "B", changeNote: "Thêm bản tiếng Anh." },
      official,
    );
    const revisions = await db.articleRevision.findMany({ where: { articleId: article.id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => [r.number, r.note])).toEqual([
      [1, null],
      [2, "Thêm mức hỗ trợ."],
      [3, "Thêm bản tiếng Anh."],
    ]);
    expect(revisions[1]!.snapshot).toEqual([{ locale: "vi", title: edit.title, summary: edit.summary, body: edit.body }]);
    const page = await getPublicArticleAt("chinh-sach-ho-tro-ho-ngheo-lam-nha-o", new Date());
    expect(page?.status === "ok" && page.article.revisions.map((r) => r.note)).toEqual(["Thêm bản tiếng Anh.", "Thêm mức hỗ trợ.", null]);
    expect(page?.status === "ok" && page.article.translations.find((t) => t.locale === "vi")?.bodyHtml).toContain(
      "<strong>hộ nghèo</strong>",
    );
  });

  it("a withdrawn article leaves the lists but keeps its page; a deleted one is gone", async () => {
    const article = await newPolicy();
    await publishArticle({ id: article.id, publishAt: null, changeNote: null }, official);
    await withdrawArticle({ id: article.id, reason: "Thông tin đã cũ." }, official);
    const now = new Date();
    expect((await listPublishedAt({ kinds: ["POLICY"], page: 1 }, now)).total).toBe(0);
    const page = await getPublicArticleAt("chinh-sach-ho-tro-ho-ngheo-lam-nha-o", now);
    expect(page?.status === "ok" && page.article).toMatchObject({ state: "WITHDRAWN", withdrawalReason: "Thông tin đã cũ." });
    await deleteArticle(article.id, official);
    expect(await getPublicArticleAt("chinh-sach-ho-tro-ho-ngheo-lam-nha-o", now)).toEqual({ status: "gone" });
    expect(await db.auditLog.count({ where: { entityId: article.id, action: { in: ["article.withdrawn", "article.deleted"] } } })).toBe(2);
  });

  it("search finds unaccented queries, in the reader's language or Vietnamese", async () => {
    const article = await newPolicy();
    await saveTranslation(
      {
        articleId: article.id,
        locale: "en",
        title: "Housing support for poor households",
        slug: null,
        summary: "Poor households get help.",
        body: "The State helps.",
        translator: null,
        changeNote: null,
      },
      official,
    );
    await publishArticle({ id: article.id, publishAt: null, changeNote: null }, official);
    const other = await newPolicy("Đăng ký khai sinh cho con");
    await publishArticle({ id: other.id, publishAt: null, changeNote: null }, official);
    const now = new Date();
    const vi = await searchArticles({ query: "chinh sach ho tro", locale: "vi", now, limit: 10 });
    expect(vi.map((hit) => [hit.id, hit.title, hit.lang])).toEqual([[article.id, "Chính sách hỗ trợ hộ nghèo làm nhà ở", "vi"]]);
    expect((await searchArticles({ query: "KHAI SINH", locale: "tyz", now, limit: 10 })).map((hit) => [hit.id, hit.lang])).toEqual([
      [other.id, "vi"],
    ]);
    expect((await searchArticles({ query: "housing", locale: "en", now, limit: 10 })).map((hit) => [hit.id, hit.lang, hit.url])).toEqual([
      [article.id, "en", "/en/news/housing-support-for-poor-households"],
    ]);
    // A near miss in a title still finds it (trigram similarity).
    expect((await searchArticles({ query: "khai sinhh con", locale: "vi", now, limit: 10 })).map((hit) => hit.id)).toEqual([other.id]);
  });

  it("attaches media with an audit row; audio needs the language's text", async () => {
    const article = await newPolicy();
    const file = {
      kind: "AUDIO" as const,
      mimeType: "audio/mpeg",
      storageKey: `audio/test/${Date.now()}.mp3`,
      size: 1234,
      originalName: "a.mp3",
      createdById: official.actor.id,
    };
    await expectAppError(attachMedia(article.id, { target: "audio", locale: "en" }, file, official), "article.audioNeedsText", "file");
    const media = await attachMedia(article.id, { target: "audio", locale: "vi" }, file, official);
    expect((await db.articleTranslation.findFirstOrThrow({ where: { articleId: article.id, locale: "vi" } })).audioId).toBe(media.id);
    expect(await db.auditLog.count({ where: { entityId: article.id, action: "article.mediaAttached" } })).toBe(1);
  });

  it("manages topics with audit rows; a topic must match the article's kind", async () => {
    const topic = await createTopic({ kind: "LAW", name: "Đất đai", nameEn: "Land" }, { actor: official.actor, ip: null });
    expect(topic.slug).toBe("dat-dai");
    await expectAppError(
      createTopic({ kind: "LAW", name: "Đất đai", nameEn: null }, { actor: official.actor, ip: null }),
      "topic.taken",
      "name",
    );
    await updateTopic({ id: topic.id, name: "Đất đai, nhà ở", nameEn: "Land and housing" }, { actor: official.actor, ip: null });
    expect(await db.auditLog.count({ where: { entityId: topic.id } })).toBe(2);
    await expectAppError(
      createArticle(
        { kind: "POLICY", communeId: null, topicId: topic.id, slug: null, translator: null, title: "T", summary: "S", body: "B" },
        official,
      ),
      "article.topicInvalid",
      "topicId",
    );
  });
});
