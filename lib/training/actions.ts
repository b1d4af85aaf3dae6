"use server";

import { redirect } from "next/navigation";
import { success, type FormState } from "@/lib/action-result";
import { db } from "@/lib/db";
import { runAction } from "@/lib/run-action";
import {
  addTrainingParticipant, addTrainingSession, createTrainingCourse, removeTrainingParticipant, removeTrainingSession, saveTrainingAttendance,
  saveTrainingPlan, saveTrainingResult, updateTrainingCourse,
} from "./mutations";
import { ZAddParticipant, ZAddSession, ZAttendance, ZCreateCourse, ZParticipantId, ZPlan, ZResult, ZSessionId, ZUpdateCourse } from "./schema";

/*
 * runAction checks the permission table and the course's commune (`resource`); every mutation
 * loads the rows again inside its transaction and checks the actor's scope on them.
 */

const NONE = { communeId: "\u0000none" }; // a resource no one's scope holds: a missing row is refused
const courseCommune = async (id: string) => (await db.trainingCourse.findUnique({ where: { id }, select: { communeId: true } })) ?? NONE;
const sessionCommune = async (id: string) => (await db.trainingSession.findUnique({ where: { id }, select: { course: { select: { communeId: true } } } }))?.course ?? NONE;
const participantCommune = async (id: string) => (await db.trainingParticipant.findUnique({ where: { id }, select: { course: { select: { communeId: true } } } }))?.course ?? NONE;

export async function createTrainingCourseAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData, permission: "training.manage", schema: ZCreateCourse,
    resource: (input) => ({ communeId: input.communeId }),
    run: async (input, { viewer, ip }) => {
      id = (await createTrainingCourse(input, { actor: viewer, ip })).id;
      return success("training:messages.created");
    },
  });
  if (state.ok && id) redirect(`/admin/training/${id}?done=created`);
  return state;
}

export async function updateTrainingCourseAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "training.manage", schema: ZUpdateCourse,
    resource: (input) => courseCommune(input.id),
    run: async (input, { viewer, ip }) => {
      await updateTrainingCourse(input, { actor: viewer, ip });
      return success("training:messages.saved");
    },
  });
}

export async function addTrainingSessionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "training.manage", schema: ZAddSession,
    resource: (input) => courseCommune(input.courseId),
    run: async (input, { viewer, ip }) => {
      await addTrainingSession(input, { actor: viewer, ip });
      return success("training:messages.sessionAdded");
    },
  });
}

export async function removeTrainingSessionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "training.manage", schema: ZSessionId,
    resource: (input) => sessionCommune(input.sessionId),
    run: async (input, { viewer, ip }) => {
      await removeTrainingSession(input.sessionId, { actor: viewer, ip });
      return success("training:messages.sessionRemoved");
    },
  });
}

export async function addTrainingParticipantAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "training.manage", schema: ZAddParticipant,
    resource: (input) => courseCommune(input.courseId),
    run: async (input, { viewer, ip }) => {
      await addTrainingParticipant(input, { actor: viewer, ip });
      return success("training:messages.participantAdded");
    },
  });
}

export async function removeTrainingParticipantAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "training.manage", schema: ZParticipantId,
    resource: (input) => participantCommune(input.participantId),
    run: async (input, { viewer, ip }) => {
      await removeTrainingParticipant(input.participantId, { actor: viewer, ip });
      return success("training:messages.participantRemoved");
    },
  });
}

export async function saveTrainingAttendanceAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "training.manage", schema: ZAttendance, lists: ["present"],
    resource: (input) => sessionCommune(input.sessionId),
    run: async (input, { viewer, ip }) => {
      await saveTrainingAttendance(input, { actor: viewer, ip });
      return success("training:messages.attendanceSaved");
    },
  });
}

export async function saveTrainingResultAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "training.manage", schema: ZResult,
    resource: (input) => participantCommune(input.participantId),
    run: async (input, { viewer, ip }) => {
      await saveTrainingResult(input, { actor: viewer, ip });
      return success("training:messages.resultSaved");
    },
  });
}

export async function saveTrainingPlanAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "training.plan", schema: ZPlan,
    resource: (input) => ({ communeId: input.communeId }),
    run: async (input, { viewer, ip }) => {
      await saveTrainingPlan(input, { actor: viewer, ip });
      return success("training:messages.planSaved");
    },
  });
}
