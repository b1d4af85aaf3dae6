import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { MINORITY_LOCALES } from "@/lib/i18n/config";
import { publishDatabaseStrings, type DatabaseStrings } from "@/lib/i18n/i18next";
import { log } from "@/lib/log/server";
import { TRANSLATIONS_TAG } from "./tags";

/** How old the loaded strings may get before a page asks for them again. */
const MAX_AGE_MS = 30_000;
const state = globalThis as typeof globalThis & {
  __portalStringsLoadedAt?: number;
  __portalStringsGeneration?: string;
  __portalStringsLoading?: Promise<void> | null;
};

/**
 * A token that changes whenever the translations change: a cached read dropped with the
 * translations tag, here or — over portal_invalidate — on another instance. A page Next.js
 * stores (app/(stored)) and renders again after an approval elsewhere must not be rendered with
 * strings up to MAX_AGE_MS old, and then kept.
 */
const stringsGeneration = unstable_cache(async () => crypto.randomUUID(), ["interface-strings-generation"], { tags: [TRANSLATIONS_TAG] });

/**
 * Loads every approved minority-language interface string and hands it to i18n
 * (lib/i18n/i18next.ts). Approved strings win over the files in locales/; vi and en stay the
 * files' own. Called after an approval (at once) and by the public layout when older than
 * MAX_AGE_MS, so a string approved in another process shows within a minute too.
 */
export async function loadInterfaceStrings(): Promise<void> {
  const rows = await db.stringTranslation.findMany({
    where: { approvedText: { not: null }, locale: { in: [...MINORITY_LOCALES] } },
    select: { locale: true, namespace: true, key: true, approvedText: true },
  });
  const strings: DatabaseStrings["strings"] = {};
  for (const row of rows) ((strings[row.locale] ??= {})[row.namespace] ??= {})[row.key] = row.approvedText!;
  publishDatabaseStrings(strings);
  state.__portalStringsLoadedAt = Date.now();
}

/**
 * Loads the strings when the translations changed since, or when they are older than
 * MAX_AGE_MS (a string approved without the portal knowing); one load at a time; a failure keeps
 * the old ones.
 */
export async function ensureInterfaceStrings(): Promise<void> {
  const generation = await stringsGeneration();
  if (generation === state.__portalStringsGeneration && Date.now() - (state.__portalStringsLoadedAt ?? 0) < MAX_AGE_MS) return;
  state.__portalStringsGeneration = generation;
  state.__portalStringsLoading ??= loadInterfaceStrings()
    .catch((error: unknown) => log.error({ err: error }, "could not load approved interface strings"))
    .finally(() => (state.__portalStringsLoading = null));
  await state.__portalStringsLoading;
}
