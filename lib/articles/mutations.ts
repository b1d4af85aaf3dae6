import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { NewMediaFile } from "@/lib/storage/media";
import { assertCommune } from "@/lib/units/checks";
import { assertTopic, chooseArticleSlug, keepRevision, loadArticle } from "./load";
import { articleResource, editProblem } from "./policy";
import type { TArticleSettings, TCreateArticle, TSaveTranslation } from "./schema";
import { isLive } from "./states";

function assertEditable(ctx: MutationContext, article: Parameters<typeof editProblem>[1]) {
  const problem = editProblem(ctx.actor, article);
  if (problem) throw new AppError(problem === "form.forbidden" ? "forbidden" : "conflict", problem);
}

/** Two requests choosing the same slug at once: the loser hears "taken", on the slug field. */
function rethrowSlugConflict(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("conflict", "article.slugTaken", undefined, "slug");
  throw error;
}

/** Creates a draft with its Vietnamese text. */
export async function createArticle(input: TCreateArticle, ctx: MutationContext) {
  if (!can(ctx.actor, "articles.edit", articleResource(input))) throw new AppError("forbidden", "form.forbidden");
  try {
    return await db.$transaction(async (tx) => {
      await assertCommune(tx, input.communeId);
      await assertTopic(tx, input.topicId, input.kind);
      const slug = await chooseArticleSlug(tx, { slug: input.slug, title: input.title });
      const article = await tx.article.create({
        data: {
          kind: input.kind,
          topicId: input.topicId,
          communeId: input.communeId,
          authorId: ctx.actor.id,
          translations: {
            create: { locale: "vi", title: input.title, slug, summary: input.summary, body: input.body, translator: input.translator },
          },
        },
      });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "article.created",
        entityType: "Article",
        entityId: article.id,
        after: { kind: input.kind, communeId: input.communeId, topicId: input.topicId, title: input.title, slug },
        ip: ctx.ip,
      });
      return article;
    });
  } catch (error) {
    rethrowSlugConflict(error);
  }
}

/** Kind, topic, commune and the cover's description. */
export async function updateArticleSettings(input: TArticleSettings, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const before = await loadArticle(tx, input.id);
    assertEditable(ctx, before);
    // The new settings must be within reach too (a cadre cannot turn an update into a policy).
    assertEditable(ctx, { ...before, kind: input.kind, communeId: input.communeId });
    await assertCommune(tx, input.communeId);
    await assertTopic(tx, input.topicId, input.kind);
    const { id, ...data } = input;
    const diff = changedFields(before, data);
    if (!diff.changed) return before;
    const article = await tx.article.update({ where: { id }, data });
    await writeAudit(tx, { actorId: ctx.actor.id, action: "article.updated", entityType: "Article", entityId: id, ...diff, ip: ctx.ip });
    return article;
  });
}

/**
 * Saves one language. On a public article the change is public at once, so it is kept as a
 * revision with its change note.
 */
export async function saveTranslation(input: TSaveTranslation, ctx: MutationContext) {
  try {
    return await db.$transaction(async (tx) => {
      const article = await loadArticle(tx, input.articleId);
      assertEditable(ctx, article);
      const current = article.translations.find((tr) => tr.locale === input.locale);
      const slug = await chooseArticleSlug(tx, {
        slug: input.slug,
        title: input.title,
        current: current?.slug,
        translationId: current?.id,
      });
      const data = { title: input.title, slug, summary: input.summary, body: input.body, translator: input.translator };
      const diff = current
        ? changedFields(current, data)
        : { before: {}, after: { locale: input.locale, ...data, body: undefined }, changed: true };
      if (!diff.changed) return article;
      await tx.articleTranslation.upsert({
        where: { articleId_locale: { articleId: article.id, locale: input.locale } },
        create: { articleId: article.id, locale: input.locale, ...data },
        update: data,
      });
      await tx.article.update({ where: { id: article.id }, data: { updatedAt: new Date() } });
      const revision = isLive(article, new Date()) ? await keepRevision(tx, article.id, input.changeNote, ctx.actor.id) : null;
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "article.translationSaved",
        entityType: "Article",
        entityId: article.id,
        before: { locale: input.locale, ...(diff.before as object) },
        after: { locale: input.locale, ...(diff.after as object), revision, changeNote: input.changeNote },
        ip: ctx.ip,
      });
      return article;
    });
  } catch (error) {
    rethrowSlugConflict(error);
  }
}

export type MediaTarget = { target: "cover" } | { target: "audio"; locale: string };

/** Attaches a stored file (lib/storage) as the cover or as one language's recording. */
export async function attachMedia(articleId: string, where: MediaTarget, file: NewMediaFile, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const article = await loadArticle(tx, articleId);
    assertEditable(ctx, article);
    if (where.target === "audio" && !article.translations.some((tr) => tr.locale === where.locale)) {
      throw new AppError("invalid", "article.audioNeedsText", undefined, "file");
    }
    const media = await tx.mediaFile.create({ data: file });
    if (where.target === "cover") await tx.article.update({ where: { id: articleId }, data: { coverId: media.id } });
    else
      await tx.articleTranslation.update({ where: { articleId_locale: { articleId, locale: where.locale } }, data: { audioId: media.id } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "article.mediaAttached",
      entityType: "Article",
      entityId: articleId,
      after: { ...where, mediaId: media.id, size: media.size, type: media.mimeType },
      ip: ctx.ip,
    });
    return media;
  });
}

/** Takes the cover or a recording off the article (the file stays in storage, unused). */
export async function detachMedia(articleId: string, where: MediaTarget, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const article = await loadArticle(tx, articleId);
    assertEditable(ctx, article);
    if (where.target === "cover") await tx.article.update({ where: { id: articleId }, data: { coverId: null } });
    else await tx.articleTranslation.updateMany({ where: { articleId, locale: where.locale }, data: { audioId: null } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "article.mediaRemoved",
      entityType: "Article",
      entityId: articleId,
      before: where,
      ip: ctx.ip,
    });
  });
}
