import "server-only";
import { reachOf, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/**
 * Communes with their villages as the back office shows them: the whole province for
 * officials, only their own commune for a cadre.
 */
export async function listUnitsForViewer(viewer: Actor) {
  const reach = reachOf(viewer, "units.view");
  if (!reach) return [];
  return db.adminUnit.findMany({
    where: { level: "COMMUNE", id: reach === "all" ? undefined : (viewer.communeId ?? "-") },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true, code: true, name: true, fullName: true, slug: true, isDemo: true,
      children: {
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        select: { id: true, code: true, name: true, fullName: true, slug: true, isDemo: true },
      },
    },
  });
}

/** The commune a unit belongs to (itself for a commune), for permission checks. */
export async function communeOfUnit(id: string): Promise<{ level: "PROVINCE" | "COMMUNE" | "VILLAGE"; communeId: string | null } | null> {
  const unit = await db.adminUnit.findUnique({ where: { id }, select: { id: true, level: true, parentId: true } });
  if (!unit) return null;
  const communeId = unit.level === "COMMUNE" ? unit.id : unit.level === "VILLAGE" ? unit.parentId : null;
  return { level: unit.level, communeId };
}
