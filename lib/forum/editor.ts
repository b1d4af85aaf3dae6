import { can, type Actor } from "@/lib/auth/permissions";
import { isPublic, stepProblem, type ForumStep, type QuestionRef } from "@/lib/forum/states";

/** The steps the question page announces after a redirect (`?done=…`). */
export const FORUM_DONE = [
  "submitted",
  "published",
  "rejected",
  "textEdited",
  "assigned",
  "merged",
  "noteAdded",
  "helpRequested",
  "answered",
  "answerEdited",
  "closed",
] as const;

const STEPS = ["publish", "reject", "answer", "editAnswer", "close", "merge", "editText"] as const satisfies readonly ForumStep[];

/**
 * What the back office shows this viewer for this question: moderation (publish or edit the
 * public text, reject, merge) and assignment for moderators; the answer form, closing, notes and
 * "ask for help" for whoever answers. Pure; the actions check the same steps on the stored row.
 */
export function forumEditorDecisions(question: QuestionRef & { answer: unknown; helpRequestedAt: Date | null }, viewer: Actor) {
  const moderator = can(viewer, "forum.moderate");
  const allowed = Object.fromEntries(STEPS.map((step) => [step, stepProblem(question, step) === null])) as Record<ForumStep, boolean>;
  const hasAnswer = Boolean(question.answer);
  return {
    moderator,
    /** The state allows each step (moderation forms also need `moderator`). */
    allowed,
    moderation: moderator && (allowed.publish || allowed.editText || allowed.reject || allowed.merge),
    assign: moderator && !question.mergedIntoId,
    /** Until the question is public, the answer goes to the asker only: say so above it. */
    privateAnswer: !question.publishedAt && question.state !== "REJECTED",
    answerForm: allowed.answer || (allowed.editAnswer && hasAnswer),
    /** A commune answerer may ask the province for help once. */
    askHelp: !moderator && allowed.answer && !question.helpRequestedAt,
    publicLink: isPublic(question),
    history: can(viewer, "audit.view"),
  };
}
