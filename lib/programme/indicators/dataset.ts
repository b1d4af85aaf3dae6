import "server-only";
import { db } from "@/lib/db";
import type { Figure, MeasureInput, ProgrammeIndicator } from "../types";

/**
 * Completeness of the dataset for the year before the period's: for each commune, how many of
 * the indicators have at least one figure for that year (entered for the commune or a village).
 */
async function coverage(input: MeasureInput) {
  const year = input.period.year - 1;
  const [indicators, present] = await Promise.all([
    db.indicator.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, code: true, translations: { where: { locale: "vi" }, select: { name: true } } },
    }),
    db.observation.groupBy({ by: ["communeId", "indicatorId"], where: { year, communeId: { in: input.communes.map((c) => c.id) } } }),
  ]);
  return { year, indicators, present: new Set(present.map((p) => `${p.communeId}:${p.indicatorId}`)) };
}

export const datasetCompleteness: ProgrammeIndicator = {
  key: "datasetCompleteness",
  unit: "percent",
  defaultTarget: 100, // KH 64: a complete minority dataset
  async measure(input) {
    const { indicators, present } = await coverage(input);
    const communes: Record<string, Figure> = Object.fromEntries(
      input.communes.map((c) => [c.id, { value: indicators.filter((i) => present.has(`${c.id}:${i.id}`)).length, of: indicators.length }]),
    );
    const total = Object.values(communes).reduce((sum, f) => sum + f.value, 0);
    return { status: "measured", province: { value: total, of: indicators.length * input.communes.length }, communes };
  },
  async rows(input) {
    const { year, indicators, present } = await coverage(input);
    const communes = input.communeId ? input.communes.filter((c) => c.id === input.communeId) : input.communes;
    return {
      headings: ["rows.commune", "rows.indicator", "rows.hasFigure"],
      rows: communes.flatMap((c) =>
        indicators.map((i) => {
          const has = present.has(`${c.id}:${i.id}`);
          return {
            cells: [c.name, `${i.code} · ${i.translations[0]?.name ?? ""}`, has ? "✓" : "—"],
            counted: has,
            href: `/admin/data?year=${year}&communeId=${c.id}`,
          };
        }),
      ),
    };
  },
};
