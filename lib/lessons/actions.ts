"use server";

import { defineAction } from "@/lib/run-action";
import {
  approveSuggestion,
  createLesson,
  createLessonCourse,
  createPhrase,
  markPhraseKnown,
  rejectSuggestion,
  suggestPhrase,
} from "./mutations";
import { ZCreateLesson, ZCreateLessonCourse, ZCreatePhrase, ZMarkKnown, ZRejectSuggestion, ZSuggestPhrase, ZSuggestionId } from "./schema";

// Lessons are back-office only and never cached: nothing to invalidate, the pipeline refreshes the page.

export const createLessonCourseAction = defineAction({
  permission: "lessons.manage",
  schema: ZCreateLessonCourse,
  run: (input, ctx) => createLessonCourse(input, ctx),
  done: "training:messages.courseCreated",
});

export const createLessonAction = defineAction({
  permission: "lessons.manage",
  schema: ZCreateLesson,
  run: (input, ctx) => createLesson(input, ctx),
  done: "training:messages.lessonCreated",
});

export const createPhraseAction = defineAction({
  permission: "lessons.manage",
  schema: ZCreatePhrase,
  run: (input, ctx) => createPhrase(input, ctx),
  done: "training:messages.phraseCreated",
});

export const suggestPhraseAction = defineAction({
  permission: "lessons.suggest",
  schema: ZSuggestPhrase,
  run: (input, ctx) => suggestPhrase(input, ctx),
  done: "training:messages.suggested",
});

export const approveSuggestionAction = defineAction({
  permission: "lessons.review",
  schema: ZSuggestionId,
  run: (input, ctx) => approveSuggestion(input.suggestionId, ctx),
  done: "training:messages.approved",
});

export const rejectSuggestionAction = defineAction({
  permission: "lessons.review",
  schema: ZRejectSuggestion,
  run: (input, ctx) => rejectSuggestion(input, ctx),
  done: "training:messages.rejected",
});

/** "I know it", then on to the next phrase of the practice (a plain form: works without JavaScript). */
export const markPhraseKnownAction = defineAction({
  permission: "lessons.practise",
  schema: ZMarkKnown,
  run: (input, ctx) => markPhraseKnown(input.phraseId, ctx),
  done: "training:lessons.isKnown",
  redirect: (_known, input) => `/admin/lessons/${encodeURIComponent(input.lessonId)}/practise?i=${input.next}`,
});
