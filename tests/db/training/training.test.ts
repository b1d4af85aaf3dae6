/**
 * Training records, the programme's figures and the periodic report on the real database: each
 * mutation writes its audit row in its own transaction (a refused one writes neither), plan versus
 * done follows attendance, and the report carries exactly the programme's figures.
 */
import JSZip from "jszip";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";
import { makeQuestion } from "../forum/fixtures";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

const { addTrainingParticipant, addTrainingSession, createTrainingCourse, saveTrainingAttendance, saveTrainingPlan } =
  await import("@/lib/training/mutations");
const { planVersusDone } = await import("@/lib/training/queries");
const { programmeFigures } = await import("@/lib/programme/figures");
const { reportContent } = await import("@/lib/programme/report-content");
const { reportDocx } = await import("@/lib/programme/report-docx");
const { reportPdf } = await import("@/lib/programme/report-pdf");
const { formatFigure } = await import("@/lib/programme/format");

const period = { year: 2026, quarter: 2 as const };

describe("training records and the programme", () => {
  let own: string;
  let ctx: { actor: Awaited<ReturnType<typeof userByEmail>>; ip: string };
  let courseId: string;
  beforeAll(async () => {
    await resetDatabase();
    await seedBase();
    own = (await communeBySlug("minh-dan")).id;
    ctx = { actor: await userByEmail("official@demo.local"), ip: "203.0.113.9" };
  });

  it("creates a course, its sessions and participants, each with its audit row", async () => {
    const course = await createTrainingCourse(
      {
        title: "Tin học cơ bản",
        kind: "IT_SKILLS",
        language: null,
        startsOn: new Date("2026-05-04"),
        endsOn: new Date("2026-05-05"),
        place: "Xã",
        trainer: "GV",
        communeId: own,
      },
      ctx,
    );
    courseId = course.id;
    for (const day of ["2026-05-04", "2026-05-05"]) await addTrainingSession({ courseId, date: new Date(day), topic: null }, ctx);
    const cadre = await userByEmail("cadre.minhdan@demo.local");
    await addTrainingParticipant({ courseId, userId: cadre.id, name: null, unit: null, communeId: null }, ctx);
    await expect(
      addTrainingParticipant({ courseId, userId: cadre.id, name: null, unit: null, communeId: null }, ctx),
    ).rejects.toMatchObject({ userMessage: "training:errors.alreadyParticipant" });
    const actions = (await db.auditLog.findMany({ where: { entityId: courseId }, orderBy: { createdAt: "asc" } })).map((row) => row.action);
    expect(actions).toEqual([
      "trainingCourse.created",
      "trainingCourse.sessionAdded",
      "trainingCourse.sessionAdded",
      "trainingCourse.participantAdded",
    ]);
    await expect(addTrainingSession({ courseId, date: new Date("2026-06-01"), topic: null }, ctx)).rejects.toMatchObject({
      userMessage: "training:errors.sessionOutside",
    });
  });

  it("a forged register writes nothing, not even its audit row", async () => {
    const session = await db.trainingSession.findFirstOrThrow({ where: { courseId } });
    const audits = await db.auditLog.count();
    await expect(saveTrainingAttendance({ sessionId: session.id, present: ["not-a-participant"] }, ctx)).rejects.toMatchObject({
      userMessage: "form.badRequest",
    });
    expect(await db.trainingAttendance.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("present at both sessions: trained, counted against the plan, on the programme and in the report", async () => {
    const participant = await db.trainingParticipant.findFirstOrThrow({ where: { courseId } });
    const sessions = await db.trainingSession.findMany({ where: { courseId } });
    await saveTrainingAttendance({ sessionId: sessions[0]!.id, present: [participant.id] }, ctx);
    const official = await userByEmail("official@demo.local");
    expect((await planVersusDone(official, 2026)).find((r) => r.communeId === own)?.byKind.IT_SKILLS).toEqual({ target: null, done: 0 });
    await saveTrainingAttendance({ sessionId: sessions[1]!.id, present: [participant.id] }, ctx);
    await saveTrainingPlan({ year: 2026, communeId: own, kind: "IT_SKILLS", target: 4 }, ctx);
    expect((await planVersusDone(official, 2026)).find((r) => r.communeId === own)?.byKind.IT_SKILLS).toEqual({ target: 4, done: 1 });

    // A forum question of the quarter answered the same day: on time.
    await makeQuestion({ communeId: own, state: "ANSWERED", answer: "Trả lời", createdAt: new Date("2026-05-04T03:00:00Z") });
    await db.forumQuestion.updateMany({ data: { answeredAt: new Date("2026-05-06T03:00:00Z") } });

    // Two prestigious persons of Minh Dân (test rows), one of whom confirmed a relayed notice in the quarter.
    const group = await db.ethnicGroup.findFirstOrThrow();
    const village = await db.adminUnit.findFirstOrThrow({ where: { parentId: own } });
    const registered = new Date("2026-01-05T03:00:00Z");
    const [told] = await Promise.all(
      ["Người có uy tín thử A", "Người có uy tín thử B"].map((name) =>
        db.prestigiousPerson.create({
          data: {
            name,
            groupId: group.id,
            villageId: village.id,
            communeId: own,
            role: "Già làng",
            yearRecognised: 2025,
            createdAt: registered,
          },
        }),
      ),
    );
    await db.relayDelivery.create({
      data: {
        personId: told!.id,
        communeId: own,
        subjectType: "Notice",
        subjectId: "test-notice",
        sentAt: new Date("2026-05-05T03:00:00Z"),
        receivedAt: new Date("2026-05-05T05:00:00Z"),
      },
    });

    const figures = await programmeFigures(period);
    const byKey = Object.fromEntries(figures.indicators.map((i) => [i.key, i]));
    expect(byKey.cadresTrained!.result).toMatchObject({ status: "measured", province: { value: 1, of: 4 } });
    expect(byKey.cadresTrained!.result.status === "measured" && byKey.cadresTrained!.result.communes?.[own]).toEqual({ value: 1, of: 4 });
    expect(byKey.forumAnsweredOnTime!.result).toMatchObject({ status: "measured", province: { value: 1, of: 1 } });
    expect(byKey.prestigiousInformed!.result).toMatchObject({ status: "measured", province: { value: 1, of: 2 } });
    expect(byKey.prestigiousInformed!.result.status === "measured" && byKey.prestigiousInformed!.result.communes?.[own]).toEqual({
      value: 1,
      of: 2,
    });
    // No article has a speaker's translation in the test database: measured, and zero.
    expect(byKey.minorityContentShare!.result).toMatchObject({ status: "measured", communes: null });
    expect(byKey.minorityContentShare!.result.parts?.map((part) => part.figure.value)).toEqual([0, 0, 0]);
    expect(byKey.prestigiousInformed!.target).toBe(100);

    const content = await reportContent(period, "vi", new Date("2026-06-30T03:00:00Z"));
    const zip = await JSZip.loadAsync(await reportDocx(content));
    const text = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, " ");
    expect(text).toContain("ngày 30 tháng 06 năm 2026");
    expect(text).toContain(formatFigure({ value: 1, of: 4 }, "vi"));
    const pdf = await PDFDocument.load(await reportPdf(content));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
  });
});
