import { DEFAULT_LOCALE, type Locale } from "./config";

export type Picked<T> = {
  /** The translation to show. */
  value: T;
  /** The language `value` is in. */
  lang: Locale;
  /** True when the reader asked for another language and gets Vietnamese instead. */
  isFallback: boolean;
};

/**
 * The one helper that chooses a content translation: the reader's locale when it exists,
 * otherwise Vietnamese, and it says which one it returned so the page can tell the reader
 * ("not yet translated into Tày — showing Vietnamese"). Returns null when there is neither
 * (content without a Vietnamese translation is never published).
 */
export function pickTranslation<T extends { locale: string }>(translations: readonly T[], locale: Locale): Picked<T> | null {
  const wanted = translations.find((tr) => tr.locale === locale);
  if (wanted) return { value: wanted, lang: locale, isFallback: false };
  const vietnamese = translations.find((tr) => tr.locale === DEFAULT_LOCALE);
  if (vietnamese) return { value: vietnamese, lang: DEFAULT_LOCALE, isFallback: locale !== DEFAULT_LOCALE };
  return null;
}

/** The locales a piece of content exists in, in the portal's locale order. */
export function availableLocales<T extends { locale: string }>(translations: readonly T[], order: readonly Locale[]): Locale[] {
  const present = new Set(translations.map((tr) => tr.locale));
  return order.filter((locale) => present.has(locale));
}
