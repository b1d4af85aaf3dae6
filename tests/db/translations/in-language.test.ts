/**
 * In a minority language, what exists in it comes first: the home page's block of recorded
 * readings (lib/translations/recordings.ts) and the library, whose items in the language lead.
 * Marked test strings only ("[TEST tyz] …").
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";

vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

const { listRecordingsIn } = await import("@/lib/translations/recordings");
const { listLibraryItemsNow } = await import("@/lib/library/queries");
const { makeArticle } = await import("../articles/fixtures");
const { makeProducer, makeProduct } = await import("../products/fixtures");
const { makeLibraryItem } = await import("../library/fixtures");

beforeAll(async () => {
  await resetDatabase();
  await seedBase();
});

describe("content in a minority language comes first", () => {
  it("lists what has a recorded reading in the language, public items only, newest first", async () => {
    const audio = await db.mediaFile.create({
      data: { kind: "AUDIO", mimeType: "audio/wav", storageKey: "translations/test/reading.wav", size: 100 },
    });
    const article = await makeArticle({ kind: "LAW", state: "PUBLISHED" });
    await db.articleTranslation.create({
      data: {
        articleId: article.id,
        locale: "tyz",
        title: "[TEST tyz] bài",
        slug: `test-tyz-${article.id}`,
        summary: "[TEST tyz]",
        body: "[TEST tyz]",
        audioId: audio.id,
      },
    });
    const silent = await makeArticle({ kind: "POLICY", state: "PUBLISHED" });
    await db.articleTranslation.create({
      data: {
        articleId: silent.id,
        locale: "tyz",
        title: "[TEST tyz] không có bản đọc",
        slug: `test-tyz-${silent.id}`,
        summary: "[TEST tyz]",
        body: "[TEST tyz]",
      },
    });
    const draft = await makeArticle({ kind: "POLICY" });
    await db.articleTranslation.create({
      data: {
        articleId: draft.id,
        locale: "tyz",
        title: "[TEST tyz] nháp",
        slug: `test-tyz-${draft.id}`,
        summary: "[TEST tyz]",
        body: "[TEST tyz]",
        audioId: audio.id,
      },
    });
    const commune = await communeBySlug("minh-dan");
    const product = await makeProduct({ producerId: (await makeProducer({ communeId: commune.id })).id });
    await db.productTranslation.create({
      data: {
        productId: product.id,
        locale: "tyz",
        name: "[TEST tyz] sản phẩm",
        slug: `test-tyz-${product.id}`,
        description: "[TEST tyz]",
        audioId: audio.id,
      },
    });
    const item = await makeLibraryItem({ authorId: null, state: "PUBLISHED" });
    await db.libraryItemTranslation.create({
      data: { itemId: item.id, locale: "tyz", title: "[TEST tyz] tư liệu", description: "[TEST tyz]", audioId: audio.id },
    });

    const now = new Date().toISOString();
    const listed = await listRecordingsIn("tyz", now);
    expect(listed.map((r) => [r.kind, r.title])).toEqual([
      ["LIBRARY_ITEM", "[TEST tyz] tư liệu"],
      ["PRODUCT", "[TEST tyz] sản phẩm"],
      ["ARTICLE", "[TEST tyz] bài"],
    ]);
    expect(listed.map((r) => r.path)).toEqual([`library/${item.id}`, `products/test-tyz-${product.id}`, `law/test-tyz-${article.id}`]);
    expect(await listRecordingsIn("ium", now)).toEqual([]);
  });

  it("lists the library's items in the language first (an item language or a translation), each group newest first", async () => {
    const official = await userByEmail("official@demo.local");
    const spoken = await makeLibraryItem({ authorId: official.id, state: "PUBLISHED" }); // itemLanguages: ["tyz"]
    const translated = await db.libraryItem.create({
      data: {
        type: "DOCUMENT",
        topic: "LAW",
        access: "PUBLIC",
        state: "PUBLISHED",
        itemLanguages: ["vi"],
        publishedAt: new Date(Date.now() - 86_400_000),
        translations: {
          create: [
            { locale: "vi", title: "Tài liệu dịch", description: "Mô tả" },
            { locale: "tyz", title: "[TEST tyz] tài liệu", description: "[TEST tyz]" },
          ],
        },
      },
    });
    const vietnameseOnly = await db.libraryItem.create({
      data: {
        type: "DOCUMENT",
        topic: "LAW",
        access: "PUBLIC",
        state: "PUBLISHED",
        itemLanguages: ["vi"],
        publishedAt: new Date(Date.now() + 1000),
        translations: { create: { locale: "vi", title: "Tài liệu mới nhất", description: "Mô tả" } },
      },
    });
    const filters = { page: 1 } as Parameters<typeof listLibraryItemsNow>[0];
    const tay = (await listLibraryItemsNow(filters, "tyz")).items.map((i) => i.id);
    const inTay = await db.libraryItem.findMany({
      where: { state: "PUBLISHED", OR: [{ itemLanguages: { has: "tyz" } }, { translations: { some: { locale: "tyz" } } }] },
      select: { id: true },
    });
    // Every item in Tày before any other, the Vietnamese-only newest one after them.
    const isTay = tay.map((id) => inTay.some((i) => i.id === id));
    expect(isTay).toEqual([...isTay].sort((a, b) => Number(b) - Number(a)));
    expect(isTay.filter(Boolean).length).toBe(Math.min(inTay.length, tay.length));
    expect(tay.indexOf(spoken.id)).toBeLessThan(tay.indexOf(vietnameseOnly.id));
    expect(tay.indexOf(translated.id)).toBeLessThan(tay.indexOf(vietnameseOnly.id));
    // In Vietnamese: newest first, whatever the language.
    expect((await listLibraryItemsNow(filters, "vi")).items[0]!.id).toBe(vietnameseOnly.id);
  });
});
