import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { renderMarkdown } from "@/lib/markdown";
import type { Locale } from "@/lib/i18n/config";
import { sitemapSource } from "@/lib/sitemap/source";
import { sectionOf } from "./states";
import { cardSelect, countListed, listedCards, type CardRow, type ListFilter } from "./list";
import { ARTICLES_TAG, ARTICLE_TOPICS_TAG } from "./tags";

export const PUBLIC_PAGE_SIZE = 20;

/** Public, listed: published, due, not deleted. Withdrawn articles keep their page but leave lists. */
export function listedWhere(now: Date, kinds: readonly ArticleKind[]): Prisma.ArticleWhereInput {
  return { kind: { in: [...kinds] }, state: "PUBLISHED", publishAt: { lte: now }, deletedAt: null };
}

function toCard(row: CardRow) {
  return { ...row, publishAt: (row.publishAt ?? new Date(0)).toISOString() };
}
export type ArticleCard = ReturnType<typeof toCard>;

export type ListQuery = ListFilter & { page: number; pageSize?: number };

/** One page of a list, newest first (the partial indexes of the list_indexes migration). */
async function listPublishedPageAt(query: ListQuery, now: Date) {
  const pageSize = query.pageSize ?? PUBLIC_PAGE_SIZE;
  const rows = await listedCards(query, now, (query.page - 1) * pageSize, pageSize);
  return rows.map(toCard);
}

/** A page of listed articles, newest first, filtered by topic and commune slugs. */
export async function listPublishedAt(query: ListQuery, now: Date) {
  const [total, items] = await Promise.all([countListed(query, now), listPublishedPageAt(query, now)]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / (query.pageSize ?? PUBLIC_PAGE_SIZE))) };
}

/** The latest articles of a list (home page, commune page, feeds): one page, no count. */
export const listPublishedPage = unstable_cache(
  (query: ListQuery, minute: string) => listPublishedPageAt(query, new Date(minute)),
  ["articles-page"],
  { tags: [ARTICLES_TAG] },
);

/** The count is cached apart from the pages: every page of a list shares it within the minute. */
const countPublished = unstable_cache((filter: ListFilter, minute: string) => countListed(filter, new Date(minute)), ["articles-count"], {
  tags: [ARTICLES_TAG],
});

/** A page of a section's list with the total, as listPublishedAt, from the data cache. */
export async function listPublished(query: ListQuery, minute: string) {
  const { page: _page, pageSize, ...filter } = query;
  const [total, items] = await Promise.all([countPublished(filter, minute), listPublishedPage(query, minute)]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / (pageSize ?? PUBLIC_PAGE_SIZE))) };
}

const detailSelect = {
  ...cardSelect,
  state: true,
  firstPublishedAt: true,
  withdrawnAt: true,
  withdrawalReason: true,
  deletedAt: true,
  topicId: true,
  translations: {
    select: {
      locale: true,
      title: true,
      slug: true,
      summary: true,
      body: true,
      translator: true,
      updatedAt: true,
      audio: { select: { storageKey: true, mimeType: true, size: true } },
    },
  },
  revisions: { select: { number: true, note: true, createdAt: true }, orderBy: { number: "desc" } },
  legalDocuments: { where: { document: { published: true } }, select: { document: { select: { slug: true, number: true, title: true } } } },
} satisfies Prisma.ArticleSelect;

/**
 * The article whose address (in any language) is `slug`, as its public page shows it, with
 * the Markdown already rendered. `gone` for a deleted one that had been public (410), null
 * for an address that never was public.
 */
export async function getPublicArticleAt(slug: string, now: Date) {
  const row = await db.article.findFirst({ where: { translations: { some: { slug } } }, select: detailSelect });
  if (!row || !row.firstPublishedAt) return null;
  if (row.deletedAt) return { status: "gone" as const };
  const visible = row.state === "WITHDRAWN" || (row.state === "PUBLISHED" && row.publishAt !== null && row.publishAt <= now);
  if (!visible) return null;
  const related = await listedCards({ kinds: [row.kind], topicId: row.topicId ?? undefined, exceptId: row.id }, now, 0, 4);
  const { deletedAt: _deleted, revisions, translations, legalDocuments, ...article } = row;
  return {
    status: "ok" as const,
    article: {
      ...toCard({ ...article, translations }),
      state: article.state,
      updatedAt: translations.reduce((latest, tr) => (tr.updatedAt > latest ? tr.updatedAt : latest), new Date(0)).toISOString(),
      withdrawnAt: article.withdrawnAt?.toISOString() ?? null,
      withdrawalReason: article.withdrawalReason,
      translations: translations.map(({ updatedAt: _u, ...tr }) => ({ ...tr, bodyHtml: renderMarkdown(tr.body) })),
      revisions: revisions.map((revision) => ({ ...revision, createdAt: revision.createdAt.toISOString() })),
      documents: legalDocuments.map((link) => link.document),
    },
    related: related.map(toCard),
  };
}

export const getPublicArticle = unstable_cache(
  (slug: string, minute: string) => getPublicArticleAt(slug, new Date(minute)),
  ["article-by-slug"],
  { tags: [ARTICLES_TAG] },
);
export type PublicArticle = Extract<NonNullable<Awaited<ReturnType<typeof getPublicArticleAt>>>, { status: "ok" }>["article"];

/** Public article pages (listed or withdrawn): due, not deleted. */
function sitemapWhere(minute: string): Prisma.ArticleWhereInput {
  return { deletedAt: null, OR: [{ state: "PUBLISHED", publishAt: { lte: new Date(minute) } }, { state: "WITHDRAWN" }] };
}

/** Every public article address (listed or withdrawn), a file at a time, for the sitemap. */
export const sitemapArticles = sitemapSource(
  "articles",
  ARTICLES_TAG,
  {
    count: (minute) => db.article.count({ where: sitemapWhere(minute) }),
    page: async (minute, skip, take) => {
      const rows = await db.article.findMany({
        where: sitemapWhere(minute),
        select: { kind: true, updatedAt: true, translations: { select: { locale: true, slug: true } } },
        orderBy: { id: "asc" },
        skip,
        take,
      });
      return rows.flatMap((row) =>
        row.translations.map((tr) => ({
          locale: tr.locale as Locale,
          path: `${sectionOf(row.kind)}/${tr.slug}`,
          updatedAt: row.updatedAt.toISOString(),
        })),
      );
    },
  },
  { dueByMinute: true },
);

/** The topics of some kinds, for filters and forms. */
export const listTopics = unstable_cache(
  async (kinds: readonly ArticleKind[]) =>
    db.articleTopic.findMany({
      where: { kind: { in: [...kinds] } },
      select: { id: true, kind: true, slug: true, name: true, nameEn: true },
      orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
    }),
  ["article-topics"],
  { tags: [ARTICLE_TOPICS_TAG] },
);
