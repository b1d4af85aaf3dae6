import type { LibraryItemState } from "@/lib/generated/prisma/enums";

/**
 * The workflow: a contributor submits a draft; a reviewer returns it (with a comment) or
 * publishes it; a published item can be taken back to draft (unpublished). Each is an action.
 */
export const LIBRARY_TRANSITIONS = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW" },
  return: { from: ["IN_REVIEW"], to: "DRAFT" },
  publish: { from: ["DRAFT", "IN_REVIEW"], to: "PUBLISHED" },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT" },
} as const satisfies Record<string, { from: readonly LibraryItemState[]; to: LibraryItemState }>;
export type LibraryTransition = keyof typeof LIBRARY_TRANSITIONS;

/** Outcomes shown by the editor after a step (`?done=`), as `library:admin.done.<key>`. */
export const LIBRARY_DONE = ["submitted", "returned", "published", "unpublished"] as const;

/**
 * Why `transition` cannot happen now (an `errors` key), or null. Publishing needs the
 * Vietnamese description and at least one file.
 */
export function libraryTransitionProblem(
  item: { state: LibraryItemState; hasVietnamese: boolean; fileCount: number },
  transition: LibraryTransition,
): string | null {
  const allowed: readonly LibraryItemState[] = LIBRARY_TRANSITIONS[transition].from;
  if (!allowed.includes(item.state)) return "library.wrongState";
  if (transition === "publish" && !item.hasVietnamese) return "library.vietnameseRequired";
  if ((transition === "publish" || transition === "submit") && item.fileCount === 0) return "library.fileRequired";
  return null;
}
