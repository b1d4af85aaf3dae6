import "server-only";
import type { TranslatableKind } from "@/lib/generated/prisma/enums";
import { MINORITY_LOCALES, type Locale } from "@/lib/i18n/config";
import { CONTENT_FIELDS, fieldsHash } from "./content";
import { getOutdatedSince } from "./queries";

/**
 * For a public page in a minority language showing that language's version: the date its
 * translation was approved when the Vietnamese text changed since (the page says the
 * translation is older), else null. `translations` are the content's rows as the page loaded them.
 */
export async function translationOutdatedSince(
  kind: TranslatableKind,
  id: string,
  locale: Locale,
  translations: readonly ({ locale: string } & Record<string, unknown>)[],
): Promise<string | null> {
  if (!MINORITY_LOCALES.includes(locale) || !translations.some((tr) => tr.locale === locale)) return null;
  const vi = translations.find((tr) => tr.locale === "vi");
  if (!vi) return null;
  const fields = Object.fromEntries(CONTENT_FIELDS[kind].map((f) => [f.name, String(vi[f.name] ?? "")]));
  return getOutdatedSince(kind, id, locale, fieldsHash(kind, fields));
}
