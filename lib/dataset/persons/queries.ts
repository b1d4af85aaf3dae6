import "server-only";
import { can, communeFilter, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The register's refusal (a read or a change out of the viewer's reach). */
export const forbidden = () => new AppError("forbidden", "form.forbidden");

/**
 * The prestigious persons register of one commune. Named persons: back office only, and a cadre
 * reads only their own commune's (refused otherwise, whatever the address asked for).
 */
export async function listPrestigiousPersons({ viewer, communeId, q }: { viewer: Actor; communeId?: string; q?: string }) {
  if (!can(viewer, "prestigiousPersons.view")) throw forbidden();
  if (communeId && !can(viewer, "prestigiousPersons.view", { communeId })) throw forbidden();
  return db.prestigiousPerson.findMany({
    where: {
      communeId: communeId ?? communeFilter(viewer, "prestigiousPersons.view"),
      name: q ? { contains: q, mode: "insensitive" } : undefined,
    },
    orderBy: [{ commune: { sortOrder: "asc" } }, { village: { sortOrder: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      role: true,
      phone: true,
      relayConsentAt: true,
      yearRecognised: true,
      groupId: true,
      villageId: true,
      communeId: true,
      group: { select: { name: true } },
      village: { select: { fullName: true } },
      commune: { select: { fullName: true } },
    },
  });
}

/** The commune of a village (for the permission check before a change). */
export async function communeOfVillage(villageId: string): Promise<string | null> {
  const village = await db.adminUnit.findFirst({ where: { id: villageId, level: "VILLAGE" }, select: { parentId: true } });
  return village?.parentId ?? null;
}

/** The commune a stored person belongs to. */
export async function communeOfPerson(id: string): Promise<string | null> {
  return (await db.prestigiousPerson.findUnique({ where: { id }, select: { communeId: true } }))?.communeId ?? null;
}
