import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import { searchWithNearMatch } from "@/lib/search/near";
import type { SearchProvider } from "@/lib/search/types";

/** The transcript as search may read it: only a PUBLIC item's. */
const PUBLIC_TRANSCRIPT = Prisma.sql`CASE WHEN i.access = 'PUBLIC' THEN t.transcript END`;

type Row = { itemId: string; locale: string; title: string; description: string; publishedAt: Date; rank: number };

/**
 * Ids of published items whose title, description or transcript (in `locale` or Vietnamese)
 * match `query`, accent-insensitively, best first. A COMMUNITY item's transcript is not
 * searched: it follows the files' access, and a match would tell what it says. The same full-text function as articles
 * (article_search_vector over portal_unaccent); when nothing matches, the same search with the
 * query's misspelt words replaced by their close words (lib/search/near.ts), as for articles.
 */
export async function matchLibraryItems(query: string, locale: Locale, limit: number): Promise<Row[]> {
  const rows = await searchWithNearMatch(
    query,
    (tsquery) => db.$queryRaw<Row[]>`
    SELECT t."itemId", t.locale, t.title, t.description, i."publishedAt",
           ts_rank(article_search_vector(t.title, t.description, ${PUBLIC_TRANSCRIPT}), q.query)::float8 AS rank
    FROM "LibraryItemTranslation" t
    JOIN "LibraryItem" i ON i.id = t."itemId",
         (SELECT ${tsquery} AS query) AS q
    WHERE i.state = 'PUBLISHED' AND t.locale IN (${locale}, ${DEFAULT_LOCALE})
      AND article_search_vector(t.title, t.description, ${PUBLIC_TRANSCRIPT}) @@ q.query
    ORDER BY rank DESC, i."publishedAt" DESC
    LIMIT ${limit * 2}`,
  );
  const best = new Map<string, Row>();
  for (const row of rows) {
    const seen = best.get(row.itemId);
    if (!seen || (row.locale === locale && seen.locale !== locale)) best.set(row.itemId, row);
  }
  return [...best.values()].slice(0, limit);
}

/** The library in the site search (lib/search). */
export const searchLibrary: SearchProvider = async ({ query, locale, limit }) => {
  const rows = await matchLibraryItems(query, locale, limit);
  return rows.map((row) => ({
    type: "library",
    id: row.itemId,
    title: row.title,
    text: row.description,
    url: localePath(locale, `library/${row.itemId}`),
    date: (row.publishedAt ?? new Date(0)).toISOString(),
    lang: row.locale as Locale,
    rank: row.rank,
  }));
};
