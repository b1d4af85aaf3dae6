// The query parameters a public page reads. Shared by the front server (scripts/lib/front-server.mjs),
// which renders and stores a public page with only these, and the pages themselves, which see
// only these whether or not the front server stands in front (so the two never disagree).
//
// Why: the page store keys a page by its address. Every link shared on Facebook comes back with
// its own `fbclid=…`, Zalo adds `zarsrc=…&utm_…`: with the query taken as sent, every click on a
// shared flood notice was a page rendered and stored again — a render storm made by the readers
// the notice was meant for, and a way for anyone to empty the store. Parameters a page does not
// read cannot change it, so they are not part of what is rendered, stored or keyed.

import { pagePath } from "../i18n/languages.mjs";

/** Paths after the locale prefix ("" for the home page) and, in order, the parameters each reads. */
const READS = new Map([
  ["news", ["topic", "commune", "page"]],
  ["law", ["topic", "commune", "page"]],
  ["library", ["type", "topic", "group", "lang", "q", "page"]],
  ["search", ["q", "page"]],
  ["forum", ["q", "topic", "commune", "page"]],
  ["documents", ["q", "type", "status", "field", "page"]],
  ["notices", ["commune", "category", "archive", "page"]],
  ["products", ["category", "commune", "stars", "season", "page"]],
  ["data", ["year", "commune"]],
  // The open-data files also take an earlier release of a year.
  ["data/download.csv", ["year", "commune", "vintage"]],
  ["data/download.json", ["year", "commune", "vintage"]],
  ["data/datapackage.json", ["year", "commune", "vintage"]],
  // `?commune=` preselects the commune (links from commune and notice pages).
  ["subscribe", ["commune"]],
]);

/** @type {readonly string[]} */
const NONE = Object.freeze([]);

/**
 * The parameters the public page at `rest` (its path after the locale prefix) reads; none for a
 * page not listed (an article, a commune, a product: their address says everything).
 * @param {string} rest
 * @returns {readonly string[]}
 */
export function queryNamesOf(rest) {
  return READS.get(rest) ?? NONE;
}

/** Every listed path, for the test that keeps this table and the pages' schemas together. */
export const PUBLIC_QUERY_PATHS = Object.freeze([...READS.keys()]);

/**
 * @param {URLSearchParams | Record<string, string | string[] | undefined>} params
 * @param {string} name
 * @returns {string | undefined}
 */
function firstValue(params, name) {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What a public page sees of its query: the parameters it reads, the first value of each (a
 * repeated parameter is not a list), empty ones left out.
 * @param {string} rest the page's path after the locale prefix
 * @param {URLSearchParams | Record<string, string | string[] | undefined>} params
 * @returns {Record<string, string>}
 */
export function readPublicQuery(rest, params) {
  /** @type {Record<string, string>} */
  const kept = {};
  for (const name of queryNamesOf(rest)) {
    const value = firstValue(params, name);
    if (value) kept[name] = value;
  }
  return kept;
}

/**
 * The query a public page is rendered and stored with: what `readPublicQuery` keeps, in the
 * table's order, encoded one way. "" when nothing is left, else "?…".
 * @param {string} pathname the normalised path, e.g. "/vi/news"
 * @param {string} search the query as sent, with or without its "?"
 */
export function publicQuery(pathname, search) {
  if (search === "" || search === "?") return "";
  const rest = pagePath(pathname) ?? "";
  const names = queryNamesOf(rest);
  if (!names.length) return "";
  const kept = new URLSearchParams(readPublicQuery(rest, new URLSearchParams(search))).toString();
  return kept ? `?${kept}` : "";
}
