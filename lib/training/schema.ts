import { z } from "zod";
import { ZCheckboxList, ZId, ZOptionalId, optionalText, requiredText } from "@/lib/text/fields";
import { TRAINING_KINDS, TRAINING_LANGUAGES, TRAINING_RESULTS } from "./catalog";

/** A date input's value (YYYY-MM-DD) as the UTC midnight a `@db.Date` column stores. */
const day = (error: string) =>
  z
    .string({ error })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error })
    .transform((value, ctx) => {
      const date = new Date(`${value}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: error });
        return z.NEVER;
      }
      return date;
    });

/** A whole number typed in a form. */
const int = (min: number, max: number, error: string) =>
  z.string({ error }).trim().regex(/^\d+$/, { error }).transform(Number).pipe(z.number().int().min(min, { error }).max(max, { error }));

/** Several checkboxes of one name (participants), at most 500. */
const list = ZCheckboxList.pipe(z.array(z.string().max(40)).max(500));

const courseShape = {
  title: requiredText(200, "training:errors.titleRequired", "training:errors.titleTooLong"),
  kind: z.enum(TRAINING_KINDS, { error: "training:errors.kindInvalid" }),
  language: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(z.enum(TRAINING_LANGUAGES, { error: "training:errors.languageInvalid" }).nullable()),
  startsOn: day("training:errors.dateInvalid"),
  endsOn: day("training:errors.dateInvalid"),
  place: requiredText(300, "training:errors.placeRequired", "training:errors.placeTooLong"),
  trainer: requiredText(200, "training:errors.trainerRequired", "training:errors.trainerTooLong"),
  /** The organising commune; empty: the province. */
  communeId: ZOptionalId,
};

type CourseFields = { kind: string; language: string | null; startsOn: Date; endsOn: Date };
const courseRules = (value: CourseFields, ctx: z.RefinementCtx) => {
  if (value.endsOn < value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "training:errors.endsBeforeStart" });
  if (value.kind === "ETHNIC_LANGUAGE" && !value.language)
    ctx.addIssue({ code: "custom", path: ["language"], message: "training:errors.languageRequired" });
};

export const ZCreateCourse = z.object(courseShape).superRefine(courseRules);
export type TCreateCourse = z.infer<typeof ZCreateCourse>;

export const ZUpdateCourse = z.object({ id: ZId, ...courseShape }).superRefine(courseRules);
export type TUpdateCourse = z.infer<typeof ZUpdateCourse>;

export const ZAddSession = z.object({
  courseId: ZId,
  date: day("training:errors.dateInvalid"),
  topic: optionalText(300, "training:errors.topicTooLong"),
});
export type TAddSession = z.infer<typeof ZAddSession>;

export const ZSessionId = z.object({ sessionId: ZId });

/** A staff user (`userId`), or a person entered by name, unit and commune. */
export const ZAddParticipant = z
  .object({
    courseId: ZId,
    userId: ZOptionalId,
    name: optionalText(200, "training:errors.nameTooLong"),
    unit: optionalText(200, "training:errors.unitTooLong"),
    communeId: ZOptionalId,
  })
  .superRefine((value, ctx) => {
    if (value.userId) return;
    if (!value.name) ctx.addIssue({ code: "custom", path: ["name"], message: "training:errors.nameRequired" });
    if (!value.unit) ctx.addIssue({ code: "custom", path: ["unit"], message: "training:errors.unitRequired" });
  });
export type TAddParticipant = z.infer<typeof ZAddParticipant>;

export const ZParticipantId = z.object({ participantId: ZId });

/** One session's register: the ids of the participants present (ticked boxes). */
export const ZAttendance = z.object({ sessionId: ZId, present: list });
export type TAttendance = z.infer<typeof ZAttendance>;

export const ZResult = z.object({
  participantId: ZId,
  result: z.enum(TRAINING_RESULTS, { error: "training:errors.resultInvalid" }),
  resultNote: optionalText(500, "training:errors.noteTooLong"),
});
export type TResult = z.infer<typeof ZResult>;

export const ZPlan = z.object({
  year: int(2000, 2100, "training:errors.yearInvalid"),
  communeId: ZId,
  kind: z.enum(TRAINING_KINDS, { error: "training:errors.kindInvalid" }),
  target: int(0, 100_000, "training:errors.targetInvalid"),
});
export type TPlan = z.infer<typeof ZPlan>;

/** The list's filters, from the address: never an error. */
export const ZTrainingFilters = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
