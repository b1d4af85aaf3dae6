import "server-only";
import type { Viewer } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { TARGET_LOCALES } from "./sources";

/** The languages a staff user works in (translates into or reviews), in the portal's order. */
export function workLanguages(viewer: Viewer): Locale[] {
  return TARGET_LOCALES.filter((code) => viewer.translatesInto.includes(code) || viewer.reviewsIn.includes(code));
}

/** The language a workbench page is about: `?lang=` when it is one of theirs, else their first. */
export function chosenLanguage(viewer: Viewer, lang: string | string[] | undefined): Locale | null {
  const languages = workLanguages(viewer);
  return languages.find((code) => code === lang) ?? languages[0] ?? null;
}
