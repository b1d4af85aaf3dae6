import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import { SEARCH_CANDIDATES, type SearchProvider } from "@/lib/search/types";
import { PUBLIC_SQL } from "./queries";
import { excerpt } from "./text";

type Row = { number: number; publicBody: string; locale: string; answer: string | null; date: Date; rank: number };

/**
 * Public forum questions matching a query, accent-insensitively, in the question's published
 * text or its answer (GIN indexes on forum_search_vector, see the forum migration). A question
 * is shown in the language it was written in.
 */
export const searchForum: SearchProvider = async ({ query, locale, limit }) => {
  // The ids matching in the question or in its answer, each through its own GIN index (an OR
  // across the join would read and re-index every question); the newest CANDIDATES of them are
  // ranked (a word in every question must not rank 100,000 rows).
  const rows = await db.$queryRaw<Row[]>`
    WITH s AS (SELECT websearch_to_tsquery('simple'::regconfig, portal_unaccent(lower(${query}))) AS query),
    matched AS (
      SELECT q.id FROM "ForumQuestion" q, s WHERE forum_search_vector(q."publicBody") @@ s.query
      UNION
      SELECT a."questionId" FROM "ForumAnswer" a, s WHERE forum_search_vector(a.body) @@ s.query
    ),
    candidates AS (
      SELECT q.id FROM "ForumQuestion" q JOIN matched m ON m.id = q.id
      WHERE ${PUBLIC_SQL}
      ORDER BY coalesce(q."answeredAt", q."publishedAt") DESC, q.number DESC
      LIMIT ${SEARCH_CANDIDATES}
    )
    SELECT q.number, q."publicBody", q.locale, a.body AS answer, coalesce(q."answeredAt", q."publishedAt") AS date,
           (ts_rank(forum_search_vector(q."publicBody"), s.query) + coalesce(ts_rank(forum_search_vector(a.body), s.query), 0) / 2)::float8 AS rank
    FROM candidates c JOIN "ForumQuestion" q ON q.id = c.id LEFT JOIN "ForumAnswer" a ON a."questionId" = q.id, s
    ORDER BY rank DESC, date DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({
    type: "forum",
    id: String(row.number),
    title: excerpt(row.publicBody, 120),
    text: row.answer ?? row.publicBody,
    url: localePath(locale, `forum/${row.number}`),
    date: row.date.toISOString(),
    lang: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE,
    rank: row.rank,
  }));
};
