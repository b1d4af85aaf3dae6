import { z } from "zod";
import { ZCheckboxList, ZId, optionalText, requiredText } from "@/lib/text/fields";
import { optionalParam, pageParam } from "@/lib/http/search-params";
import { LOCALES } from "@/lib/i18n/config";
import { ITEM_LANGUAGES, LIBRARY_ACCESS, LIBRARY_STATES, LIBRARY_TOPICS, LIBRARY_TYPES, fromSlug } from "./catalog";

const id = ZId;
// Cleaned of control and bidi characters (lib/text/fields.ts): this text reaches feeds and XML.
const text = requiredText;
/** A whole number typed in a form; empty means unknown. */
const optionalInt = (min: number, max: number, error: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const number = Number(value);
      if (!Number.isInteger(number) || number < min || number > max) {
        ctx.addIssue({ code: "custom", message: error });
        return z.NEVER;
      }
      return number;
    });
const list = ZCheckboxList;

const settingsShape = {
  type: z.enum(LIBRARY_TYPES, { error: "library.typeInvalid" }),
  topic: z.enum(LIBRARY_TOPICS, { error: "library.topicInvalid" }),
  access: z.enum(LIBRARY_ACCESS, { error: "library.accessInvalid" }),
  accessNote: optionalText(500, "library.accessNoteTooLong"),
  itemLanguages: list.pipe(
    z
      .array(z.enum(ITEM_LANGUAGES, { error: "library.languageInvalid" }))
      .min(1, { error: "library.languageRequired" })
      .max(6),
  ),
  groupIds: list.pipe(z.array(z.string().max(40)).max(20)),
  source: optionalText(300, "library.sourceTooLong"),
  year: optionalInt(1800, 2100, "library.yearInvalid"),
  licence: optionalText(500, "library.licenceTooLong"),
};

/** A COMMUNITY item must say why its files are restricted (the public page shows it). */
const noteForCommunity = {
  error: "library.accessNoteRequired",
  path: ["accessNote"],
  when: (payload: z.core.ParsePayload<unknown>) => payload.issues.every((issue) => issue.path?.[0] !== "access"),
};
const hasNote = (value: { access: string; accessNote: string | null }) => value.access !== "COMMUNITY" || Boolean(value.accessNote);

const translationShape = {
  title: text(200, "library.titleRequired", "library.titleTooLong"),
  description: text(5000, "library.descriptionRequired", "library.descriptionTooLong"),
  transcript: optionalText(100_000, "library.transcriptTooLong"),
};

/** A new item: its settings and its Vietnamese title and description. */
export const ZCreateLibraryItem = z.object({ ...settingsShape, ...translationShape }).refine(hasNote, noteForCommunity);
export type TCreateLibraryItem = z.infer<typeof ZCreateLibraryItem>;

export const ZLibraryItemSettings = z.object({ id, ...settingsShape }).refine(hasNote, noteForCommunity);
export type TLibraryItemSettings = z.infer<typeof ZLibraryItemSettings>;

/** One language of the description, with its transcript. */
export const ZSaveLibraryTranslation = z.object({
  itemId: id,
  locale: z.enum(LOCALES, { error: "library.localeInvalid" }),
  ...translationShape,
});
export type TSaveLibraryTranslation = z.infer<typeof ZSaveLibraryTranslation>;

/** What the editor may correct about a file: its length, pages or caption. */
export const ZLibraryFileMeta = z.object({
  fileId: id,
  durationSeconds: optionalInt(1, 24 * 3600, "library.durationInvalid"),
  pageCount: optionalInt(1, 100_000, "library.pageCountInvalid"),
  caption: optionalText(300, "library.captionTooLong"),
});
export type TLibraryFileMeta = z.infer<typeof ZLibraryFileMeta>;

export const ZLibraryFileId = z.object({ fileId: id });
export const ZLibraryItemId = z.object({ id });
export const ZReturnLibraryItem = z.object({ id, comment: text(1000, "library.commentRequired", "library.commentTooLong") });

/** The public list's filters, from the address (`?group=tay&topic=language`): never an error. */
export const ZLibraryFilters = z.object({
  type: optionalParam(20).transform((value) => fromSlug(LIBRARY_TYPES, value)),
  topic: optionalParam(20).transform((value) => fromSlug(LIBRARY_TOPICS, value)),
  group: optionalParam(60),
  lang: optionalParam(10).transform((value) => fromSlug(ITEM_LANGUAGES, value)),
  q: optionalParam(200),
  page: pageParam,
});
export type TLibraryFilters = z.infer<typeof ZLibraryFilters>;

/** The back-office list's filters. */
export const ZLibraryAdminFilters = z.object({
  state: z.enum(LIBRARY_STATES).optional().catch(undefined),
  mine: optionalParam(1),
  page: pageParam,
});
