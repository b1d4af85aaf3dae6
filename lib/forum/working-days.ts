import { TIME_ZONE } from "@/lib/format";

/** Waiting more than this many working days: overdue; more than VERY_OVERDUE_DAYS: very overdue. */
export const OVERDUE_DAYS = 10;
export const VERY_OVERDUE_DAYS = 20;

export type Overdue = "onTime" | "overdue" | "veryOverdue";

/**
 * Public holidays that fall on fixed solar dates (Labour Code 2019, art. 112): New Year, 30/4,
 * 1/5, National Day 2/9. Tết and the Hùng Kings' day follow the lunar calendar and the extra day
 * around 2/9 is set each year: add those dates (YYYY-MM-DD) with FORUM_HOLIDAYS.
 */
const FIXED_HOLIDAYS = ["01-01", "04-30", "05-01", "09-02"];

/** The extra holidays from FORUM_HOLIDAYS ("2027-02-05,2027-02-06,…"). */
export function configuredHolidays(value = process.env.FORUM_HOLIDAYS): Set<string> {
  return new Set(
    (value ?? "")
      .split(",")
      .map((day) => day.trim())
      .filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day)),
  );
}

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day of an instant in the province (YYYY-MM-DD). */
export function provinceDay(date: Date): string {
  return dayFormat.format(date);
}

function isWorkingDay(day: string, holidays: Set<string>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !FIXED_HOLIDAYS.includes(day.slice(5)) && !holidays.has(day);
}

/**
 * Working days (Monday–Friday, not a holiday, in the province's time zone) after the day of
 * `from` up to and including the day of `to`: a question sent on a Friday has waited 1 working
 * day on Monday, whatever the hour.
 */
export function workingDaysBetween(from: Date, to: Date, holidays: Set<string> = configuredHolidays()): number {
  const start = provinceDay(from);
  const end = provinceDay(to);
  if (end <= start) return 0;
  let count = 0;
  const cursor = new Date(`${start}T00:00:00Z`);
  // Bounded: a question a few years old is a thousand iterations at most.
  for (let i = 0; i < 20_000; i++) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    const day = cursor.toISOString().slice(0, 10);
    if (day > end) break;
    if (isWorkingDay(day, holidays)) count++;
  }
  return count;
}

/** How late an answer is: only questions still waiting for one can be late. */
export function overdueState(waitingSince: Date, now: Date, holidays?: Set<string>): Overdue {
  const days = workingDaysBetween(waitingSince, now, holidays);
  if (days > VERY_OVERDUE_DAYS) return "veryOverdue";
  if (days > OVERDUE_DAYS) return "overdue";
  return "onTime";
}
