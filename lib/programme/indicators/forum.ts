import "server-only";
import { db } from "@/lib/db";
import { OVERDUE_DAYS, configuredHolidays, provinceDay, workingDaysBetween } from "@/lib/forum/working-days";
import { periodInstants } from "../period";
import type { Figure, MeasureInput, ProgrammeIndicator } from "../types";

/**
 * Questions received in the period (not rejected, not merged into another) and whether each was
 * answered within OVERDUE_DAYS (10) working days of arriving, by the question's commune.
 */
async function questions(input: MeasureInput, communeId: string | null = null) {
  const { from, to } = periodInstants(input.period);
  const holidays = configuredHolidays();
  const rows = await db.forumQuestion.findMany({
    where: { createdAt: { gte: from, lt: to }, state: { not: "REJECTED" }, mergedIntoId: null, ...(communeId ? { communeId } : {}) },
    orderBy: { createdAt: "asc" },
    select: { id: true, number: true, communeId: true, createdAt: true, answeredAt: true },
  });
  return rows.map((q) => {
    const days = q.answeredAt ? workingDaysBetween(q.createdAt, q.answeredAt, holidays) : null;
    return { ...q, days, onTime: days !== null && days <= OVERDUE_DAYS };
  });
}

export const forumAnsweredOnTime: ProgrammeIndicator = {
  key: "forumAnsweredOnTime",
  unit: "percent",
  defaultTarget: null, // the plan asks for a working forum, with no number
  async measure(input) {
    const all = await questions(input);
    const figure = (list: typeof all): Figure => ({ value: list.filter((q) => q.onTime).length, of: list.length });
    return {
      status: "measured",
      province: figure(all),
      communes: Object.fromEntries(input.communes.map((c) => [c.id, figure(all.filter((q) => q.communeId === c.id))])),
    };
  },
  async rows(input) {
    const list = await questions(input, input.communeId);
    const names = new Map(input.communes.map((c) => [c.id, c.name]));
    return {
      headings: ["rows.question", "rows.commune", "rows.received", "rows.answered", "rows.workingDays"],
      rows: list.map((q) => ({
        cells: [
          `#${q.number}`,
          names.get(q.communeId) ?? "",
          provinceDay(q.createdAt),
          q.answeredAt ? provinceDay(q.answeredAt) : "—",
          q.days === null ? "—" : String(q.days),
        ],
        counted: q.onTime,
        href: `/admin/forum/${q.id}`,
      })),
    };
  },
};
