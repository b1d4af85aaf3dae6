import { z } from "zod";
import { optionalText, requiredText, ZId } from "@/lib/text/fields";
import { MINORITY_LOCALES } from "@/lib/i18n/config";
import { TRANSLATABLE_KINDS } from "./content";

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const ZTargetLocale = z.enum(MINORITY_LOCALES as [string, ...string[]], { error: "translations.localeInvalid" });
export const ZKind = z.enum(TRANSLATABLE_KINDS, { error: "form.badRequest" });
const ZNamespace = z.string().trim().min(1).max(40);
const ZKey = z.string().trim().min(1).max(200);

/** An interface string as typed: control and bidi characters removed, NFC, spaces kept (checked against the source). */
const ZStringText = z
  .string()
  .max(4000, { error: "translations.tooLongHard" })
  .transform((value) => value.toWellFormed().replace(CONTROL, "").normalize("NFC"));

export const ZSuggestString = z.object({
  locale: ZTargetLocale,
  namespace: ZNamespace,
  key: ZKey,
  text: ZStringText,
  filters: z.string().max(500).optional(),
});
export const ZApproveString = z.object({ locale: ZTargetLocale, namespace: ZNamespace, key: ZKey, expectedText: ZStringText });

/** Content fields arrive as `field.<name>`; each is checked against its kind in the mutation. */
export const ZSuggestContent = z.object({
  locale: ZTargetLocale,
  kind: ZKind,
  id: ZId,
  "field.title": optionalText(50_000, "translations.tooLongHard"),
  "field.summary": optionalText(50_000, "translations.tooLongHard"),
  "field.body": optionalText(50_000, "translations.tooLongHard"),
  "field.headline": optionalText(50_000, "translations.tooLongHard"),
  "field.description": optionalText(50_000, "translations.tooLongHard"),
  "field.instruction": optionalText(50_000, "translations.tooLongHard"),
  "field.name": optionalText(50_000, "translations.tooLongHard"),
});
export const ZApproveContent = z.object({ locale: ZTargetLocale, kind: ZKind, id: ZId });

export const ZGlossaryTerm = z.object({
  locale: ZTargetLocale,
  term: requiredText(200, "translations.termRequired", "translations.tooLongHard"),
  rendering: requiredText(200, "translations.renderingRequired", "translations.tooLongHard"),
  note: optionalText(500, "translations.tooLongHard"),
});
export const ZGlossaryDelete = z.object({ id: ZId });
export const ZExpectedChars = z.object({
  locale: ZTargetLocale,
  expectedChars: z
    .string()
    .max(2000)
    .transform((v) => v.replace(CONTROL, "")),
});

/** An XLIFF import: the file (dry run) or the text shown in the dry run's report (apply). */
export const ZImportXliff = z.object({
  locale: ZTargetLocale,
  file: z.instanceof(File).optional(),
  xliff: z.string().max(4_000_000).optional(),
  apply: z.literal("1").optional(),
});

/** An account's translation languages (an administrator): one checkbox per minority language and role. */
export const ZTranslatorLanguages = z
  .object({ id: ZId })
  .catchall(z.string().max(3))
  .transform(({ id, ...boxes }) => ({
    id,
    translatesInto: MINORITY_LOCALES.filter((code) => boxes[`translates.${code}`] === "on"),
    reviewsIn: MINORITY_LOCALES.filter((code) => boxes[`reviews.${code}`] === "on"),
  }));
