import "server-only";
import { writeAudit, type AuditAction, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadLibraryItem } from "./mutations";
import { canSubmit } from "./policy";
import { LIBRARY_TRANSITIONS, libraryTransitionProblem, type LibraryTransition } from "./states";

/**
 * One workflow step in one transaction: load, check who may (submit: the contributor or a
 * reviewer; the rest: reviewers), check the state, write, audit.
 */
async function step(
  id: string,
  transition: LibraryTransition,
  action: AuditAction,
  ctx: MutationContext,
  extra: { reviewComment?: string | null } = {},
) {
  return db.$transaction(async (tx) => {
    const item = await loadLibraryItem(tx, id);
    const allowed = transition === "submit" ? canSubmit(ctx.actor, item) : can(ctx.actor, "library.publish");
    if (!allowed) throw new AppError("forbidden", "form.forbidden");
    const problem = libraryTransitionProblem(
      { state: item.state, hasVietnamese: item.translations.some((tr) => tr.locale === "vi"), fileCount: item.files.length },
      transition,
    );
    if (problem) throw new AppError("conflict", problem);
    const state = LIBRARY_TRANSITIONS[transition].to;
    const now = new Date();
    const updated = await tx.libraryItem.update({
      where: { id },
      data: {
        state,
        reviewComment: extra.reviewComment ?? null,
        publishedAt: transition === "publish" ? now : transition === "unpublish" ? null : undefined,
      },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action,
      entityType: "LibraryItem",
      entityId: id,
      before: { state: item.state },
      after: { state, ...(extra.reviewComment ? { comment: extra.reviewComment } : {}) },
      ip: ctx.ip,
    });
    return updated;
  });
}

/** The contributor hands the draft to a reviewer. */
export const submitLibraryItem = (id: string, ctx: MutationContext) => step(id, "submit", "library.submitted", ctx);
/** A reviewer sends it back with a comment. */
export const returnLibraryItem = (input: { id: string; comment: string }, ctx: MutationContext) =>
  step(input.id, "return", "library.returned", ctx, { reviewComment: input.comment });
/** A reviewer publishes it (it needs its Vietnamese description and a file). */
export const publishLibraryItem = (id: string, ctx: MutationContext) => step(id, "publish", "library.published", ctx);
/** A reviewer takes it off the public library (back to draft). */
export const unpublishLibraryItem = (id: string, ctx: MutationContext) => step(id, "unpublish", "library.unpublished", ctx);
