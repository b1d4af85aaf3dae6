import type { TrainingKind, TrainingResult } from "@/lib/generated/prisma/enums";
import { MINORITY_CODES, type MinorityCode } from "@/lib/i18n/languages.mjs";

export const TRAINING_KINDS = ["ETHNIC_LANGUAGE", "IT_SKILLS", "POLICY"] as const satisfies readonly TrainingKind[];
export const TRAINING_RESULTS = ["PENDING", "COMPLETED", "NOT_COMPLETED"] as const satisfies readonly TrainingResult[];

/**
 * The minority languages a course can teach: the portal's (lib/i18n/languages.mjs); names in
 * training.json `languages`, else the language's autonym.
 */
export const TRAINING_LANGUAGES: readonly MinorityCode[] = MINORITY_CODES;
export type TrainingLanguage = MinorityCode;

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
