import { describe, expect, it } from "vitest";
import {
  OVERDUE_DAYS,
  VERY_OVERDUE_DAYS,
  configuredHolidays,
  overdueState,
  provinceDay,
  workingDaysBetween,
} from "@/lib/forum/working-days";

/** An instant given in the province's time (UTC+7). */
const at = (local: string) => new Date(`${local}+07:00`);
const none = new Set<string>();

describe("working days (Monday–Friday, Asia/Ho_Chi_Minh)", () => {
  it("counts the days after the day of sending, up to today", () => {
    // Monday 2026-11-02 → Monday 2026-11-09: Tue, Wed, Thu, Fri, Mon.
    expect(workingDaysBetween(at("2026-11-02T09:00:00"), at("2026-11-09T08:00:00"), none)).toBe(5);
    expect(workingDaysBetween(at("2026-11-02T09:00:00"), at("2026-11-02T23:59:00"), none)).toBe(0);
  });

  it("a question sent on Friday evening has waited one working day on Monday", () => {
    expect(workingDaysBetween(at("2026-11-06T21:00:00"), at("2026-11-09T07:00:00"), none)).toBe(1);
  });

  it("weekends do not count", () => {
    expect(workingDaysBetween(at("2026-11-06T10:00:00"), at("2026-11-08T10:00:00"), none)).toBe(0);
  });

  it("uses the province's calendar day, not UTC's", () => {
    // 2026-11-06 23:30 UTC is already Saturday 06:30 in the province.
    expect(provinceDay(new Date("2026-11-06T23:30:00Z"))).toBe("2026-11-07");
    expect(workingDaysBetween(new Date("2026-11-06T23:30:00Z"), at("2026-11-09T08:00:00"), none)).toBe(1);
  });

  it("skips the fixed public holidays and configured ones", () => {
    // Thu 2026-04-30 and Fri 2026-05-01 are holidays: Wed 29/4 → Mon 4/5 is 1 working day.
    expect(workingDaysBetween(at("2026-04-29T10:00:00"), at("2026-05-04T10:00:00"), none)).toBe(1);
    // Tết is configured (lunar dates change every year).
    const tet = configuredHolidays("2027-02-08, 2027-02-09,2027-02-10,bad,2027-02-11");
    expect(tet.size).toBe(4);
    expect(workingDaysBetween(at("2027-02-05T10:00:00"), at("2027-02-12T10:00:00"), tet)).toBe(1);
  });
});

describe("overdue states", () => {
  const sent = at("2026-11-02T09:00:00"); // a Monday
  it(`is on time up to ${OVERDUE_DAYS} working days`, () => {
    // Two weeks later (Mon 16/11) = 10 working days.
    expect(workingDaysBetween(sent, at("2026-11-16T09:00:00"), none)).toBe(10);
    expect(overdueState(sent, at("2026-11-16T09:00:00"), none)).toBe("onTime");
  });
  it(`is overdue after ${OVERDUE_DAYS} and very overdue after ${VERY_OVERDUE_DAYS}`, () => {
    expect(overdueState(sent, at("2026-11-17T09:00:00"), none)).toBe("overdue");
    expect(workingDaysBetween(sent, at("2026-11-30T09:00:00"), none)).toBe(20);
    expect(overdueState(sent, at("2026-11-30T09:00:00"), none)).toBe("overdue");
    expect(overdueState(sent, at("2026-12-01T09:00:00"), none)).toBe("veryOverdue");
  });
  it("fourteen calendar days over two weekends is not yet overdue; a holiday pushes it back", () => {
    expect(overdueState(at("2026-04-27T09:00:00"), at("2026-05-12T09:00:00"), none)).toBe("onTime");
  });
});
