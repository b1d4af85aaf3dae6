import { z } from "zod";
import { ZId, ZOptionalId, optionalText, requiredText, slugField } from "@/lib/text/fields";
import { optionalParam, pageParam } from "@/lib/http/search-params";
import { LOCALES } from "@/lib/i18n/config";
import { ARTICLE_KINDS, ARTICLE_STATES } from "./states";

const id = ZId;
const optionalId = ZOptionalId;
// Cleaned of control and bidi characters (lib/text/fields.ts): this text reaches feeds and XML.
const text = requiredText;

export const ZArticleKind = z.enum(ARTICLE_KINDS, { error: "article.kindInvalid" });

/** A slug as typed (or empty: made from the title). */
const articleSlug = slugField("article.slugInvalid");

const translationFields = {
  title: text(200, "article.titleRequired", "article.titleTooLong"),
  slug: articleSlug,
  summary: text(500, "article.summaryRequired", "article.summaryTooLong"),
  body: text(50_000, "article.bodyRequired", "article.bodyTooLong"),
  translator: optionalText(120, "article.translatorTooLong"),
};

/** A commune update is about one commune: checked even when other fields are wrong. */
function communeUpdateNeedsCommune(value: { kind: string; communeId: string | null }) {
  return value.kind !== "COMMUNE_UPDATE" || Boolean(value.communeId);
}
const communeRequired = {
  error: "article.communeRequired",
  path: ["communeId"],
  when: (payload: z.core.ParsePayload<unknown>) => payload.issues.every((issue) => issue.path?.[0] !== "kind"),
};

const settingsFields = {
  kind: ZArticleKind,
  topicId: optionalId,
  communeId: optionalId,
};

/** A new article: its settings and its Vietnamese text. */
export const ZCreateArticle = z.object({ ...settingsFields, ...translationFields }).refine(communeUpdateNeedsCommune, communeRequired);
export type TCreateArticle = z.infer<typeof ZCreateArticle>;

export const ZArticleSettings = z
  .object({ id, ...settingsFields, coverAlt: optionalText(300, "article.altTooLong") })
  .refine(communeUpdateNeedsCommune, communeRequired);
export type TArticleSettings = z.infer<typeof ZArticleSettings>;

/** One language of an article. `changeNote` is needed when the article is already public. */
export const ZSaveTranslation = z.object({
  articleId: id,
  locale: z.enum(LOCALES, { error: "article.localeInvalid" }),
  ...translationFields,
  changeNote: optionalText(300, "article.noteTooLong"),
});
export type TSaveTranslation = z.infer<typeof ZSaveTranslation>;

export const ZArticleId = z.object({ id });

export const ZReturnArticle = z.object({ id, comment: text(1000, "article.commentRequired", "article.commentTooLong") });

/**
 * A time typed in the back office ("2026-12-01T07:30", from datetime-local) is the province's
 * time (UTC+7, no daylight saving). Empty means now.
 */
export const ZPublishAt = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? new Date(`${value}:00+07:00`) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "article.publishAtInvalid" });
      return z.NEVER;
    }
    return date;
  });

export const ZPublishArticle = z.object({ id, publishAt: ZPublishAt, changeNote: optionalText(300, "article.noteTooLong") });
export type TPublishArticle = z.infer<typeof ZPublishArticle>;

export const ZWithdrawArticle = z.object({ id, reason: text(500, "article.reasonRequired", "article.reasonTooLong") });

export const ZCreateTopic = z.object({
  kind: ZArticleKind,
  name: text(120, "topic.nameRequired", "topic.nameTooLong"),
  nameEn: optionalText(120, "topic.nameTooLong"),
});
export type TCreateTopic = z.infer<typeof ZCreateTopic>;

export const ZUpdateTopic = z.object({ id, name: ZCreateTopic.shape.name, nameEn: ZCreateTopic.shape.nameEn });
export type TUpdateTopic = z.infer<typeof ZUpdateTopic>;

/** Filters of the back-office list, from the query string (never an error). */
export const ZArticleFilters = z.object({
  kind: ZArticleKind.optional().catch(undefined),
  state: z
    .enum([...ARTICLE_STATES, "SCHEDULED"])
    .optional()
    .catch(undefined),
  communeId: optionalParam(40),
  missing: z.enum(LOCALES).optional().catch(undefined),
  authorId: optionalParam(40),
  q: optionalParam(100),
  page: pageParam,
});
export type TArticleFilters = z.infer<typeof ZArticleFilters>;

/** Filters of the public lists. */
export const ZPublicFilters = z.object({
  topic: optionalParam(100),
  commune: optionalParam(100),
  page: pageParam,
});
export type TPublicFilters = z.infer<typeof ZPublicFilters>;
