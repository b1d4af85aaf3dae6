import "server-only";
import { db, type Tx } from "@/lib/db";
import { nfc, paragraphs } from "./checks";

export type MemoryMatch = { source: string; target: string; score: number };

/**
 * Earlier approved translations of similar Vietnamese text in `locale`, most similar first
 * (pg_trgm similarity over a GIN index; at least the default threshold of 0.3).
 */
export async function findInMemory(locale: string, source: string, limit = 5): Promise<MemoryMatch[]> {
  const text = nfc(source).trim();
  if (!text) return [];
  // lower("source"): the expression of the GIN trigram index (migration 20261204130000).
  const rows = await db.$queryRaw<{ source: string; target: string; score: number }[]>`
    SELECT "source", "target", similarity(lower("source"), lower(${text}))::float8 AS "score"
    FROM "TranslationMemory"
    WHERE "locale" = ${locale} AND lower("source") % lower(${text})
    ORDER BY "score" DESC, "createdAt" DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, score: Math.round(row.score * 100) / 100 }));
}

/** Pairs a source and its translation segment by segment: paragraphs when both have as many, else whole. */
export function segmentPairs(source: string, target: string): [string, string][] {
  const a = paragraphs(source);
  const b = paragraphs(target);
  if (a.length > 1 && a.length === b.length) return a.map((p, i) => [p, b[i]!]);
  return source.trim() && target.trim() ? [[source.trim(), target.trim()]] : [];
}

/** Remembers approved pairs (skipping ones already remembered). */
export async function remember(tx: Tx, locale: string, origin: string, pairs: [string, string][]): Promise<void> {
  for (const [source, target] of pairs) {
    const exists = await tx.translationMemory.count({ where: { locale, source, target } });
    if (!exists) await tx.translationMemory.create({ data: { locale, source, target, origin } });
  }
}
