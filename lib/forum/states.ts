import type { ForumQuestionState, ForumTopic } from "@/lib/generated/prisma/enums";

export const FORUM_TOPICS = [
  "POLICY",
  "LAND",
  "HEALTH",
  "EDUCATION",
  "AGRICULTURE",
  "SOCIAL_SECURITY",
  "OTHER",
] as const satisfies readonly ForumTopic[];
export const FORUM_STATES = ["SUBMITTED", "PUBLISHED", "REJECTED", "ANSWERED", "CLOSED"] as const satisfies readonly ForumQuestionState[];

/** Question states still waiting for an answer (these can become overdue). */
export const WAITING_STATES = ["SUBMITTED", "PUBLISHED"] as const satisfies readonly ForumQuestionState[];

export type QuestionRef = {
  state: ForumQuestionState;
  publishedAt: Date | null;
  mergedIntoId: string | null;
};

export type ForumStep = "publish" | "reject" | "answer" | "editAnswer" | "close" | "merge" | "editText";

/**
 * Whether a step is allowed from the question's current state; the `errors` key of the reason
 * when it is not.
 * - publish: a question not yet public, sent or already answered privately;
 * - reject: only a question not yet public and not answered;
 * - answer: a question waiting for its answer; editAnswer: one that has it;
 * - close: an answered question; merge: a waiting question into another;
 * - editText (the published text): anything not rejected or merged.
 */
export function stepProblem(question: QuestionRef, step: ForumStep): string | null {
  if (question.mergedIntoId) return "forum:errors.merged";
  const { state } = question;
  const ok = {
    publish: !question.publishedAt && (state === "SUBMITTED" || state === "ANSWERED" || state === "CLOSED"),
    reject: state === "SUBMITTED",
    answer: state === "SUBMITTED" || state === "PUBLISHED",
    editAnswer: state === "ANSWERED" || state === "CLOSED",
    close: state === "ANSWERED",
    merge: state === "SUBMITTED" || state === "PUBLISHED",
    editText: state !== "REJECTED",
  }[step];
  return ok ? null : "forum:errors.wrongState";
}

/** Public: made public by a moderator, not merged away, not rejected. */
export function isPublic(question: QuestionRef): boolean {
  return question.publishedAt !== null && question.mergedIntoId === null && question.state !== "REJECTED";
}

/** The question's display status for the asker (tracking page) and staff. */
export function displayState(question: QuestionRef): ForumQuestionState | "MERGED" {
  return question.mergedIntoId ? "MERGED" : question.state;
}
