import { z } from "zod";
import { optionalParam, pageParam } from "@/lib/http/search-params";
import type { Locale } from "@/lib/i18n/config";

/** /{locale}/search?q=&page= */
export const ZSearchParams = z.object({ q: optionalParam(200), page: pageParam });

/** One result, whatever its kind: enough to show a title, a snippet and a link. */
export type SearchHit = {
  /** A key of `search:types` ("policy", "law", "communeUpdate", later "notice"…). */
  type: string;
  id: string;
  title: string;
  /** The text the snippet is cut from (plain text). */
  text: string;
  url: string;
  /** ISO date, for ordering equal ranks and for display. */
  date: string;
  /** The language the title and text are in. */
  lang: Locale;
  rank: number;
};

export type SearchProvider = (input: { query: string; locale: Locale; now: Date; limit: number }) => Promise<SearchHit[]>;

/**
 * How many of the newest matches of a query each provider ranks. A word found in most of
 * 100,000 rows would otherwise have every row's text re-read to rank it (seconds); the
 * newest matches are what a reader of such a query looks for.
 */
export const SEARCH_CANDIDATES = 500;
