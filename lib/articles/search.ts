import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { localePath } from "@/lib/navigation";
import { searchWithNearMatch } from "@/lib/search/near";
import { SEARCH_CANDIDATES, type SearchProvider } from "@/lib/search/types";
import { sectionOf } from "./states";

type Row = {
  articleId: string;
  locale: string;
  title: string;
  slug: string;
  summary: string;
  kind: ArticleKind;
  publishAt: Date;
  rank: number;
};

const TYPE: Record<ArticleKind, string> = { POLICY: "policy", LAW: "law", COMMUNE_UPDATE: "communeUpdate" };

/**
 * Published articles matching a query, accent-insensitively: full-text over title, summary and
 * body (the vector stored with each translation and its GIN index, migration
 * 20261206120000_stored_search_vectors), in the reader's language and in Vietnamese; when nothing
 * matches, the same search with the query's misspelt words replaced by their close words
 * (lib/search/near.ts).
 * One hit per article, in the reader's language when that one matched.
 */
export const searchArticles: SearchProvider = async ({ query, locale, now, limit }) => {
  // The newest SEARCH_CANDIDATES matches are ranked: a word found in every article must not rank
  // 100,000 of them. The tsquery is written out in the
  // candidates' WHERE (not read from the CTE q), so that the planner sees it: a rare word is
  // looked up in the GIN index; words in every article ("hỗ trợ 1") are checked along the newest
  // articles until 500 match, instead of joining 100,000 matches to sort them (2.6 s → 0.14 s;
  // 10–17 ms since each vector is read, not rebuilt from the text).
  const rows = await searchWithNearMatch(
    query,
    (tsquery) => db.$queryRaw<Row[]>`
    WITH q AS (SELECT ${tsquery} AS query),
    candidates AS (
      SELECT t.id FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId"
      WHERE a.state = 'PUBLISHED' AND a."publishAt" <= ${now} AND a."deletedAt" IS NULL
        AND t.locale IN (${locale}, ${DEFAULT_LOCALE})
        AND t."searchVector" @@ ${tsquery}
      ORDER BY a."publishAt" DESC
      LIMIT ${SEARCH_CANDIDATES}
    )
    SELECT t."articleId", t.locale, t.title, t.slug, t.summary, a.kind, a."publishAt",
           ts_rank(t."searchVector", q.query)::float8 AS rank
    FROM candidates c JOIN "ArticleTranslation" t ON t.id = c.id JOIN "Article" a ON a.id = t."articleId", q
    ORDER BY rank DESC, a."publishAt" DESC
    LIMIT ${limit * 2}`,
  );
  const best = new Map<string, Row>();
  for (const row of rows) {
    const seen = best.get(row.articleId);
    if (!seen || (row.locale === locale && seen.locale !== locale)) best.set(row.articleId, row);
  }
  return [...best.values()].slice(0, limit).map((row) => ({
    type: TYPE[row.kind],
    id: row.articleId,
    title: row.title,
    text: row.summary,
    url: localePath(locale, `${sectionOf(row.kind)}/${row.slug}`),
    date: row.publishAt.toISOString(),
    lang: row.locale as Locale,
    rank: row.rank,
  }));
};
