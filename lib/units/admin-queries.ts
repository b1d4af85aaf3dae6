import "server-only";
import { communeFilter, type Action, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { communeSelect } from "./queries";

/**
 * Communes with their villages as the back office shows them: the whole province for
 * officials, only their own commune for a cadre.
 */
export async function listUnitsForViewer(viewer: Actor) {
  return db.adminUnit.findMany({
    where: { level: "COMMUNE", id: communeFilter(viewer, "units.view") },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      ...communeSelect,
      children: {
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        select: { id: true, code: true, name: true, fullName: true, slug: true, isDemo: true },
      },
    },
  });
}

type UnitLevel = "PROVINCE" | "COMMUNE" | "VILLAGE";

/** The commune a unit belongs to: itself for a commune, its parent for a village, none for the province. */
export function unitCommune(unit: { id: string; level: UnitLevel; parentId: string | null }): string | null {
  return unit.level === "COMMUNE" ? unit.id : unit.level === "VILLAGE" ? unit.parentId : null;
}

/** Renaming a village is the commune's business; a commune or the province, the province's. */
export function unitPermission(level: UnitLevel | null): Action {
  return level === "VILLAGE" ? "villages.manage" : "units.manage";
}

/** A unit's level and commune, for permission checks. */
export async function communeOfUnit(id: string): Promise<{ level: UnitLevel; communeId: string | null } | null> {
  const unit = await db.adminUnit.findUnique({ where: { id }, select: { id: true, level: true, parentId: true } });
  return unit ? { level: unit.level, communeId: unitCommune(unit) } : null;
}
