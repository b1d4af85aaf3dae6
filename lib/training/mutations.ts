import "server-only";
import { changedFields, writeAudit, type AuditAction, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCommune } from "@/lib/units/checks";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayString } from "./catalog";
import type { TAddParticipant, TAddSession, TAttendance, TCreateCourse, TPlan, TResult, TUpdateCourse } from "./schema";

/** The commune a course or participant is attached to must be a commune. */
const COMMUNE_INVALID = { message: "training:errors.communeInvalid" };

/** Who changes training records, and from where (for the audit row). */

type Course = { id: string; communeId: string | null };

/**
 * Checks, inside the transaction, that the actor may manage this course: a cadre only their own
 * commune's, whatever the form said.
 */
function assertManages(ctx: MutationContext, course: Course) {
  if (!can(ctx.actor, "training.manage", { communeId: course.communeId })) throw new AppError("forbidden", "form.forbidden");
}

async function loadCourse(tx: Tx, id: string) {
  const course = await tx.trainingCourse.findUnique({ where: { id } });
  if (!course) throw new AppError("notFound", "form.notFound");
  return course;
}

async function audit(
  tx: Tx,
  ctx: MutationContext,
  action: AuditAction,
  courseId: string,
  data: { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue },
) {
  await writeAudit(tx, { actorId: ctx.actor.id, action, entityType: "TrainingCourse", entityId: courseId, ...data, ip: ctx.ip });
}

function courseData(input: TCreateCourse) {
  return {
    title: input.title,
    kind: input.kind,
    language: input.kind === "ETHNIC_LANGUAGE" ? input.language : null,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    place: input.place,
    trainer: input.trainer,
    communeId: input.communeId,
  };
}
const forLog = (data: ReturnType<typeof courseData>) => ({ ...data, startsOn: dayString(data.startsOn), endsOn: dayString(data.endsOn) });

export async function createTrainingCourse(input: TCreateCourse, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const data = courseData(input);
    assertManages(ctx, { id: "", communeId: data.communeId });
    await assertCommune(tx, data.communeId, COMMUNE_INVALID);
    const course = await tx.trainingCourse.create({ data: { ...data, createdById: ctx.actor.id } });
    await audit(tx, ctx, "trainingCourse.created", course.id, { after: forLog(data) });
    return course;
  });
}

/** Edits a course; moving it to another commune needs the right to both. */
export async function updateTrainingCourse(input: TUpdateCourse, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const before = await loadCourse(tx, input.id);
    assertManages(ctx, before);
    const data = courseData(input);
    assertManages(ctx, { id: before.id, communeId: data.communeId });
    await assertCommune(tx, data.communeId, COMMUNE_INVALID);
    const diff = changedFields(forLog({ ...before, language: before.language as typeof data.language }), forLog(data));
    if (!diff.changed) return before;
    const course = await tx.trainingCourse.update({ where: { id: before.id }, data });
    await audit(tx, ctx, "trainingCourse.updated", course.id, diff);
    return course;
  });
}

export async function addTrainingSession(input: TAddSession, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const course = await loadCourse(tx, input.courseId);
    assertManages(ctx, course);
    if (input.date < course.startsOn || input.date > course.endsOn)
      throw new AppError("invalid", "training:errors.sessionOutside", undefined, "date");
    const session = await tx.trainingSession.create({ data: { courseId: course.id, date: input.date, topic: input.topic } });
    await audit(tx, ctx, "trainingCourse.sessionAdded", course.id, {
      after: { sessionId: session.id, date: dayString(input.date), topic: input.topic },
    });
    return session;
  });
}

export async function removeTrainingSession(sessionId: string, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const session = await tx.trainingSession.findUnique({ where: { id: sessionId }, include: { course: true } });
    if (!session) throw new AppError("notFound", "form.notFound");
    assertManages(ctx, session.course);
    await tx.trainingSession.delete({ where: { id: session.id } });
    await audit(tx, ctx, "trainingCourse.sessionRemoved", session.courseId, {
      before: { sessionId, date: dayString(session.date), topic: session.topic },
    });
  });
}

/**
 * Adds a staff user (name, unit and commune from their account) or a person entered by name,
 * unit and commune. A cadre adds only people of their own commune.
 */
