import "server-only";
import { unstable_cache } from "next/cache";
import { listedWhere } from "@/lib/articles/queries";
import { ARTICLE_KINDS, sectionOf } from "@/lib/articles/states";
import { ARTICLES_TAG } from "@/lib/articles/tags";
import { db } from "@/lib/db";
import type { TranslatableKind } from "@/lib/generated/prisma/enums";
import { LIBRARY_TAG } from "@/lib/library/tags";
import { activeWhere } from "@/lib/notices/queries";
import { NOTICES_TAG } from "@/lib/notices/tags";
import { publicWhere as publicProductWhere } from "@/lib/products/queries";
import { PRODUCTS_TAG } from "@/lib/products/tags";
import { TRANSLATIONS_TAG } from "./tags";

/** A public item with a recorded reading in a language: its page (after the locale) and title in that language. */
export type Recording = { kind: TranslatableKind; id: string; path: string; title: string; at: string };

const withReading = (locale: string) => ({ locale, audioId: { not: null } });

/**
 * What a reader can listen to in `locale` (a minority language's home page leads with it):
 * public articles, active notices, products and library items whose version in that language
 * has an approved recorded reading, the most recently updated first. `minute` is the current
 * minute (lib/time/minute.ts `currentMinute`), so the cached list follows publication times.
 */
export const listRecordingsIn = unstable_cache(
  async (locale: string, minute: string, limit = 6): Promise<Recording[]> => {
    const now = new Date(minute);
    const [articles, notices, products, items] = await Promise.all([
      db.articleTranslation.findMany({
        where: { ...withReading(locale), article: listedWhere(now, ARTICLE_KINDS) },
        select: { articleId: true, title: true, slug: true, updatedAt: true, article: { select: { kind: true } } },
        orderBy: { updatedAt: "desc" },
        take: limit,
      }),
      db.noticeTranslation.findMany({
        where: { ...withReading(locale), notice: activeWhere(now) },
        select: { noticeId: true, headline: true, updatedAt: true },
        orderBy: { updatedAt: "desc" },
        take: limit,
      }),
      db.productTranslation.findMany({
        where: { ...withReading(locale), product: publicProductWhere },
        select: { productId: true, name: true, slug: true, updatedAt: true },
        orderBy: { updatedAt: "desc" },
        take: limit,
      }),
      db.libraryItemTranslation.findMany({
        where: { ...withReading(locale), item: { state: "PUBLISHED" } },
        select: { itemId: true, title: true, updatedAt: true },
        orderBy: { updatedAt: "desc" },
        take: limit,
      }),
    ]);
    const all: Recording[] = [
      ...articles.map((a) => ({
        kind: "ARTICLE" as const,
        id: a.articleId,
        path: `${sectionOf(a.article.kind)}/${a.slug}`,
        title: a.title,
        at: a.updatedAt.toISOString(),
      })),
      ...notices.map((n) => ({
        kind: "NOTICE" as const,
        id: n.noticeId,
        path: `notices/${n.noticeId}`,
        title: n.headline,
        at: n.updatedAt.toISOString(),
      })),
      ...products.map((p) => ({
        kind: "PRODUCT" as const,
        id: p.productId,
        path: `products/${p.slug}`,
        title: p.name,
        at: p.updatedAt.toISOString(),
      })),
      ...items.map((l) => ({
        kind: "LIBRARY_ITEM" as const,
        id: l.itemId,
        path: `library/${l.itemId}`,
        title: l.title,
        at: l.updatedAt.toISOString(),
      })),
    ];
    return all.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  },
  ["recordings-in-language"],
  { tags: [ARTICLES_TAG, NOTICES_TAG, PRODUCTS_TAG, LIBRARY_TAG, TRANSLATIONS_TAG], revalidate: 300 },
);
