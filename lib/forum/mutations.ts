import "server-only";
import { writeAudit, type AuditAction, type MutationContext } from "@/lib/audit/record";
import { canInAny } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCommune } from "@/lib/units/checks";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fanOutForumAnswer } from "@/lib/subscriptions/fanout";
import { canOnQuestion } from "./policy";
import { revealsAsker } from "./privacy";
import { stepProblem, type ForumStep } from "./states";

async function loadQuestion(tx: Tx, id: string) {
  const question = await tx.forumQuestion.findUnique({ where: { id }, include: { answer: true } });
  if (!question) throw new AppError("notFound", "form.notFound");
  return question;
}
type Loaded = Awaited<ReturnType<typeof loadQuestion>>;

type Step = {
  permission: "forum.moderate" | "forum.answer";
  /** The state rule to check (none for notes and assignment). */
  step?: ForumStep;
  action: AuditAction;
};

/** The write of a step; returns what the audit row records before and after. */
type Write = (tx: Tx, question: Loaded, now: Date) => Promise<{ before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue }>;

/** Each staff step: who may take it, the state rule it checks (none for notes and assignment), its audit action. */
const STEPS = {
  published: { permission: "forum.moderate", step: "publish", action: "forumQuestion.published" },
  rejected: { permission: "forum.moderate", step: "reject", action: "forumQuestion.rejected" },
  textEdited: { permission: "forum.moderate", step: "editText", action: "forumQuestion.textEdited" },
  assigned: { permission: "forum.moderate", action: "forumQuestion.assigned" },
  noteAdded: { permission: "forum.answer", action: "forumQuestion.noteAdded" },
  helpRequested: { permission: "forum.answer", action: "forumQuestion.helpRequested" },
  answered: { permission: "forum.answer", step: "answer", action: "forumQuestion.answered" },
  answerEdited: { permission: "forum.answer", step: "editAnswer", action: "forumQuestion.answerEdited" },
  closed: { permission: "forum.answer", step: "close", action: "forumQuestion.closed" },
  merged: { permission: "forum.moderate", step: "merge", action: "forumQuestion.merged" },
} as const satisfies Record<string, Step>;

/**
 * One step on a question in one transaction: load, check the permission against the question
 * (its commune or the commune it is assigned to) and the state, write, audit.
 */
async function run(id: string, change: Step, ctx: MutationContext, write: Write, now = new Date()) {
  return db.$transaction(async (tx) => {
    const question = await loadQuestion(tx, id);
    if (!canOnQuestion(ctx.actor, change.permission, question)) throw new AppError("forbidden", "form.forbidden");
    if (change.step) {
      const problem = stepProblem(question, change.step);
      if (problem) throw new AppError("conflict", problem);
    }
    const diff = await write(tx, question, now);
    await tx.forumQuestion.update({ where: { id: question.id }, data: { updatedAt: now } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: change.action,
      entityType: "ForumQuestion",
      entityId: question.id,
      ...diff,
      ip: ctx.ip,
    });
    return question;
  });
}

/** Moderation: makes the question public with its checked text (numbers masked). */
export function publishQuestion(input: { id: string; publicBody: string }, ctx: MutationContext) {
  return run(input.id, STEPS.published, ctx, async (tx, q, now) => {
    const state = q.state === "SUBMITTED" ? "PUBLISHED" : q.state;
    await tx.forumQuestion.update({ where: { id: q.id }, data: { state, publicBody: input.publicBody, publishedAt: now } });
    // An answer given before the question was public reaches the asker now.
    if (q.answer) await fanOutForumAnswer(tx, q.id);
    return { before: { state: q.state, publicBody: q.publicBody }, after: { state, publicBody: input.publicBody } };
  });
}

/** Moderation: refuses it, with the reason the asker reads on the tracking page. */
export function rejectQuestion(input: { id: string; reason: string }, ctx: MutationContext) {
  return run(input.id, STEPS.rejected, ctx, async (tx, q) => {
    await tx.forumQuestion.update({ where: { id: q.id }, data: { state: "REJECTED", rejectionReason: input.reason } });
    return { before: { state: q.state }, after: { state: "REJECTED", reason: input.reason } };
  });
}

/** Moderation: adjusts the published text (the original stays as the resident wrote it). */
export function editPublicText(input: { id: string; publicBody: string }, ctx: MutationContext) {
  return run(input.id, STEPS.textEdited, ctx, async (tx, q) => {
    await tx.forumQuestion.update({ where: { id: q.id }, data: { publicBody: input.publicBody } });
    return { before: { publicBody: q.publicBody }, after: { publicBody: input.publicBody } };
  });
}

/** Moderation: asks a commune and/or a person to answer. */
export function assignQuestion(input: { id: string; assignedCommuneId: string | null; assigneeId: string | null }, ctx: MutationContext) {
  return run(input.id, STEPS.assigned, ctx, async (tx, q) => {
    await assertCommune(tx, input.assignedCommuneId, { message: "forum:errors.communeRequired", field: "assignedCommuneId" });
    if (input.assigneeId) {
      const user = await tx.user.findUnique({ where: { id: input.assigneeId } });
      // The assignee must be able to answer it: the permission table decides, as for anyone.
      const reaches = user?.active && canInAny(user, "forum.answer", [q.communeId, input.assignedCommuneId]);
      if (!reaches) throw new AppError("invalid", "forum:errors.assigneeInvalid", undefined, "assigneeId");
    }
    await tx.forumQuestion.update({
      where: { id: q.id },
      data: { assignedCommuneId: input.assignedCommuneId, assigneeId: input.assigneeId },
    });
    return {
      before: { assignedCommuneId: q.assignedCommuneId, assigneeId: q.assigneeId },
      after: { assignedCommuneId: input.assignedCommuneId, assigneeId: input.assigneeId },
    };
  });
}

