import "server-only";
import { writeAudit, type AuditAction, type AuditEntry, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NewMediaFile } from "@/lib/storage/media";
import type { TCreateLesson, TCreateLessonCourse, TCreatePhrase, TSuggestPhrase } from "./schema";

/** The audit row of a step on a phrase (created, suggested, approved, rejected): who, which phrase, what changed. */
function auditPhrase(tx: Tx, ctx: MutationContext, action: AuditAction, phraseId: string, diff: Pick<AuditEntry, "before" | "after">) {
  return writeAudit(tx, { actorId: ctx.actor.id, action, entityType: "LessonPhrase", entityId: phraseId, ...diff, ip: ctx.ip });
}

function assertCan(ctx: MutationContext, action: "lessons.manage" | "lessons.suggest" | "lessons.review" | "lessons.practise") {
  if (!can(ctx.actor, action)) throw new AppError("forbidden", "form.forbidden");
}

export async function createLessonCourse(input: TCreateLessonCourse, ctx: MutationContext) {
  assertCan(ctx, "lessons.manage");
  return db.$transaction(async (tx) => {
    const course = await tx.lessonCourse.create({ data: input });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "lessonCourse.created",
      entityType: "LessonCourse",
      entityId: course.id,
      after: input,
      ip: ctx.ip,
    });
    return course;
  });
}

export async function createLesson(input: TCreateLesson, ctx: MutationContext) {
  assertCan(ctx, "lessons.manage");
  return db.$transaction(async (tx) => {
    const course = await tx.lessonCourse.findUnique({ where: { id: input.courseId }, include: { _count: { select: { lessons: true } } } });
    if (!course) throw new AppError("notFound", "form.notFound");
    const lesson = await tx.lesson.create({ data: { ...input, sortOrder: course._count.lessons } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "lesson.created",
      entityType: "LessonCourse",
      entityId: course.id,
      after: { lessonId: lesson.id, ...input },
      ip: ctx.ip,
    });
    return lesson;
  });
}

export async function createPhrase(input: TCreatePhrase, ctx: MutationContext) {
  assertCan(ctx, "lessons.manage");
  return db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findUnique({ where: { id: input.lessonId }, include: { _count: { select: { phrases: true } } } });
    if (!lesson) throw new AppError("notFound", "form.notFound");
    const phrase = await tx.lessonPhrase.create({
      data: { lessonId: lesson.id, meaningVi: input.meaningVi, note: input.note, sortOrder: lesson._count.phrases },
    });
    await auditPhrase(tx, ctx, "lessonPhrase.created", phrase.id, {
      after: { lessonId: lesson.id, meaningVi: input.meaningVi, note: input.note },
    });
    return phrase;
  });
}

async function loadPhrase(tx: Tx, id: string) {
  const phrase = await tx.lessonPhrase.findUnique({ where: { id } });
  if (!phrase) throw new AppError("notFound", "form.notFound");
  return phrase;
}

/** A speaker suggests the text (and a note); it shows in the lesson only once someone else approves it. */
export async function suggestPhrase(input: TSuggestPhrase, ctx: MutationContext) {
  assertCan(ctx, "lessons.suggest");
  return db.$transaction(async (tx) => {
    const phrase = await loadPhrase(tx, input.phraseId);
    const suggestion = await tx.phraseSuggestion.create({
      data: { phraseId: phrase.id, text: input.text, note: input.note, suggestedById: ctx.actor.id },
    });
    await auditPhrase(tx, ctx, "lessonPhrase.suggested", phrase.id, {
      after: { suggestionId: suggestion.id, text: input.text, note: input.note },
    });
    return suggestion;
  });
}

/** A speaker's recording (already stored by lib/storage), as a suggestion awaiting approval. */
export async function suggestRecording(phraseId: string, media: NewMediaFile, ctx: MutationContext) {
  assertCan(ctx, "lessons.suggest");
  return db.$transaction(async (tx) => {
    const phrase = await loadPhrase(tx, phraseId);
    const audio = await tx.mediaFile.create({ data: media });
    const suggestion = await tx.phraseSuggestion.create({ data: { phraseId: phrase.id, audioId: audio.id, suggestedById: ctx.actor.id } });
    await auditPhrase(tx, ctx, "lessonPhrase.suggested", phrase.id, {
      after: { suggestionId: suggestion.id, mediaId: audio.id, size: audio.size, type: audio.mimeType },
    });
    return suggestion;
  });
}

async function loadPending(tx: Tx, ctx: MutationContext, suggestionId: string) {
  const suggestion = await tx.phraseSuggestion.findUnique({ where: { id: suggestionId }, include: { phrase: true } });
  if (!suggestion) throw new AppError("notFound", "form.notFound");
  if (suggestion.state !== "PENDING") throw new AppError("conflict", "training:errors.suggestionClosed");
  // Suggest → approve takes two people: nobody approves their own words.
  if (suggestion.suggestedById === ctx.actor.id) throw new AppError("forbidden", "training:errors.ownSuggestion");
  return suggestion;
}

/** Approves a suggestion: its text, note and recording become the phrase's. */
export async function approveSuggestion(suggestionId: string, ctx: MutationContext, now = new Date()) {
  assertCan(ctx, "lessons.review");
  return db.$transaction(async (tx) => {
    const s = await loadPending(tx, ctx, suggestionId);
    const data = {
      ...(s.text !== null ? { text: s.text } : {}),
      ...(s.note !== null ? { note: s.note } : {}),
      ...(s.audioId !== null ? { audioId: s.audioId } : {}),
      approvedById: ctx.actor.id,
      approvedAt: now,
    };
    await tx.lessonPhrase.update({ where: { id: s.phraseId }, data });
    await tx.phraseSuggestion.update({ where: { id: s.id }, data: { state: "APPROVED", reviewedById: ctx.actor.id, reviewedAt: now } });
    await auditPhrase(tx, ctx, "lessonPhrase.approved", s.phraseId, {
      before: { text: s.phrase.text, note: s.phrase.note, audioId: s.phrase.audioId },
      after: { suggestionId: s.id, text: s.text, note: s.note, audioId: s.audioId },
    });
  });
}

export async function rejectSuggestion(input: { suggestionId: string; comment: string }, ctx: MutationContext, now = new Date()) {
  assertCan(ctx, "lessons.review");
  return db.$transaction(async (tx) => {
    const s = await loadPending(tx, ctx, input.suggestionId);
    await tx.phraseSuggestion.update({
      where: { id: s.id },
      data: { state: "REJECTED", reviewedById: ctx.actor.id, reviewedAt: now, reviewComment: input.comment },
    });
    await auditPhrase(tx, ctx, "lessonPhrase.rejected", s.phraseId, {
      after: { suggestionId: s.id, comment: input.comment },
    });
  });
}

/**
 * "I know it": the cadre's own progress on a phrase. Personal practice, not a change to the
 * portal's records: no audit row.
 */
export async function markPhraseKnown(phraseId: string, ctx: MutationContext, now = new Date()) {
  assertCan(ctx, "lessons.practise");
  await loadPhrase(db, phraseId);
  await db.lessonProgress.upsert({
    where: { userId_phraseId: { userId: ctx.actor.id, phraseId } },
    create: { userId: ctx.actor.id, phraseId, known: true, practisedAt: now, knownAt: now },
    update: { known: true, practisedAt: now, knownAt: now },
  });
}
