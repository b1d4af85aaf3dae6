"use server";

import { redirect } from "next/navigation";
import { success, type FormState } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { approveSuggestion, createLesson, createLessonCourse, createPhrase, markPhraseKnown, rejectSuggestion, suggestPhrase } from "./mutations";
import { ZCreateLesson, ZCreateLessonCourse, ZCreatePhrase, ZMarkKnown, ZRejectSuggestion, ZSuggestPhrase, ZSuggestionId } from "./schema";

export async function createLessonCourseAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "lessons.manage", schema: ZCreateLessonCourse,
    run: async (input, { viewer, ip }) => {
      await createLessonCourse(input, { actor: viewer, ip });
      return success("training:messages.courseCreated");
    },
  });
}

export async function createLessonAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "lessons.manage", schema: ZCreateLesson,
    run: async (input, { viewer, ip }) => {
      await createLesson(input, { actor: viewer, ip });
      return success("training:messages.lessonCreated");
    },
  });
}

export async function createPhraseAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "lessons.manage", schema: ZCreatePhrase,
    run: async (input, { viewer, ip }) => {
      await createPhrase(input, { actor: viewer, ip });
      return success("training:messages.phraseCreated");
    },
  });
}

export async function suggestPhraseAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "lessons.suggest", schema: ZSuggestPhrase,
    run: async (input, { viewer, ip }) => {
      await suggestPhrase(input, { actor: viewer, ip });
      return success("training:messages.suggested");
    },
  });
}

export async function approveSuggestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "lessons.review", schema: ZSuggestionId,
    run: async (input, { viewer, ip }) => {
      await approveSuggestion(input.suggestionId, { actor: viewer, ip });
      return success("training:messages.approved");
    },
  });
}

export async function rejectSuggestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "lessons.review", schema: ZRejectSuggestion,
    run: async (input, { viewer, ip }) => {
      await rejectSuggestion(input, { actor: viewer, ip });
      return success("training:messages.rejected");
    },
  });
}

/** "I know it", then on to the next phrase of the practice (a plain form: works without JavaScript). */
export async function markPhraseKnownAction(_state: FormState, formData: FormData): Promise<FormState> {
  let next: string | undefined;
  const state = await runAction({
    formData, permission: "lessons.practise", schema: ZMarkKnown,
    run: async (input, { viewer, ip }) => {
      await markPhraseKnown(input.phraseId, { actor: viewer, ip });
      next = `/admin/lessons/${encodeURIComponent(input.lessonId)}/practise?i=${input.next}`;
      return success("training:lessons.isKnown");
    },
  });
  if (state.ok && next) redirect(next);
  return state;
}
