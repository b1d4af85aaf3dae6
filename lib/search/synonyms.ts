import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { SYNONYMS_TAG } from "@/lib/documents/tags";
import { foldVietnamese } from "@/lib/text/slug";

export type Synonym = { termKey: string; expansion: string };

/** The back office's list of abbreviations and synonyms (cached until it changes). */
export const listSynonyms = unstable_cache(
  async (): Promise<Synonym[]> => db.searchSynonym.findMany({ select: { termKey: true, expansion: true } }),
  ["search-synonyms"],
  { tags: [SYNONYMS_TAG] },
);

/**
 * The other ways to read a query: each known abbreviation or synonym in it (whole words,
 * accents and case ignored: "bhyt", "BHYT", "qđ") replaced by what it stands for. "thẻ BHYT"
 * → ["thẻ bảo hiểm y tế"]. Several terms in one query are all replaced in one reading.
 * Empty when the query holds none.
 */
export function expandQuery(query: string, synonyms: readonly Synonym[]): string[] {
  const words = query.split(/\s+/).filter(Boolean);
  const folded = words.map((word) => foldVietnamese(word).replace(/[^\p{L}\p{N}]+/gu, ""));
  // Longest terms first, so "uy ban nhan dan" wins over "uy ban" when both are listed.
  const sorted = [...synonyms].sort((a, b) => b.termKey.split(" ").length - a.termKey.split(" ").length);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; ) {
    const hit = sorted.find((synonym) => {
      const parts = synonym.termKey.split(" ");
      return parts.every((part, k) => folded[i + k] === part);
    });
    if (hit) {
      out.push(hit.expansion);
      i += hit.termKey.split(" ").length;
      changed = true;
    } else {
      out.push(words[i]!);
      i += 1;
    }
  }
  return changed ? [out.join(" ")] : [];
}
