import { beforeAll, describe, expect, it } from "vitest";
import { cardSelect, type ListFilter } from "@/lib/articles/list";
import { getPublicArticleAt, listPublishedAt, listedWhere, type ArticleCard } from "@/lib/articles/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { communeBySlug, db, resetDatabase, seedBase } from "../helpers";
import { makeArticle } from "./fixtures";

/**
 * The public lists are one SQL statement (lib/articles/list.ts); what they hold must be what
 * Prisma's own query finds with `listedWhere` and the relation filters, card for card.
 */
const now = new Date();
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

/** The lists as Prisma's query builds them (the code these lists replaced). */
function prismaWhere(filter: ListFilter): Prisma.ArticleWhereInput {
  return {
    ...listedWhere(now, filter.kinds),
    topic: filter.topic ? { slug: filter.topic } : undefined,
    commune: filter.commune ? { slug: filter.commune } : undefined,
    translations: filter.inLocale ? { some: { locale: filter.inLocale } } : undefined,
  };
}

async function byPrisma(filter: ListFilter, skip: number, take: number) {
  const rows = await db.article.findMany({
    where: prismaWhere(filter),
    select: cardSelect,
    orderBy: [{ publishAt: "desc" }, { id: "desc" }],
    skip,
    take,
  });
  return rows.map((row) => ({ ...row, publishAt: row.publishAt?.toISOString() }));
}

/** Translations in one order: neither query promises one, and the pages pick by locale. */
const sorted = (cards: { translations: { locale: string }[] }[]) =>
  cards.map((card) => ({ ...card, translations: [...card.translations].sort((a, b) => a.locale.localeCompare(b.locale)) }));

describe("public article lists (SQL)", () => {
  let related: string;

  beforeAll(async () => {
    await resetDatabase();
    await seedBase();
    const minhDan = (await communeBySlug("minh-dan")).id;
    const tanTrao = (await communeBySlug("tan-trao")).id;
    // The same slug in two kinds: a section's filter means its own kind's topic.
    const land = await db.articleTopic.create({ data: { kind: "POLICY", slug: "dat-dai", name: "Đất đai", nameEn: "Land" } });
    await db.articleTopic.create({ data: { kind: "LAW", slug: "dat-dai", name: "Đất đai (pháp luật)" } });
    const cover = await db.mediaFile.create({
      data: {
        kind: "IMAGE",
        mimeType: "image/webp",
        storageKey: `list-test-${Date.now()}`,
        size: 10,
        width: 640,
        height: 480,
        variants: [{ width: 320, height: 240, key: "a/320.webp", size: 5 }],
      },
    });
    for (let i = 0; i < 30; i++) {
      const article = await makeArticle({
        kind: i % 7 === 0 ? "LAW" : i % 5 === 0 ? "COMMUNE_UPDATE" : "POLICY",
        state: i % 11 === 3 ? "DRAFT" : i % 13 === 4 ? "WITHDRAWN" : "PUBLISHED",
        communeId: i % 5 === 0 ? tanTrao : i % 3 === 0 ? minhDan : null,
        // Two pairs published at the same minute: the id decides their order.
        publishAt: i % 17 === 5 ? new Date(now.getTime() + 3_600_000) : minutesAgo(i === 8 ? 7 : 30 - i),
      });
      await db.article.update({
        where: { id: article.id },
        data: {
          topicId: i % 4 === 0 && i % 7 !== 0 ? land.id : null,
          coverId: i % 2 === 0 ? cover.id : null,
          coverAlt: i % 2 === 0 ? `Ảnh ${i}` : null,
          deletedAt: i === 23 ? now : null,
        },
      });
      if (i % 3 === 1) {
        await db.articleTranslation.create({
          data: {
            articleId: article.id,
            locale: "en",
            title: `Article ${i}`,
            slug: `article-${i}-${Date.now()}`,
            summary: "Summary",
            body: "Body",
          },
        });
      }
      if (i === 12) related = article.id;
    }
  });

  const filters: [string, ListFilter][] = [
    ["news", { kinds: ["POLICY", "COMMUNE_UPDATE"] }],
    ["law", { kinds: ["LAW"] }],
    ["a topic", { kinds: ["POLICY", "COMMUNE_UPDATE"], topic: "dat-dai" }],
    ["a commune", { kinds: ["POLICY", "COMMUNE_UPDATE"], commune: "minh-dan" }],
    ["a language", { kinds: ["POLICY", "COMMUNE_UPDATE", "LAW"], inLocale: "en" }],
    ["all at once", { kinds: ["POLICY", "COMMUNE_UPDATE"], topic: "dat-dai", commune: "minh-dan", inLocale: "vi" }],
    ["no such topic", { kinds: ["POLICY"], topic: "khong-co" }],
  ];

  it.each(filters)("%s: the same cards, count and pages as Prisma's query", async (_name, filter) => {
    for (const [page, pageSize] of [
      [1, 20],
      [1, 4],
      [2, 4],
      [9, 4],
    ] as const) {
      const list = await listPublishedAt({ ...filter, page, pageSize }, now);
      const expected = await byPrisma(filter, (page - 1) * pageSize, pageSize);
      expect(sorted(list.items)).toEqual(sorted(expected));
      expect(list.total).toBe(await db.article.count({ where: prismaWhere(filter) }));
    }
    if (filter.topic !== "khong-co") expect((await listPublishedAt({ ...filter, page: 1 }, now)).items.length).toBeGreaterThan(0);
  });

  it("a card carries its topic, commune, cover and every translation", async () => {
    const { items } = await listPublishedAt({ kinds: ["POLICY", "COMMUNE_UPDATE"], page: 1, pageSize: 50 }, now);
    const withAll = items.find((card: ArticleCard) => card.topic && card.cover && card.translations.length === 2);
    expect(withAll).toMatchObject({
      topic: { slug: "dat-dai", name: "Đất đai", nameEn: "Land" },
      cover: { width: 640, height: 480, variants: [{ width: 320, height: 240, key: "a/320.webp", size: 5 }] },
      coverAlt: expect.stringMatching(/^Ảnh /),
    });
    expect(typeof withAll?.publishAt).toBe("string");
    expect(items.some((card) => card.commune?.slug === "tan-trao" && card.kind === "COMMUNE_UPDATE")).toBe(true);
  });

  it("an article's related list: its kind and topic, itself left out, four at most", async () => {
    const article = await db.article.findUniqueOrThrow({ where: { id: related }, include: { translations: true } });
    const page = await getPublicArticleAt(article.translations[0]!.slug, now);
    if (page?.status !== "ok") throw new Error("the article should be public");
    const expected = await db.article.findMany({
      where: { ...listedWhere(now, [article.kind]), id: { not: article.id }, topicId: article.topicId ?? undefined },
      select: { id: true },
      orderBy: [{ publishAt: "desc" }, { id: "desc" }],
      take: 4,
    });
    expect(page.related.map((card) => card.id)).toEqual(expected.map((row) => row.id));
    expect(page.related.length).toBeGreaterThan(0);
  });
});
