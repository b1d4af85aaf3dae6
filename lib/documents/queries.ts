import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { sitemapSource } from "@/lib/sitemap/source";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LegalDocumentStatus, LegalDocumentType } from "@/lib/generated/prisma/enums";
import { queryTerms } from "@/lib/search/highlight";
import { numberKey, type TDocumentFilters } from "./schema";
import { DOCUMENTS_TAG } from "./tags";

export const DOCUMENTS_PAGE_SIZE = 20;

export type DocumentCard = {
  id: string;
  slug: string;
  number: string;
  type: LegalDocumentType;
  issuer: string;
  title: string;
  signedOn: string;
  status: LegalDocumentStatus;
  field: string;
  /** How well the query matched: 10 for the number itself, 1 for words. */
  rank: number;
};

type Row = Omit<DocumentCard, "signedOn"> & { signedOn: Date };

/**
 * Published documents matching a query and filters. The query finds a document by its number
 * and symbol typed any way ("414 qd ttg", "414/QĐ-TTg", "QĐ 414/QĐ-TTg"): both sides are folded
 * to letters and digits only, and a number is found when the folded query is the number, starts
 * it (at least three characters, from a digit) or contains it. Otherwise every word of the
 * query must appear, accents ignored, in the title, summary, issuer or field.
 */
export async function searchDocumentsAt(filters: TDocumentFilters & { limit?: number; offset?: number }) {
  const query = (filters.q ?? "").trim();
  const key = numberKey(query);
  const terms = queryTerms(query);
  const patterns = terms.map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const conditions: Prisma.Sql[] = [Prisma.sql`d.published`];
  if (filters.type) conditions.push(Prisma.sql`d.type = ${filters.type}::"LegalDocumentType"`);
  if (filters.status) conditions.push(Prisma.sql`d.status = ${filters.status}::"LegalDocumentStatus"`);
  if (filters.field) conditions.push(Prisma.sql`d.field = ${filters.field}`);
  const numberMatch = Prisma.sql`(d."numberKey" = ${key}
      OR (${key} ~ '^[0-9]' AND length(${key}) >= 3 AND d."numberKey" LIKE ${key} || '%')
      OR (length(d."numberKey") >= 4 AND position(d."numberKey" in ${key}) > 0))`;
  const wordMatch = patterns.length
    ? Prisma.sql`portal_unaccent(lower(d.title || ' ' || d.summary || ' ' || d.issuer || ' ' || d.field || ' ' || d.number)) LIKE ALL (${patterns}::text[])`
    : Prisma.sql`false`;
  if (query) conditions.push(Prisma.sql`(${numberMatch} OR ${wordMatch})`);
  const where = Prisma.join(conditions, " AND ");
  const rank = query ? Prisma.sql`CASE WHEN ${numberMatch} THEN 10 ELSE 1 END` : Prisma.sql`1`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT d.id, d.slug, d.number, d.type::text AS type, d.issuer, d.title, d."signedOn", d.status::text AS status, d.field,
             (${rank})::float8 AS rank
      FROM "LegalDocument" d
      WHERE ${where}
      ORDER BY rank DESC, d."signedOn" DESC, d.id
      LIMIT ${filters.limit ?? DOCUMENTS_PAGE_SIZE} OFFSET ${filters.offset ?? 0}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "LegalDocument" d WHERE ${where}`,
  ]);
  return { total: Number(count[0]?.n ?? 0), items: rows.map((row) => ({ ...row, signedOn: row.signedOn.toISOString() })) };
}

/** The public register, one page at a time (cached until a document changes). */
export const listPublicDocuments = unstable_cache(
  async (filters: TDocumentFilters) => {
    const page = filters.page ?? 1;
    const { total, items } = await searchDocumentsAt({ ...filters, offset: (page - 1) * DOCUMENTS_PAGE_SIZE });
    return { total, items, pageCount: Math.max(1, Math.ceil(total / DOCUMENTS_PAGE_SIZE)) };
  },
  ["legal-documents-list"],
  { tags: [DOCUMENTS_TAG] },
);

/** The fields used by published documents, for the filter. */
export const listDocumentFields = unstable_cache(
  async () =>
    (
      await db.legalDocument.findMany({
        where: { published: true },
        select: { field: true },
        distinct: ["field"],
        orderBy: { field: "asc" },
      })
    ).map((row) => row.field),
  ["legal-document-fields"],
  { tags: [DOCUMENTS_TAG] },
);

/**
 * One published document by its address, with the document replacing it, those it replaces and
 * the published articles that explain it. `now` is the current minute (see articles/queries).
 */
export const getPublicDocument = unstable_cache(
  async (slug: string, minute: string) => {
    const now = new Date(minute);
    const row = await db.legalDocument.findFirst({
      where: { slug, published: true },
      include: {
        file: { select: { storageKey: true, size: true, mimeType: true } },
        replacedBy: { select: { slug: true, number: true, title: true, published: true } },
        replaces: { where: { published: true }, select: { slug: true, number: true, title: true } },
        articles: {
          where: { article: { state: "PUBLISHED", publishAt: { lte: now }, deletedAt: null } },
          select: {
            article: {
              select: {
                id: true,
                kind: true,
                publishAt: true,
                translations: { select: { locale: true, title: true, slug: true, summary: true } },
              },
            },
          },
        },
      },
    });
    if (!row) return null;
    return {
      ...row,
      signedOn: row.signedOn.toISOString(),
      effectiveOn: row.effectiveOn?.toISOString() ?? null,
      replacedBy: row.replacedBy?.published ? row.replacedBy : null,
      articles: row.articles.map(({ article }) => ({ ...article, publishAt: (article.publishAt ?? new Date(0)).toISOString() })),
    };
  },
  ["legal-document-by-slug"],
  { tags: [DOCUMENTS_TAG, "articles"] },
);
export type PublicDocument = NonNullable<Awaited<ReturnType<typeof getPublicDocument>>>;

/** Every published document address, for the sitemap. */
export const sitemapDocuments = sitemapSource("documents", DOCUMENTS_TAG, {
  count: () => db.legalDocument.count({ where: { published: true } }),
  page: async (_minute, skip, take) => {
    const rows = await db.legalDocument.findMany({
      where: { published: true },
      select: { slug: true, updatedAt: true },
      orderBy: { id: "asc" },
      skip,
      take,
    });
    return rows.map((row) => ({ locale: "every", path: `documents/${row.slug}`, updatedAt: row.updatedAt.toISOString() }));
  },
});
