import "server-only";
import { DEFAULT_LOCALE, type Locale } from "./config";
import { servedBundle } from "./i18next";
import type { Namespace } from "./resources";
import type { ClientResources } from "./client";

/** The namespaces a client component tree needs, for the locale and its Vietnamese fallback. */
export function clientResources(locale: Locale, namespaces: readonly Namespace[]): ClientResources {
  const pick = (lng: Locale) => Object.fromEntries(namespaces.map((ns) => [ns, servedBundle(lng, ns)]));
  return locale === DEFAULT_LOCALE ? { vi: pick("vi") } : { [locale]: pick(locale), vi: pick(DEFAULT_LOCALE) };
}
