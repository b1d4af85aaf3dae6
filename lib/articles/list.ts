import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";

/**
 * The public article lists in SQL: one statement a page, cards and all. Prisma loads a card's
 * topic, commune, cover and translations with a query each and joins them in JavaScript: about
 * 6 ms a page of 20 (14 ms at p95) at 100,000 articles against 2 (4) for this statement, and
 * lists are what a miss renders most (npm run bench:large). `listedWhere` (queries.ts) says the
 * same "listed" for Prisma's queries; tests/db/articles/list.test.ts keeps the two, and the
 * cards, equal.
 */

/** Which articles a list holds, whatever its page. */
export type ListFilter = {
  kinds: readonly ArticleKind[];
  /** A topic's slug (a section's filter). */
  topic?: string;
  /** A topic's id (an article's related list). */
  topicId?: string;
  /** A commune's slug. */
  commune?: string;
  /** Only articles that have a version in this language (a minority-language home page leads with them). */
  inLocale?: string;
  /** Leave one article out (its own page's related list). */
  exceptId?: string;
};

/** FROM and WHERE of a list: published, due, not deleted; the list_indexes migration's order. */
function listFrom(filter: ListFilter, now: Date): Prisma.Sql {
  const kinds = Prisma.join(filter.kinds.map((kind) => Prisma.sql`${kind}::"ArticleKind"`));
  const and = [
    !!filter.topic && Prisma.sql`a."topicId" IN (SELECT t.id FROM "ArticleTopic" t WHERE t.slug = ${filter.topic})`,
    !!filter.topicId && Prisma.sql`a."topicId" = ${filter.topicId}`,
    !!filter.commune && Prisma.sql`a."communeId" IN (SELECT u.id FROM "AdminUnit" u WHERE u.slug = ${filter.commune})`,
    !!filter.inLocale &&
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTranslation" tr WHERE tr."articleId" = a.id AND tr.locale = ${filter.inLocale})`,
    !!filter.exceptId && Prisma.sql`a.id <> ${filter.exceptId}`,
  ].filter((part): part is Prisma.Sql => part !== false);
  return Prisma.sql`FROM "Article" a
    WHERE a.kind IN (${kinds}) AND a.state = 'PUBLISHED' AND a."publishAt" <= ${now} AND a."deletedAt" IS NULL
    ${and.length ? Prisma.sql`AND ${Prisma.join(and, " AND ")}` : Prisma.empty}`;
}

/** A card as the lists show it; the SQL below returns this shape (tests/db/articles/list.test.ts). */
export const cardSelect = {
  id: true,
  kind: true,
  publishAt: true,
  coverAlt: true,
  topic: { select: { slug: true, name: true, nameEn: true } },
  commune: { select: { slug: true, fullName: true } },
  cover: { select: { variants: true, width: true, height: true } },
  translations: { select: { locale: true, title: true, slug: true, summary: true } },
} satisfies Prisma.ArticleSelect;
export type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

/** How many articles a list holds: the list's index alone at 100,000 articles. */
export async function countListed(filter: ListFilter, now: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${listFrom(filter, now)}`;
  return row?.total ?? 0;
}

/** Cards `skip` to `skip + take` of a list, newest first. */
export function listedCards(filter: ListFilter, now: Date, skip: number, take: number): Promise<CardRow[]> {
  return db.$queryRaw<CardRow[]>`
    SELECT a.id, a.kind, a."publishAt", a."coverAlt",
      (SELECT json_build_object('slug', t.slug, 'name', t.name, 'nameEn', t."nameEn") FROM "ArticleTopic" t WHERE t.id = a."topicId") AS topic,
      (SELECT json_build_object('slug', u.slug, 'fullName', u."fullName") FROM "AdminUnit" u WHERE u.id = a."communeId") AS commune,
      (SELECT json_build_object('variants', m.variants, 'width', m.width, 'height', m.height) FROM "MediaFile" m WHERE m.id = a."coverId") AS cover,
      (SELECT coalesce(json_agg(json_build_object('locale', tr.locale, 'title', tr.title, 'slug', tr.slug, 'summary', tr.summary)), '[]')
         FROM "ArticleTranslation" tr WHERE tr."articleId" = a.id) AS translations
    FROM (
      SELECT a.id, a.kind, a."publishAt", a."coverAlt", a."topicId", a."communeId", a."coverId" ${listFrom(filter, now)}
      ORDER BY a."publishAt" DESC, a.id DESC
      LIMIT ${take} OFFSET ${skip}
    ) a
    ORDER BY a."publishAt" DESC, a.id DESC`;
}
