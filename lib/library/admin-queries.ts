import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const PAGE = 30;

/**
 * The back-office list: reviewers see every item; a contributor only their own (server-side,
 * in the query itself).
 */
export async function listLibraryForAdmin(
  viewer: Actor & { id: string },
  filters: { state?: "DRAFT" | "IN_REVIEW" | "PUBLISHED"; mine?: string; page: number },
) {
  const reviewer = can(viewer, "library.publish");
  const where: Prisma.LibraryItemWhereInput = {
    state: filters.state,
    authorId: !reviewer || filters.mine ? viewer.id : undefined,
  };
  const [total, items] = await Promise.all([
    db.libraryItem.count({ where }),
    db.libraryItem.findMany({
      where,
      select: {
        id: true,
        type: true,
        state: true,
        access: true,
        updatedAt: true,
        itemLanguages: true,
        author: { select: { name: true } },
        translations: { where: { locale: "vi" }, select: { title: true } },
        _count: { select: { files: true } },
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * PAGE,
      take: PAGE,
    }),
  ]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / PAGE)) };
}

/** One item for the editor, or null when the viewer may not see it (another cadre's item). */
export async function getLibraryItemForEditor(viewer: Actor & { id: string }, id: string) {
  const item = await db.libraryItem.findUnique({
    where: { id },
    include: {
      translations: { orderBy: { locale: "asc" } },
      files: { orderBy: { sortOrder: "asc" }, include: { media: true } },
      groups: { select: { id: true } },
      author: { select: { name: true } },
    },
  });
  if (!item) return null;
  if (!can(viewer, "library.publish") && item.authorId !== viewer.id) return null;
  return item;
}

/** Ethnic groups for the editor's checkboxes. */
export async function listGroupsForEditor() {
  return db.ethnicGroup.findMany({ select: { id: true, name: true, slug: true }, orderBy: { sortOrder: "asc" } });
}
