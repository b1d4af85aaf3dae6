import "server-only";
import { db } from "@/lib/db";
import { provinceDay } from "@/lib/forum/working-days";
import { periodInstants } from "../period";
import type { MeasureInput, ProgrammeIndicator } from "../types";

/** Library items published in the period (the library belongs to the province: no commune figure). */
function published(input: MeasureInput) {
  const { from, to } = periodInstants(input.period);
  return db.libraryItem.findMany({
    where: { state: "PUBLISHED", publishedAt: { gte: from, lt: to } },
    orderBy: { publishedAt: "asc" },
    select: { id: true, publishedAt: true, translations: { where: { locale: "vi" }, select: { title: true } } },
  });
}

export const libraryItemsAdded: ProgrammeIndicator = {
  key: "libraryItemsAdded",
  unit: "count",
  defaultTarget: null, // the plan asks for a richer library, with no number
  async measure(input) {
    return { status: "measured", province: { value: (await published(input)).length, of: null }, communes: null };
  },
  async rows(input) {
    if (input.communeId) return { headings: [], rows: [] };
    const items = await published(input);
    return {
      headings: ["rows.title", "rows.publishedAt"],
      rows: items.map((item) => ({
        cells: [item.translations[0]?.title ?? item.id, item.publishedAt ? provinceDay(item.publishedAt) : ""],
        counted: true,
        href: `/admin/library/${item.id}`,
      })),
    };
  },
};
