"use server";

import { db } from "@/lib/db";
import { defineAction } from "@/lib/run-action";
import {
  addTrainingParticipant,
  addTrainingSession,
  createTrainingCourse,
  removeTrainingParticipant,
  removeTrainingSession,
  saveTrainingAttendance,
  saveTrainingPlan,
  saveTrainingResult,
  updateTrainingCourse,
} from "./mutations";
import {
  ZAddParticipant,
  ZAddSession,
  ZAttendance,
  ZCreateCourse,
  ZParticipantId,
  ZPlan,
  ZResult,
  ZSessionId,
  ZUpdateCourse,
} from "./schema";

/*
 * The pipeline checks the permission table and the course's commune (`resource`); every mutation
 * loads the rows again inside its transaction and checks the actor's scope on them. Training
 * records are never public nor cached: nothing to invalidate, the pipeline refreshes the page.
 */

const NONE = { communeId: "\u0000none" }; // a resource no one's scope holds: a missing row is refused
const courseCommune = async (id: string) => (await db.trainingCourse.findUnique({ where: { id }, select: { communeId: true } })) ?? NONE;
const sessionCommune = async (id: string) =>
  (await db.trainingSession.findUnique({ where: { id }, select: { course: { select: { communeId: true } } } }))?.course ?? NONE;
const participantCommune = async (id: string) =>
  (await db.trainingParticipant.findUnique({ where: { id }, select: { course: { select: { communeId: true } } } }))?.course ?? NONE;

export const createTrainingCourseAction = defineAction({
  permission: "training.manage",
  schema: ZCreateCourse,
  resource: (input) => ({ communeId: input.communeId }),
  run: (input, ctx) => createTrainingCourse(input, ctx),
  done: "training:messages.created",
  redirect: (course) => `/admin/training/${course.id}?done=created`,
});

export const updateTrainingCourseAction = defineAction({
  permission: "training.manage",
  schema: ZUpdateCourse,
  resource: (input) => courseCommune(input.id),
  run: (input, ctx) => updateTrainingCourse(input, ctx),
  done: "training:messages.saved",
});

export const addTrainingSessionAction = defineAction({
  permission: "training.manage",
  schema: ZAddSession,
  resource: (input) => courseCommune(input.courseId),
  run: (input, ctx) => addTrainingSession(input, ctx),
  done: "training:messages.sessionAdded",
});

export const removeTrainingSessionAction = defineAction({
  permission: "training.manage",
  schema: ZSessionId,
  resource: (input) => sessionCommune(input.sessionId),
  run: (input, ctx) => removeTrainingSession(input.sessionId, ctx),
  done: "training:messages.sessionRemoved",
});

export const addTrainingParticipantAction = defineAction({
  permission: "training.manage",
  schema: ZAddParticipant,
  resource: (input) => courseCommune(input.courseId),
  run: (input, ctx) => addTrainingParticipant(input, ctx),
  done: "training:messages.participantAdded",
});

export const removeTrainingParticipantAction = defineAction({
  permission: "training.manage",
  schema: ZParticipantId,
  resource: (input) => participantCommune(input.participantId),
  run: (input, ctx) => removeTrainingParticipant(input.participantId, ctx),
  done: "training:messages.participantRemoved",
});

export const saveTrainingAttendanceAction = defineAction({
  permission: "training.manage",
  schema: ZAttendance,
  lists: ["present"],
  resource: (input) => sessionCommune(input.sessionId),
  run: (input, ctx) => saveTrainingAttendance(input, ctx),
  done: "training:messages.attendanceSaved",
});

export const saveTrainingResultAction = defineAction({
  permission: "training.manage",
  schema: ZResult,
  resource: (input) => participantCommune(input.participantId),
  run: (input, ctx) => saveTrainingResult(input, ctx),
  done: "training:messages.resultSaved",
});

export const saveTrainingPlanAction = defineAction({
  permission: "training.plan",
  schema: ZPlan,
  resource: (input) => ({ communeId: input.communeId }),
  run: (input, ctx) => saveTrainingPlan(input, ctx),
  done: "training:messages.planSaved",
});
