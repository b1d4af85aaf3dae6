// Interface strings are bundled at build time: no file or HTTP loading at run time.
import * as vi from "@/locales/vi";
import * as en from "@/locales/en";
import type { Locale } from "./config";
import { LANGUAGES, LOCALE_CODES } from "./languages.mjs";

/** Vietnamese is complete and is the shape every other locale follows (partially). */
export const referenceResources = { ...vi };
export type Namespace = keyof typeof vi;
export const NAMESPACES = Object.keys(vi) as Namespace[];

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
type Resources = { [N in Namespace]: DeepPartial<(typeof vi)[N]> };

/**
 * The string files: Vietnamese (the source) and English. The other languages of the list
 * (lib/i18n/languages.mjs) get their strings from the translation workbench (the database,
 * lib/translations/runtime.ts) and fall back to Vietnamese.
 */
const FILES: Partial<Record<Locale, Resources>> = { vi: { ...vi }, en: { ...en } };

/** Where the files name languages (code → name): a language they do not name yet shows its autonym. */
const LANGUAGE_NAME_LISTS = [
  ["common", "languageNames"],
  ["training", "languages"],
  ["library", "languages"],
] as const;

function withLanguageNames(bundle: Resources): Resources {
  const out = { ...bundle } as Record<string, Record<string, unknown>>;
  for (const [ns, key] of LANGUAGE_NAME_LISTS) {
    const names = (out[ns]?.[key] ?? {}) as Record<string, string>;
    const missing = LANGUAGES.filter((language) => !(language.code in names));
    if (missing.length)
      out[ns] = { ...out[ns], [key]: { ...names, ...Object.fromEntries(missing.map((language) => [language.code, language.autonym])) } };
  }
  return out as Resources;
}

export const resources = Object.fromEntries(
  LOCALE_CODES.map((code) => [code, FILES[code] ? withLanguageNames(FILES[code]) : ({} as Resources)]),
) as Record<Locale, Resources>;
