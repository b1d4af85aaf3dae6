import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { cleanText } from "@/lib/text/fields";
import { searchArticles } from "@/lib/articles/search";
import { searchNotices } from "@/lib/notices/search";
import { searchForum } from "@/lib/forum/search";
import { searchLibrary } from "@/lib/library/search";
import { searchProducts } from "@/lib/products/search";
import { searchDocuments } from "@/lib/documents/search";
import { expandQuery, listSynonyms } from "./synonyms";
import type { SearchHit, SearchProvider } from "./types";

export type { SearchHit, SearchProvider } from "./types";

export const SEARCH_PAGE_SIZE = 20;
/** How many hits each kind of content may contribute (a province portal's search, not a web index). */
const PER_PROVIDER = 200;

/**
 * Every kind of content that can be searched. A content type joins the search with one line:
 * its provider (a function returning ranked hits for a folded query), e.g. notices, products.
 */
const PROVIDERS: SearchProvider[] = [searchDocuments, searchArticles, searchNotices, searchProducts, searchForum, searchLibrary];

/** The site search: each provider's hits, merged by rank, one page at a time. */
export async function search({ q, locale, page }: { q: string; locale: Locale; page: number }) {
  // Cleaned here too: search is called with text from several places (lib/text/fields.ts).
  const query = cleanText(q).slice(0, 200);
  if (!query) return { total: 0, hits: [] as SearchHit[], pageCount: 1 };
  const now = new Date();
  // The query as typed, and as read with the back office's abbreviations and synonyms
  // ("BHYT" → "bảo hiểm y tế"): a hit found by either counts once, at its better rank.
  const readings = [query, ...expandQuery(query, await listSynonyms())];
  const results = await Promise.all(
    readings.flatMap((reading) => PROVIDERS.map((provider) => provider({ query: reading, locale, now, limit: PER_PROVIDER }))),
  );
  const best = new Map<string, SearchHit>();
  for (const hit of results.flat()) {
    const key = `${hit.type}:${hit.id}`;
    const seen = best.get(key);
    if (!seen || hit.rank > seen.rank) best.set(key, hit);
  }
  const all = [...best.values()].sort((a, b) => b.rank - a.rank || b.date.localeCompare(a.date));
  return {
    total: all.length,
    hits: all.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE),
    pageCount: Math.max(1, Math.ceil(all.length / SEARCH_PAGE_SIZE)),
  };
}
