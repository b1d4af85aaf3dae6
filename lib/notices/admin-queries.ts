import "server-only";
import { can, communeFilter, type Actor } from "@/lib/auth/permissions";
import { adminListPage } from "@/lib/admin-list";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canManageNotice } from "./policy";
import { activeWhere } from "./queries";
import type { TAdminNoticeFilters } from "./schema";

const ADMIN_PAGE_SIZE = 30;

/** What a viewer may see in the back office: everything, or their own commune's notices. */
function scopeOf(viewer: Actor): Prisma.NoticeWhereInput | null {
  if (!can(viewer, "notices.manage")) return null;
  return { communeId: communeFilter(viewer, "notices.manage") };
}

function statusWhere(status: NonNullable<TAdminNoticeFilters["status"]>, now: Date): Prisma.NoticeWhereInput {
  switch (status) {
    case "DRAFT":
      return { state: "DRAFT" };
    case "ACTIVE":
      return activeWhere(now);
    case "EXPIRED":
      return { state: "ISSUED", msgType: { not: "CANCEL" }, allClear: false, expiresAt: { lte: now } };
    case "CANCELLED":
      return { state: "ISSUED", msgType: "CANCEL" };
    case "ALL_CLEAR":
      return { state: "ISSUED", allClear: true };
  }
}

/** The back-office list: current versions and drafts (superseded versions are history), newest first. */
export async function listNoticesForViewer({
  viewer,
  filters,
  now = new Date(),
}: {
  viewer: Actor;
  filters: TAdminNoticeFilters;
  now?: Date;
}) {
  const scope = scopeOf(viewer);
  if (!scope) return { total: 0, notices: [], pageCount: 1 };
  const where: Prisma.NoticeWhereInput = {
    AND: [
      scope,
      { state: { not: "SUPERSEDED" }, category: filters.category },
      filters.issuedBy ? { issuedByCadre: true, issuedAt: { gte: new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000) } } : {},
      filters.status ? statusWhere(filters.status, now) : {},
      filters.communeId
        ? {
            OR: [
              { communeId: filters.communeId },
              { areas: { some: { unit: { OR: [{ id: filters.communeId }, { parentId: filters.communeId }] } } } },
            ],
          }
        : {},
    ],
  };
  const { rows: notices, ...page } = await adminListPage(filters.page, ADMIN_PAGE_SIZE, (window) => [
    db.notice.count({ where }),
    db.notice.findMany({
      where,
      ...window,
      select: {
        id: true,
        seriesId: true,
        version: true,
        state: true,
        msgType: true,
        allClear: true,
        severity: true,
        category: true,
        provinceWide: true,
        expiresAt: true,
        issuedAt: true,
        updatedAt: true,
        issuedByCadre: true,
        commune: { select: { fullName: true } },
        issuedBy: { select: { name: true } },
        translations: { select: { locale: true, headline: true }, orderBy: { locale: "asc" } },
      },
    }),
  ]);
  return { ...page, notices };
}

/** One version for the editor, or null when it does not exist or is out of the viewer's reach. */
export async function getNoticeForEditor({ viewer, id }: { viewer: Actor; id: string }) {
  const notice = await db.notice.findUnique({
    where: { id },
    include: {
      translations: { include: { audio: true }, orderBy: { locale: "asc" } },
      areas: { include: { unit: { select: { id: true, level: true, fullName: true, parentId: true } } } },
      author: { select: { name: true } },
      issuedBy: { select: { name: true } },
      supersededBy: { select: { id: true, state: true } },
      supersedes: { select: { id: true, version: true } },
    },
  });
  if (!notice || !canManageNotice(viewer, notice)) return null;
  return notice;
}
export type EditorNotice = NonNullable<Awaited<ReturnType<typeof getNoticeForEditor>>>;

/**
 * The admin-unit tree the area picker offers: every commune with its villages for officials,
 * only their own commune for a cadre.
 */
export async function areaTreeFor(viewer: Actor) {
  return db.adminUnit.findMany({
    where: { level: "COMMUNE", id: communeFilter(viewer, "notices.manage") },
    select: {
      id: true,
      fullName: true,
      children: { where: { level: "VILLAGE" }, select: { id: true, fullName: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] },
    },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}
export type AreaTree = Awaited<ReturnType<typeof areaTreeFor>>;

/** For the officials' dashboard: notices communes issued themselves in the last 7 days. */
export async function countIssuedByCommunes(now = new Date()): Promise<number> {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000);
  return db.notice.count({ where: { issuedByCadre: true, issuedAt: { gte: weekAgo } } });
}
