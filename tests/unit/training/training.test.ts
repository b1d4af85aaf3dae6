import { describe, expect, it } from "vitest";
import { formatFigure } from "@/lib/programme/format";
import { currentPeriod, periodDays, periodFrom, periodInstants } from "@/lib/programme/period";
import { share } from "@/lib/programme/types";
import { ZAddParticipant, ZAttendance, ZCreateCourse } from "@/lib/training/schema";
import { isTrained, sessionsAttended } from "@/lib/training/trained";

const present = (...ids: string[]) => ids.map((sessionId) => ({ sessionId, present: true }));

describe("who counts as trained", () => {
  it("present at every session of a course with sessions", () => {
    expect(isTrained({ result: "PENDING", attendance: present("a", "b") }, ["a", "b"])).toBe(true);
    expect(isTrained({ result: "PENDING", attendance: present("a") }, ["a", "b"])).toBe(false);
    expect(
      isTrained(
        {
          result: "PENDING",
          attendance: [
            { sessionId: "a", present: true },
            { sessionId: "b", present: false },
          ],
        },
        ["a", "b"],
      ),
    ).toBe(false);
  });
  it("a course with no session trains nobody by attendance; a recorded result decides", () => {
    expect(isTrained({ result: "PENDING", attendance: [] }, [])).toBe(false);
    expect(isTrained({ result: "COMPLETED", attendance: [] }, ["a"])).toBe(true);
    expect(isTrained({ result: "NOT_COMPLETED", attendance: present("a") }, ["a"])).toBe(false);
  });
  it("attendance at a removed session does not count", () => {
    expect(sessionsAttended({ attendance: present("a", "gone") }, ["a", "b"])).toBe(1);
  });
});

describe("training forms", () => {
  const course = {
    title: "Tin học",
    kind: "IT_SKILLS",
    language: "",
    startsOn: "2026-03-02",
    endsOn: "2026-03-06",
    place: "Xã",
    trainer: "GV",
    communeId: "",
  };
  it("accepts a course and reads its dates as calendar days", () => {
    const parsed = ZCreateCourse.parse(course);
    expect(parsed.startsOn.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(parsed.communeId).toBeNull();
    expect(parsed.language).toBeNull();
  });
  it("refuses a course ending before it starts, an impossible date, a language course without its language", () => {
    expect(ZCreateCourse.safeParse({ ...course, endsOn: "2026-03-01" }).error?.issues[0]?.message).toBe("training:errors.endsBeforeStart");
    expect(ZCreateCourse.safeParse({ ...course, startsOn: "2026-02-30" }).success).toBe(false);
    expect(ZCreateCourse.safeParse({ ...course, kind: "ETHNIC_LANGUAGE" }).error?.issues[0]?.message).toBe(
      "training:errors.languageRequired",
    );
    expect(ZCreateCourse.safeParse({ ...course, kind: "ETHNIC_LANGUAGE", language: "xx" }).success).toBe(false);
  });
  it("a participant is a staff user or a name with a unit", () => {
    expect(ZAddParticipant.safeParse({ courseId: "c", userId: "u" }).success).toBe(true);
    expect(ZAddParticipant.safeParse({ courseId: "c", userId: "", name: "A", unit: "" }).success).toBe(false);
  });
  it("a register with nothing ticked is everyone absent", () => {
    expect(ZAttendance.parse({ sessionId: "s" }).present).toEqual([]);
    expect(ZAttendance.parse({ sessionId: "s", present: "a,b,a" }).present).toEqual(["a", "b"]);
  });
});

describe("programme periods and figures", () => {
  it("quarters in the province's time zone", () => {
    expect(currentPeriod(new Date("2026-12-31T17:30:00Z"))).toEqual({ year: 2027, quarter: 1 });
    expect(periodDays({ year: 2026, quarter: 4 })).toEqual({
      from: new Date("2026-10-01T00:00:00Z"),
      to: new Date("2027-01-01T00:00:00Z"),
    });
    expect(periodInstants({ year: 2026, quarter: 1 }).from.toISOString()).toBe("2025-12-31T17:00:00.000Z");
  });
  it("reads the period from the address, never failing", () => {
    const now = new Date("2026-05-10T00:00:00Z");
    expect(periodFrom({ year: "2025", q: "3" }, now)).toEqual({ year: 2025, quarter: 3 });
    expect(periodFrom({ year: "abc", q: "9" }, now)).toEqual({ year: 2026, quarter: 2 });
  });
  it("formats shares and counts; nothing to count is not 0%", () => {
    expect(formatFigure({ value: 1, of: 3 }, "vi")).toBe("1/3 (33,3%)");
    expect(formatFigure({ value: 0, of: 0 }, "vi")).toBe("0/0");
    expect(formatFigure({ value: 12, of: null }, "vi")).toBe("12");
    expect(share({ value: 0, of: 0 })).toBeNull();
  });
});
