import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

type AreaInput = { provinceWide: boolean; unitIds: string[] };
type Reader = Pick<Tx, "adminUnit">;

/**
 * Checks a chosen area against the admin-unit tree and works out its scope: every id must be a
 * commune or a village; a village whose commune is chosen too is covered by it. `communeId` is
 * the one commune the whole area lies in (the cadre's reach), null for the province or several.
 */
export async function resolveArea(tx: Reader, input: AreaInput): Promise<{ communeId: string | null; unitIds: string[] }> {
  if (input.provinceWide) return { communeId: null, unitIds: [] };
  const ids = [...new Set(input.unitIds)];
  const units = await tx.adminUnit.findMany({ where: { id: { in: ids } }, select: { id: true, level: true, parentId: true } });
  if (units.length !== ids.length || units.length === 0 || units.some((unit) => unit.level === "PROVINCE")) {
    throw new AppError("invalid", "notices:errors.areaInvalid", undefined, "area");
  }
  const communeOf = (unit: (typeof units)[number]) => (unit.level === "COMMUNE" ? unit.id : unit.parentId!);
  const chosenCommunes = new Set(units.filter((unit) => unit.level === "COMMUNE").map((unit) => unit.id));
  const kept = units.filter((unit) => unit.level === "COMMUNE" || !chosenCommunes.has(unit.parentId!));
  const communes = new Set(kept.map(communeOf));
  return { communeId: communes.size === 1 ? [...communes][0]! : null, unitIds: kept.map((unit) => unit.id) };
}
