import "server-only";
import { writeAudit, type AuditAction, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { keepRevision, loadArticle } from "./load";
import { snapshotOf } from "./snapshot";
import { articleResource } from "./policy";
import type { TPublishArticle } from "./schema";
import { TRANSITIONS, transitionProblem, type Transition } from "./states";
import { startOfMinute } from "@/lib/time/minute";

type Change = {
  id: string;
  transition: Transition | "delete";
  action: AuditAction;
  /** The fields to set besides the state. */
  data: (now: Date, article: Awaited<ReturnType<typeof loadArticle>>) => Prisma.ArticleUncheckedUpdateInput;
  /** Extra work in the same transaction (a revision). */
  also?: (tx: Tx, article: Awaited<ReturnType<typeof loadArticle>>) => Promise<Record<string, unknown>>;
};

/**
 * One workflow step in one transaction: load, check the resource permission (submit needs the
 * article within the actor's reach; the others are reviewers' steps) and the state, write, audit.
 */
async function step(change: Change, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const article = await loadArticle(tx, change.id);
    const permission = change.transition === "submit" ? "articles.edit" : "articles.publish";
    if (!can(ctx.actor, permission, articleResource(article))) throw new AppError("forbidden", "form.forbidden");
    if (change.transition !== "delete") {
      const problem = transitionProblem(
        { ...article, hasVietnamese: article.translations.some((tr) => tr.locale === "vi") },
        change.transition,
        now,
      );
      if (problem) throw new AppError("conflict", problem);
    }
    const state = change.transition === "delete" ? undefined : TRANSITIONS[change.transition].to;
    const data = change.data(now, article);
    const updated = await tx.article.update({ where: { id: article.id }, data: { ...data, state } });
    const extra = change.also ? await change.also(tx, article) : {};
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: change.action,
      entityType: "Article",
      entityId: article.id,
      before: { state: article.state, publishAt: article.publishAt?.toISOString() ?? null },
      after: { state: updated.state, publishAt: updated.publishAt?.toISOString() ?? null, ...stringsOf(data), ...extra },
      ip: ctx.ip,
    });
    return updated;
  });
}

function stringsOf(data: Prisma.ArticleUncheckedUpdateInput): Record<string, string> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => typeof value === "string")) as Record<string, string>;
}

/** The author hands the draft to a reviewer. */
export function submitArticle(id: string, ctx: MutationContext) {
  return step({ id, transition: "submit", action: "article.submitted", data: () => ({ reviewComment: null }) }, ctx);
}

/**
 * Keeps the text a reviewer decided on (returned or published), so when the article comes back
 * to them they see what changed since (lib/articles/review-diff.ts).
 */
async function rememberSeen(tx: Tx, article: Awaited<ReturnType<typeof loadArticle>>, userId: string): Promise<Record<string, never>> {
  const snapshot = snapshotOf(article.translations);
  await tx.articleReviewView.upsert({
    where: { articleId_userId: { articleId: article.id, userId } },
    create: { articleId: article.id, userId, snapshot },
    update: { snapshot, seenAt: new Date() },
  });
  return {};
}

/** A reviewer sends it back to the author with a comment. */
export function returnArticle(input: { id: string; comment: string }, ctx: MutationContext) {
  return step(
    {
      id: input.id,
      transition: "return",
      action: "article.returned",
      data: () => ({ reviewComment: input.comment }),
      also: (tx, article) => rememberSeen(tx, article, ctx.actor.id),
    },
    ctx,
  );
}

/**
 * Publishes now or at `publishAt` (scheduled: public queries show it from then on, no job
 * needed). Approves a submitted article and republishes a withdrawn one. Keeps a revision when
 * the text differs from the last published one.
 */
export function publishArticle(input: TPublishArticle, ctx: MutationContext, now = new Date()) {
  const publishAt = startOfMinute(input.publishAt && input.publishAt > now ? input.publishAt : now);
  const scheduled = publishAt > now;
  return step(
    {
      id: input.id,
      transition: "publish",
      action: scheduled ? "article.scheduled" : "article.published",
      data: (_now, article) => ({
        publishAt,
        firstPublishedAt: article.firstPublishedAt ?? publishAt,
        withdrawnAt: null,
        withdrawalReason: null,
        reviewComment: null,
      }),
      also: async (tx, article) => {
        await rememberSeen(tx, article, ctx.actor.id);
        return { revision: await keepRevision(tx, article.id, input.changeNote, ctx.actor.id) };
      },
    },
    ctx,
    now,
  );
}

/** Takes it out of lists; its page stays and shows the public reason. */
export function withdrawArticle(input: { id: string; reason: string }, ctx: MutationContext) {
  return step(
    {
      id: input.id,
      transition: "withdraw",
      action: "article.withdrawn",
      data: (now) => ({ withdrawnAt: now, withdrawalReason: input.reason }),
    },
    ctx,
  );
}

/** Deletes a page published in error: its address answers 410 Gone from now on. */
export function deleteArticle(id: string, ctx: MutationContext) {
  return step({ id, transition: "delete", action: "article.deleted", data: (now) => ({ deletedAt: now }) }, ctx);
}
