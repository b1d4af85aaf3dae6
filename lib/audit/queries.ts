import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditFilters } from "./schema";

export const AUDIT_PAGE_SIZE = 50;

/** Midnight in Vietnam (UTC+7, no daylight saving) of a yyyy-mm-dd day, as an instant. */
function startOfDayInVietnam(day: string, plusDays = 0): Date {
  const date = new Date(`${day}T00:00:00+07:00`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

/** The audit log, newest first, filtered by actor, entity and days (inclusive). Administrators only. */
export async function listAuditEntries({ viewer, filters }: { viewer: Actor; filters: TAuditFilters }) {
  if (!can(viewer, "audit.view")) throw new AppError("forbidden", "form.forbidden");
  const where: Prisma.AuditLogWhereInput = {
    actorId: filters.actorId,
    entityType: filters.entityType,
    entityId: filters.entityId,
    createdAt: {
      gte: filters.from ? startOfDayInVietnam(filters.from) : undefined,
      lt: filters.to ? startOfDayInVietnam(filters.to, 1) : undefined,
    },
  };
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  return { total, entries, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Choices for the filters: people who appear in the log and the kinds of entity. */
export async function auditFilterOptions(viewer: Actor) {
  if (!can(viewer, "audit.view")) throw new AppError("forbidden", "form.forbidden");
  const [actors, types] = await Promise.all([
    db.user.findMany({ where: { auditEntries: { some: {} } }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { actors, entityTypes: types.map((row) => row.entityType) };
}
