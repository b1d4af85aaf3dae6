import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** How many close words stand in for a query word that no text has. */
const NEAR_WORDS = 5;

/** A tsquery lexeme written out: quoted, its quotes and backslashes doubled (tsquery input syntax). */
const lexeme = (word: string) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/**
 * The near reading of a query, as a tsquery text, or null when it has none: each query word
 * (folded as the full-text search folds it) that some searchable text has stays as it is; one
 * that none has ("sinhh") is replaced by its closest words in the word table ("sinh"), which the
 * trigram index on that small table finds (`word % term`; migration 20261206100000_search_words).
 * A number stays as typed. A word with no close word is dropped, as long as at least half of
 * the query's words are left (a query of mostly unknown words has no near reading).
 */
export async function nearTsquery(query: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ term: string; words: string[] }[]>`
    SELECT t.term,
           CASE WHEN t.term ~ '^[0-9]+$' THEN ARRAY[t.term]
                WHEN EXISTS (SELECT 1 FROM "SearchWord" s WHERE s.word = t.term) THEN ARRAY[t.term]
                ELSE ARRAY(SELECT s.word FROM "SearchWord" s WHERE s.word % t.term ORDER BY s.word <-> t.term, s.word LIMIT ${NEAR_WORDS})
           END AS words
    FROM (SELECT DISTINCT lexeme AS term FROM unnest(to_tsvector('simple'::regconfig, portal_unaccent(lower(${query}))))) AS t
    ORDER BY t.term`;
  const kept = rows.filter((row) => row.words.length > 0);
  if (kept.length === 0 || kept.length * 2 < rows.length) return null;
  // Every word as typed: the query itself, which has just found nothing.
  if (kept.length === rows.length && kept.every((row) => row.words.length === 1 && row.words[0] === row.term)) return null;
  return kept.map((row) => `(${row.words.map(lexeme).join(" | ")})`).join(" & ");
}

/**
 * A provider's full-text search with its near match: `run` is the provider's one query, given
 * the tsquery to match (an SQL expression). First the query as typed (websearch syntax, accents
 * ignored); when that finds nothing, the same query with the near reading (nearTsquery), its
 * ranks divided by 10 so that near matches stay below any kind of content's exact matches.
 */
export async function searchWithNearMatch<T extends { rank: number }>(
  query: string,
  run: (tsquery: Prisma.Sql) => Promise<T[]>,
): Promise<T[]> {
  const rows = await run(Prisma.sql`websearch_to_tsquery('simple'::regconfig, portal_unaccent(lower(${query})))`);
  if (rows.length > 0) return rows;
  const near = await nearTsquery(query);
  if (near === null) return [];
  // A tsquery cast, not to_tsquery(): the words are lexemes already, not to be parsed again.
  const nearRows = await run(Prisma.sql`${near}::tsquery`);
  return nearRows.map((row) => ({ ...row, rank: row.rank / 10 }));
}
