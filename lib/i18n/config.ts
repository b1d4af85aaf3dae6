import {
  DEFAULT_LOCALE_CODE,
  LANGUAGES,
  LOCALE_CODES,
  MINORITY_CODES,
  isLocaleCode,
  type LocaleCode,
  type MinorityCode,
} from "./languages.mjs";

// The list itself is lib/i18n/languages.mjs, shared with the proxy and the front server.

/** Locales in URL order. `vi` is the default and the fallback for every other locale. */
export const LOCALES = LOCALE_CODES;
export type Locale = LocaleCode;
export const DEFAULT_LOCALE: Locale = DEFAULT_LOCALE_CODE;

/** Minority languages: interface strings only where a real translation exists. */
export const MINORITY_LOCALES: readonly Locale[] = MINORITY_CODES;
export type MinorityLocale = MinorityCode;

export const LOCALE_COOKIE = "portal_locale";

export const isLocale = isLocaleCode;

/**
 * Picks the reader's locale from an Accept-Language header ("tyz,vi;q=0.8,en;q=0.5").
 * Returns null when none of ours is acceptable.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { base } of ranked) {
    if (isLocale(base)) return base;
  }
  return null;
}

/** Each language's name as its speakers write it, for the language switcher. */
export const LOCALE_AUTONYMS = Object.fromEntries(LANGUAGES.map((language) => [language.code, language.autonym])) as Record<Locale, string>;

/** A language's entry in the shared list. */
export function languageOf(locale: Locale) {
  return LANGUAGES.find((language) => language.code === locale)!;
}
