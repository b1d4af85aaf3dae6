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