/** An internal note: staff only, never public, never on the tracking page. */
export function addNote(input: { id: string; body: string }, ctx: MutationContext) {
  return run(input.id, STEPS.noteAdded, ctx, async (tx, q) => {
    const note = await tx.forumNote.create({ data: { questionId: q.id, authorId: ctx.actor.id, body: input.body } });
    return { after: { noteId: note.id } };
  });
}

/** A cadre asks the province for help: flagged in the officials' queue, with a note saying why. */
export function requestHelp(input: { id: string; body: string }, ctx: MutationContext) {
  return run(input.id, STEPS.helpRequested, ctx, async (tx, q, now) => {
    const note = await tx.forumNote.create({ data: { questionId: q.id, authorId: ctx.actor.id, body: input.body } });
    await tx.forumQuestion.update({ where: { id: q.id }, data: { helpRequestedAt: now } });
    return { after: { noteId: note.id } };
  });
}

/** Answers it, signed with a unit the author may sign for; public at once if the question is. */
type AnswerInput = { id: string; body: string; unitName: string; confirmPrivacy?: boolean };

/**
 * An answer that names the asker who hid their name, or gives a phone or ID number, is not
 * published until the answerer confirms it (the form then shows the warning and a checkbox).
 */
function assertPrivacyChecked(input: AnswerInput, question: Loaded) {
  const revealed = revealsAsker(input.body, question);
  if (revealed.length && !input.confirmPrivacy) {
    throw new AppError(
      "invalid",
      revealed.includes("name") ? "forum:errors.answerNamesAsker" : "forum:errors.answerHasNumber",
      undefined,
      "confirmPrivacy",
    );
  }
}

export function answerQuestion(input: AnswerInput, signatures: string[], ctx: MutationContext) {
  return run(input.id, STEPS.answered, ctx, async (tx, q, now) => {
    if (!signatures.includes(input.unitName)) throw new AppError("invalid", "forum:errors.unitRequired", undefined, "unitName");
    assertPrivacyChecked(input, q);
    await tx.forumAnswer.create({ data: { questionId: q.id, body: input.body, unitName: input.unitName, authorId: ctx.actor.id } });
    await tx.forumQuestion.update({ where: { id: q.id }, data: { state: "ANSWERED", answeredAt: now, helpRequestedAt: null } });
    // The asker who ticked "tell me when answered" is told once the answer is public.
    if (q.publishedAt) await fanOutForumAnswer(tx, q.id);
    return { before: { state: q.state }, after: { state: "ANSWERED", unitName: input.unitName } };
  });
}

/** Changes a given answer; the public page then shows it as edited, with the date. */
export function editAnswer(input: AnswerInput, signatures: string[], ctx: MutationContext) {
  return run(input.id, STEPS.answerEdited, ctx, async (tx, q, now) => {
    if (!q.answer) throw new AppError("conflict", "forum:errors.wrongState");
    if (!signatures.includes(input.unitName) && input.unitName !== q.answer.unitName) {
      throw new AppError("invalid", "forum:errors.unitRequired", undefined, "unitName");
    }
    if (q.answer.body === input.body && q.answer.unitName === input.unitName) return {};
    if (q.answer.body !== input.body) assertPrivacyChecked(input, q);
    await tx.forumAnswer.update({ where: { id: q.answer.id }, data: { body: input.body, unitName: input.unitName, editedAt: now } });
    return { before: { body: q.answer.body, unitName: q.answer.unitName }, after: { body: input.body, unitName: input.unitName } };
  });
}

/** Closes an answered question (nothing more to do). */
export function closeQuestion(input: { id: string }, ctx: MutationContext) {
  return run(input.id, STEPS.closed, ctx, async (tx, q, now) => {
    await tx.forumQuestion.update({ where: { id: q.id }, data: { state: "CLOSED", closedAt: now } });
    return { before: { state: q.state }, after: { state: "CLOSED" } };
  });
}

/**
 * Merges a duplicate into an existing question (by its public number): the duplicate is closed
 * and its tracking page points to the other one's answer.
 */
export function mergeQuestion(input: { id: string; target: number }, ctx: MutationContext) {
  return run(input.id, STEPS.merged, ctx, async (tx, q, now) => {
    const target = await tx.forumQuestion.findUnique({ where: { number: input.target } });
    if (!target || target.id === q.id || target.mergedIntoId || target.state === "REJECTED") {
      throw new AppError("invalid", "forum:errors.mergeTarget", undefined, "target");
    }
    await tx.forumQuestion.update({ where: { id: q.id }, data: { state: "CLOSED", closedAt: now, mergedIntoId: target.id } });
    return { before: { state: q.state }, after: { state: "CLOSED", mergedInto: target.number } };
  });
}
