import type { TrainingKind, TrainingResult } from "@/lib/generated/prisma/enums";

export const TRAINING_KINDS = ["ETHNIC_LANGUAGE", "IT_SKILLS", "POLICY"] as const satisfies readonly TrainingKind[];
export const TRAINING_RESULTS = ["PENDING", "COMPLETED", "NOT_COMPLETED"] as const satisfies readonly TrainingResult[];

/**
 * The minority languages a course can teach (ISO 639-3; names in training.json `languages`).
 * A language added later is one line here and one name per locale file.
 */
export const TRAINING_LANGUAGES = ["tyz", "ium", "hmn"] as const;
export type TrainingLanguage = (typeof TRAINING_LANGUAGES)[number];

export function isTrainingLanguage(value: string | null | undefined): value is TrainingLanguage {
  return (TRAINING_LANGUAGES as readonly string[]).includes(value ?? "");
}

/** A date column (`@db.Date`) as the YYYY-MM-DD of a date input. */
export function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first and the day after the last day of a year, for `endsOn` filters. */
export function yearRange(year: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}