export async function addTrainingParticipant(input: TAddParticipant, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const course = await loadCourse(tx, input.courseId);
    assertManages(ctx, course);
    let person: { userId: string | null; name: string; unit: string; communeId: string | null };
    if (input.userId) {
      const user = await tx.user.findUnique({ where: { id: input.userId }, include: { commune: { select: { fullName: true } } } });
      if (!user?.active) throw new AppError("invalid", "training:errors.userInvalid", undefined, "userId");
      const taken = await tx.trainingParticipant.findUnique({ where: { courseId_userId: { courseId: course.id, userId: user.id } } });
      if (taken) throw new AppError("conflict", "training:errors.alreadyParticipant", undefined, "userId");
      person = { userId: user.id, name: user.name, unit: input.unit ?? user.commune?.fullName ?? "", communeId: user.communeId };
    } else {
      await assertCommune(tx, input.communeId, COMMUNE_INVALID);
      person = { userId: null, name: input.name ?? "", unit: input.unit ?? "", communeId: input.communeId };
    }
    if (!can(ctx.actor, "training.manage", { communeId: person.communeId }))
      throw new AppError("forbidden", "training:errors.participantOutsideScope", undefined, input.userId ? "userId" : "communeId");
    const participant = await tx.trainingParticipant.create({ data: { courseId: course.id, ...person } });
    await audit(tx, ctx, "trainingCourse.participantAdded", course.id, { after: { participantId: participant.id, ...person } });
    return participant;
  });
}

async function loadParticipant(tx: Tx, id: string) {
  const participant = await tx.trainingParticipant.findUnique({ where: { id }, include: { course: true } });
  if (!participant) throw new AppError("notFound", "form.notFound");
  return participant;
}

export async function removeTrainingParticipant(participantId: string, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const participant = await loadParticipant(tx, participantId);
    assertManages(ctx, participant.course);
    await tx.trainingParticipant.delete({ where: { id: participant.id } });
    await audit(tx, ctx, "trainingCourse.participantRemoved", participant.courseId, {
      before: { participantId, name: participant.name, unit: participant.unit, communeId: participant.communeId },
    });
  });
}

/** One session's register: everyone ticked is present, every other participant absent. */
export async function saveTrainingAttendance(input: TAttendance, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const session = await tx.trainingSession.findUnique({
      where: { id: input.sessionId },
      include: { course: { include: { participants: { select: { id: true } } } } },
    });
    if (!session) throw new AppError("notFound", "form.notFound");
    assertManages(ctx, session.course);
    const ids = session.course.participants.map((p) => p.id);
    // A ticked id that is not this course's participant is a forged form: nothing is written.
    if (input.present.some((id) => !ids.includes(id))) throw new AppError("invalid", "form.badRequest");
    const present = new Set(input.present);
    await tx.trainingAttendance.deleteMany({ where: { sessionId: session.id } });
    if (ids.length)
      await tx.trainingAttendance.createMany({
        data: ids.map((participantId) => ({ sessionId: session.id, participantId, present: present.has(participantId) })),
      });
    await audit(tx, ctx, "trainingCourse.attendanceSaved", session.courseId, {
      after: { sessionId: session.id, present: [...present], absent: ids.filter((id) => !present.has(id)) },
    });
  });
}

export async function saveTrainingResult(input: TResult, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const participant = await loadParticipant(tx, input.participantId);
    assertManages(ctx, participant.course);
    const diff = changedFields(participant, { result: input.result, resultNote: input.resultNote });
    if (!diff.changed) return;
    await tx.trainingParticipant.update({ where: { id: participant.id }, data: { result: input.result, resultNote: input.resultNote } });
    await audit(tx, ctx, "trainingCourse.resultSaved", participant.courseId, {
      before: { participantId: participant.id, ...(diff.before as object) },
      after: { participantId: participant.id, ...(diff.after as object) },
    });
  });
}

/** A commune's target for a year and kind (0 removes nothing: it is a target of zero). */
export async function saveTrainingPlan(input: TPlan, ctx: MutationContext) {
  if (!can(ctx.actor, "training.plan", { communeId: input.communeId })) throw new AppError("forbidden", "form.forbidden");
  return db.$transaction(async (tx) => {
    await assertCommune(tx, input.communeId, COMMUNE_INVALID);
    const key = { year: input.year, communeId: input.communeId, kind: input.kind };
    const before = await tx.trainingPlan.findUnique({ where: { year_communeId_kind: key } });
    if (before?.target === input.target) return before;
    const plan = await tx.trainingPlan.upsert({
      where: { year_communeId_kind: key },
      create: { ...key, target: input.target },
      update: { target: input.target },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "trainingPlan.saved",
      entityType: "TrainingPlan",
      entityId: plan.id,
      before: before ? { ...key, target: before.target } : undefined,
      after: { ...key, target: input.target },
      ip: ctx.ip,
    });
    return plan;
  });
}
