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

/**
 * Approved minority-language strings from the database (lib/translations/runtime.ts), kept on
 * globalThis: the loader may run in another bundle of the same process (instrumentation, a
 * server action) than the pages. `version` changes with every load; each bundle applies a new
 * version to its own instance on its next translation (one comparison per call otherwise).
 */
export type DatabaseStrings = { version: number; strings: Record<string, Record<string, Record<string, string>>> };
const shared = globalThis as typeof globalThis & { __portalDatabaseStrings?: DatabaseStrings };
let appliedVersion = 0;

/** Hands freshly loaded strings (locale → namespace → flat key → text) to every bundle. */
export function publishDatabaseStrings(strings: DatabaseStrings["strings"]): void {
  shared.__portalDatabaseStrings = { version: (shared.__portalDatabaseStrings?.version ?? 0) + 1, strings };
}

function syncDatabaseStrings(): void {
  const current = shared.__portalDatabaseStrings;
  if (!current || current.version === appliedVersion) return;
  appliedVersion = current.version;
  for (const locale of Object.keys(resources) as Locale[]) {
    if (locale === DEFAULT_LOCALE || locale === "en") continue; // vi and en: the files only
    for (const ns of NAMESPACES) {
      instance.removeResourceBundle(locale, ns);
      instance.addResourceBundle(locale, ns, structuredClone(resources[locale][ns] ?? {}), true, true);
      for (const [key, text] of Object.entries(current.strings[locale]?.[ns] ?? {})) instance.addResource(locale, ns, key, text);
    }
  }
  missingCache.clear();
  // Emptied in place: a translation function handed out before holds its bucket.
  for (const bucket of translated.values()) bucket.clear();
}

/**
 * Finished translations by locale, namespace, key and interpolation values. A page renders a
 * hundred or more strings (navigation, footer, labels), each a walk through i18next's resolver
 * (fallbacks, plurals, nesting, interpolation): about 6% of an article page's render. The same
 * strings come out on every page, so each is resolved once per process (until the approved
 * database strings change: syncDatabaseStrings clears this). Interpolation values are part of
 * the key; a bound keeps values a reader chose (a search text) from growing it without end.
 */
const translated = new Map<string, Map<string, string>>();
const MAX_TRANSLATED = 4000;
const MAX_VALUE_LENGTH = 200;

/** The key of a call whose result depends only on its arguments, or null (then not stored). */
function callKey(key: unknown, options: unknown, extra: number): string | null {
  if (typeof key !== "string" || extra > 0) return null;
  if (options === undefined) return key;
  if (options === null || typeof options !== "object" || Object.getPrototypeOf(options) !== Object.prototype) return null;
  let out = key;
  for (const [name, value] of Object.entries(options)) {
    const type = typeof value;
    if (type === "string" ? (value as string).length > MAX_VALUE_LENGTH : type !== "number" && type !== "boolean") return null;
    out += `\u0000${name}\u0000${type[0]}${String(value)}`;
  }
  return out;
}

/** A translation function fixed to one locale and namespace, with Vietnamese fallback. */
export function getT<N extends Namespace>(locale: Locale, ns: N): TFunction<N> {
  syncDatabaseStrings();
  const t = instance.getFixedT(locale, ns) as unknown as (...args: unknown[]) => unknown;
  const bucketKey = `${locale}:${ns}`;
  let bucket = translated.get(bucketKey);
  if (!bucket) {
    bucket = new Map();
    translated.set(bucketKey, bucket);
  }
  const store = bucket;
  const memo = (key: unknown, options?: unknown, ...rest: unknown[]): unknown => {
    const id = callKey(key, options, rest.length);
    if (id === null) return t(key, options, ...rest);
    const found = store.get(id);
    if (found !== undefined) return found;
    const result = options === undefined ? t(key) : t(key, options);
    if (typeof result === "string") {
      if (store.size >= MAX_TRANSLATED) store.clear();
      store.set(id, result);
    }
    return result;
  };
  return memo as unknown as TFunction<N>;
}

/** A namespace's strings as served now (files, plus approved database strings for minority languages). */
export function servedBundle(locale: Locale, ns: Namespace): Record<string, unknown> {
  syncDatabaseStrings();
  return (instance.getResourceBundle(locale, ns) as Record<string, unknown> | undefined) ?? {};
}

function flatKeys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatKeys(child, prefix ? `${prefix}.${key}` : key));
}

const missingCache = new Map<string, string[]>();

/** Keys present in Vietnamese but not in `locale` for the namespace: what falls back. */
export function missingKeys(locale: Locale, ns: Namespace): string[] {
  syncDatabaseStrings();
  const cacheKey = `${locale}:${ns}`;
  let missing = missingCache.get(cacheKey);
  if (!missing) {
    const present = new Set(flatKeys(servedBundle(locale, ns)));
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

/**
 * Whether the public layout shows its "parts of this page are in Vietnamese" note for `locale`:
 * then it is the page's one note, and content views add none of their own.
 */
export function interfaceFallsBack(locale: Locale): boolean {
  return locale !== DEFAULT_LOCALE && locale !== "en" && missingKeys(locale, "common").length > 0;
}
