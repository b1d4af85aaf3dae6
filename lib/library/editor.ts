import { can, type Actor } from "@/lib/auth/permissions";
import { canSubmit, libraryEditProblem } from "@/lib/library/policy";
import type { LibraryItemState } from "@/lib/generated/prisma/enums";

type EditorItemRef = { authorId: string | null; state: LibraryItemState };

/**
 * What the library editor shows this viewer for this item: whether files, text and settings are
 * editable, and which review steps are offered. A contributor edits and submits their own draft;
 * a reviewer edits anything, publishes, returns a submitted item and unpublishes. Pure; the
 * actions check the same rules on the stored row.
 */
export function libraryEditorDecisions(item: EditorItemRef, viewer: Actor & { id: string }) {
  const reviewer = can(viewer, "library.publish");
  return {
    editable: libraryEditProblem(viewer, item) === null,
    /** Reviewers publish directly, so they are not offered "submit for review". */
    submit: item.state === "DRAFT" && canSubmit(viewer, item) && !reviewer,
    publish: reviewer && item.state !== "PUBLISHED",
    return: reviewer && item.state === "IN_REVIEW",
    unpublish: reviewer && item.state === "PUBLISHED",
    publicLink: item.state === "PUBLISHED",
    history: can(viewer, "audit.view"),
  };
}
