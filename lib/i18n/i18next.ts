import i18next, { type TFunction } from "i18next";
import { DEFAULT_LOCALE, type Locale } from "./config";
import { NAMESPACES, resources, type Namespace } from "./resources";

// One shared instance: every translation goes through getFixedT(locale), which never changes
// the instance's language, so concurrent requests in different locales cannot interfere.
const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: DEFAULT_LOCALE,
  // A missing key in any locale falls back to Vietnamese, which is complete.
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: Object.keys(resources),
  ns: [...NAMESPACES],
  defaultNS: "common",
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

/** A translation function fixed to one locale and namespace, with Vietnamese fallback. */
export function getT<N extends Namespace>(locale: Locale, ns: N): TFunction<N> {
  return instance.getFixedT(locale, ns) as TFunction<N>;
}

function flatKeys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatKeys(child, prefix ? `${prefix}.${key}` : key));
}

const missingCache = new Map<string, string[]>();

/** Keys present in Vietnamese but not in `locale` for the namespace: what falls back. */
export function missingKeys(locale: Locale, ns: Namespace): string[] {
  const cacheKey = `${locale}:${ns}`;
  let missing = missingCache.get(cacheKey);
  if (!missing) {
    const present = new Set(flatKeys(resources[locale][ns]));
    missing = flatKeys(resources[DEFAULT_LOCALE][ns]).filter((key) => !present.has(key));
    missingCache.set(cacheKey, missing);
  }
  return missing;
}

/**
 * The language the interface is really shown in for `locale`: the locale itself when all of
 * the namespaces' strings exist in it, otherwise Vietnamese (what the reader mostly sees).
 */
export function interfaceLanguage(locale: Locale, namespaces: readonly Namespace[]): Locale {
  return namespaces.every((ns) => missingKeys(locale, ns).length === 0) ? locale : DEFAULT_LOCALE;
}
