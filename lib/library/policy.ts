import { can, type Actor } from "@/lib/auth/permissions";
import type { LibraryAccess, LibraryItemState } from "@/lib/generated/prisma/enums";

type ItemRef = { state: LibraryItemState; authorId: string | null };

/**
 * May `viewer` change this item's description, files and settings? Reviewers (library.publish)
 * edit any item; a contributor (a commune cadre) only their own drafts: once submitted it is the
 * reviewer's. Returns the `errors` key of the broken rule, or null.
 */
export function libraryEditProblem(viewer: (Actor & { id: string }) | null, item: ItemRef): string | null {
  if (!viewer || !can(viewer, "library.contribute")) return "form.forbidden";
  if (can(viewer, "library.publish")) return null;
  if (item.authorId !== viewer.id) return "form.forbidden";
  if (item.state !== "DRAFT") return "library.lockedForReview";
  return null;
}

/** May `viewer` submit this draft for review (its author, or a reviewer)? */
export function canSubmit(viewer: (Actor & { id: string }) | null, item: ItemRef): boolean {
  if (!viewer || !can(viewer, "library.contribute")) return false;
  return can(viewer, "library.publish") || item.authorId === viewer.id;
}

/**
 * May `viewer` receive a file of this item? Published PUBLIC items: anyone. Published COMMUNITY
 * items: signed-in staff only. Unpublished items: those who may edit them or review them.
 */
export function canReadFile(viewer: (Actor & { id: string }) | null, item: ItemRef & { access: LibraryAccess }): boolean {
  if (item.state === "PUBLISHED") return item.access === "PUBLIC" || can(viewer, "library.restrictedFiles");
  if (!viewer) return false;
  return can(viewer, "library.publish") || item.authorId === viewer.id;
}
