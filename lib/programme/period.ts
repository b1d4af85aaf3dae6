import { z } from "zod";
import { provinceDay } from "@/lib/forum/working-days";

/** A quarter of a year. The province's clock is UTC+7 all year (no daylight saving). */
export type Period = { year: number; quarter: 1 | 2 | 3 | 4 };

const OFFSET_MS = 7 * 3600 * 1000;

export function currentPeriod(now = new Date()): Period {
  const day = provinceDay(now);
  return { year: Number(day.slice(0, 4)), quarter: (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as Period["quarter"] };
}

/** The period from the address (`?year=2026&q=4`), the current quarter by default. */
export const ZPeriodParams = z.object({
  year: z.coerce.number().int().min(2019).max(2100).optional().catch(undefined),
  q: z.coerce.number().int().min(1).max(4).optional().catch(undefined),
});

export function periodFrom(params: unknown, now = new Date()): Period {
  const parsed = ZPeriodParams.parse(params ?? {});
  const current = currentPeriod(now);
  return { year: parsed.year ?? current.year, quarter: (parsed.q ?? (parsed.year ? 4 : current.quarter)) as Period["quarter"] };
}

/** Calendar days of the quarter as UTC midnights (for `@db.Date` columns): [from, to). */
export function periodDays(period: Period): { from: Date; to: Date } {
  const month = (period.quarter - 1) * 3;
  return { from: new Date(Date.UTC(period.year, month, 1)), to: new Date(Date.UTC(period.year, month + 3, 1)) };
}

/** The quarter as instants in the province (for timestamps): [from, to). */
export function periodInstants(period: Period): { from: Date; to: Date } {
  const days = periodDays(period);
  return { from: new Date(days.from.getTime() - OFFSET_MS), to: new Date(days.to.getTime() - OFFSET_MS) };
}

export function periodQuery(period: Period): string {
  return `year=${period.year}&q=${period.quarter}`;
}
