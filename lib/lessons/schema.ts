import { z } from "zod";
import { ZId, optionalText, requiredText } from "@/lib/text/fields";
import { TRAINING_LANGUAGES } from "@/lib/training/catalog";

export const LESSON_SITUATIONS = ["GREETINGS", "HEALTH_STATION", "FLOOD_WARNING", "EXPLAINING_POLICY", "OTHER"] as const;

export const ZCreateLessonCourse = z.object({
  language: z.enum(TRAINING_LANGUAGES, { error: "training:errors.languageInvalid" }),
  title: requiredText(200, "training:errors.titleRequired", "training:errors.titleTooLong"),
  description: optionalText(1000, "training:errors.noteTooLong"),
});
export type TCreateLessonCourse = z.infer<typeof ZCreateLessonCourse>;

export const ZCreateLesson = z.object({
  courseId: ZId,
  situation: z.enum(LESSON_SITUATIONS, { error: "training:errors.situationInvalid" }),
  title: requiredText(200, "training:errors.titleRequired", "training:errors.titleTooLong"),
});
export type TCreateLesson = z.infer<typeof ZCreateLesson>;

/** The Vietnamese side of a phrase: written by the committee, never the language text. */
export const ZCreatePhrase = z.object({
  lessonId: ZId,
  meaningVi: requiredText(500, "training:errors.meaningRequired", "training:errors.meaningTooLong"),
  note: optionalText(500, "training:errors.noteTooLong"),
});
export type TCreatePhrase = z.infer<typeof ZCreatePhrase>;

/** A speaker's suggestion of the text in the language (a recording comes by upload). */
export const ZSuggestPhrase = z.object({
  phraseId: ZId,
  text: requiredText(500, "training:errors.textRequired", "training:errors.textTooLong"),
  note: optionalText(500, "training:errors.noteTooLong"),
});
export type TSuggestPhrase = z.infer<typeof ZSuggestPhrase>;

export const ZSuggestionId = z.object({ suggestionId: ZId });
export const ZRejectSuggestion = z.object({
  suggestionId: ZId,
  comment: requiredText(500, "training:errors.commentRequired", "training:errors.noteTooLong"),
});

/** "I know it" on a phrase of the practice, and where the practice goes next. */
export const ZMarkKnown = z.object({
  lessonId: ZId,
  phraseId: ZId,
  next: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/)
    .transform(Number),
});
