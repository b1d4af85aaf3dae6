import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import type { SearchProvider } from "@/lib/search/types";
import { excerpt } from "./text";

type Row = { number: number; publicBody: string; locale: string; answer: string | null; date: Date; rank: number };

/**
 * Public forum questions matching a query, accent-insensitively, in the question's published
 * text or its answer (GIN indexes on forum_search_vector, see the forum migration). A question
 * is shown in the language it was written in.
 */
export const searchForum: SearchProvider = async ({ query, locale, limit }) => {
  const rows = await db.$queryRaw<Row[]>`
    SELECT q.number, q."publicBody", q.locale, a.body AS answer, coalesce(q."answeredAt", q."publishedAt") AS date,
           (ts_rank(forum_search_vector(q."publicBody"), s.query) + coalesce(ts_rank(forum_search_vector(a.body), s.query), 0) / 2)::float8 AS rank
    FROM "ForumQuestion" q
    LEFT JOIN "ForumAnswer" a ON a."questionId" = q.id,
         websearch_to_tsquery('simple'::regconfig, portal_unaccent(lower(${query}))) AS s(query)
    WHERE q."publishedAt" IS NOT NULL AND q."mergedIntoId" IS NULL AND q.state IN ('PUBLISHED', 'ANSWERED', 'CLOSED')
      AND (forum_search_vector(q."publicBody") @@ s.query OR forum_search_vector(a.body) @@ s.query)
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
