import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

export { getT, interfaceFallsBack, interfaceLanguage, missingKeys } from "./i18next";

/** Header the proxy sets on every request: the locale the page is rendered in. */
export const LOCALE_HEADER = "x-portal-locale";
/** Header the proxy sets: the path (and query) being requested, for `next=` links. */
export const PATH_HEADER = "x-portal-path";

/**
 * The request's locale as the proxy resolved it: the URL prefix on public pages, the
 * reader's saved choice (cookie) or browser language on /login and /admin.
 */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : DEFAULT_LOCALE;
});

/** The path and query of the current request, e.g. "/vi?x=1". */
export const getRequestPath = cache(async (): Promise<string> => {
  return (await headers()).get(PATH_HEADER) ?? "/";
});

/**
 * The canonical address of the current public page: its path without the query (list filters
 * and pages are the same document). Every stored public page names one in its head.
 */
export const getCanonicalPath = cache(async (): Promise<string> => {
  const path = await getRequestPath();
  const at = path.indexOf("?");
  return at === -1 ? path : path.slice(0, at);
});
