import "server-only";
import { MINORITY_LOCALES, type Locale } from "@/lib/i18n/config";
import { NAMESPACES, resources, type Namespace } from "@/lib/i18n/resources";
import { sourceHash } from "./checks";

/** One interface string to translate: its Vietnamese source (the files) and English for reference. */
export type SourceString = { namespace: Namespace; key: string; source: string; english: string | null; hash: string };

function flatten(value: unknown, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  if (typeof value === "string") out[prefix] = value;
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

let cached: SourceString[] | null = null;

/** Every key of every namespace, in file order (the files change only with a deploy). */
export function sourceStrings(): SourceString[] {
  if (cached) return cached;
  cached = NAMESPACES.flatMap((namespace) => {
    const vi = flatten(resources.vi[namespace]);
    const en = flatten(resources.en[namespace]);
    return Object.entries(vi).map(([key, source]) => ({ namespace, key, source, english: en[key] ?? null, hash: sourceHash(source) }));
  });
  return cached;
}

/** One source string, or null for a key the files do not have. */
export function sourceString(namespace: string, key: string): SourceString | null {
  return sourceStrings().find((s) => s.namespace === namespace && s.key === key) ?? null;
}

/** Languages translated in the workbench: the minority ones (vi and en are files). */
export const TARGET_LOCALES: readonly Locale[] = MINORITY_LOCALES;

export function isTargetLocale(value: unknown): value is Locale {
  return typeof value === "string" && (TARGET_LOCALES as readonly string[]).includes(value);
}

/** A string's file text in a minority language (its locales/ file), if any. */
export function fileTranslation(locale: Locale, namespace: Namespace, key: string): string | null {
  return flatten(resources[locale][namespace])[key] ?? null;
}
