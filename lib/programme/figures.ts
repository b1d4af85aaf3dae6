import "server-only";
import { db } from "@/lib/db";
import { PROGRAMME_INDICATORS } from "./indicators";
import type { Period } from "./period";
import type { Commune, IndicatorKey, IndicatorResult, ProgrammeIndicator } from "./types";

export type IndicatorFigures = {
  key: IndicatorKey;
  unit: ProgrammeIndicator["unit"];
  target: number | null;
  defaultTarget: number | null;
  result: IndicatorResult;
};
export type ProgrammeFigures = { period: Period; communes: Commune[]; indicators: IndicatorFigures[] };

/** The province's communes, in their usual order. */
export async function programmeCommunes(): Promise<Commune[]> {
  return db.adminUnit.findMany({
    where: { level: "COMMUNE" },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/** Each indicator's target: the one an official set, else the plan's default. */
export async function programmeTargets(): Promise<Map<IndicatorKey, number | null>> {
  const saved = await db.programmeTarget.findMany();
  return new Map(PROGRAMME_INDICATORS.map((i) => [i.key, saved.find((row) => row.key === i.key)?.value ?? i.defaultTarget]));
}

/**
 * Every indicator for a period, for the province and each commune: what the programme page and
 * the periodic report both show (one computation, so the report says what the page says).
 */
export async function programmeFigures(period: Period): Promise<ProgrammeFigures> {
  const [communes, targets] = await Promise.all([programmeCommunes(), programmeTargets()]);
  const indicators: IndicatorFigures[] = [];
  // One after the other: each is a couple of queries, and the pool is small on the embedded database.
  for (const indicator of PROGRAMME_INDICATORS) {
    indicators.push({
      key: indicator.key,
      unit: indicator.unit,
      defaultTarget: indicator.defaultTarget,
      target: targets.get(indicator.key) ?? null,
      result: await indicator.measure({ period, communes }),
    });
  }
  return { period, communes, indicators };
}
