import "server-only";
import { db } from "@/lib/db";
import { dayString } from "@/lib/training/catalog";
import { trainedParticipants } from "@/lib/training/queries";
import { periodDays } from "../period";
import type { Figure, MeasureInput, ProgrammeIndicator } from "../types";

/** From 1 January to the end of the period: "this year" as of the period. */
function yearToDate(input: MeasureInput) {
  return { from: new Date(Date.UTC(input.period.year, 0, 1)), to: periodDays(input.period).to };
}

/**
 * People trained (lib/training/trained.ts) in courses ending this year up to the end of the
 * period, against the sum of the year's plan (every kind of training), by the person's commune.
 */
export const cadresTrained: ProgrammeIndicator = {
  key: "cadresTrained",
  unit: "percent",
  defaultTarget: 100, // KH 64: train cadres every year — 100% of the yearly plan
  async measure(input) {
    const ids = input.communes.map((c) => c.id);
    const [trained, plans] = await Promise.all([
      trainedParticipants({ ...yearToDate(input), communeIds: ids }),
      db.trainingPlan.groupBy({ by: ["communeId"], where: { year: input.period.year, communeId: { in: ids } }, _sum: { target: true } }),
    ]);
    const target = (id: string) => plans.find((p) => p.communeId === id)?._sum.target ?? 0;
    const communes: Record<string, Figure> = Object.fromEntries(
      input.communes.map((c) => [c.id, { value: trained.filter((t) => t.communeId === c.id).length, of: target(c.id) }]),
    );
    return {
      status: "measured",
      province: { value: trained.length, of: plans.reduce((sum, p) => sum + (p._sum.target ?? 0), 0) },
      communes,
    };
  },
  async rows(input) {
    const ids = input.communeId ? [input.communeId] : input.communes.map((c) => c.id);
    const trained = await trainedParticipants({ ...yearToDate(input), communeIds: ids });
    const names = new Map(input.communes.map((c) => [c.id, c.name]));
    return {
      headings: ["rows.name", "rows.commune", "rows.course", "rows.endsOn"],
      rows: trained.map((t) => ({
        cells: [t.name, t.communeId ? (names.get(t.communeId) ?? "") : "", t.courseTitle, dayString(t.endsOn)],
        counted: true,
        href: `/admin/training/${t.courseId}`,
      })),
    };
  },
};
