/**
 * Authorization of running the plan (issue 17) over the real server actions and database, in the
 * shape of tests/db/authorization.test.ts: every action × role (and anonymous) × own/other
 * commune; a refused action changes nothing. A cadre sees and edits only their own commune's
 * training records; lesson content is shaped by officials, suggested by anyone in the back
 * office and approved by a second person; the programme's targets are the officials'.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "./helpers";

const state = vi.hoisted(() => ({ viewer: null as Viewer | null, official: "" }));

vi.mock("@/lib/auth/session", () => ({ getViewer: async () => state.viewer, startSession: async () => {}, endSession: async () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.4" }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T,>(fn: T) => fn }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("notFound");
  },
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url });
  },
}));

const training = await import("@/lib/training/actions");
const lessons = await import("@/lib/lessons/actions");
const programme = await import("@/lib/programme/actions");
const { getTrainingCourse, listTrainingCourses } = await import("@/lib/training/queries");
const certificateRoute = await import("@/app/admin/training/[id]/certificate/[participantId]/route");
const { seedDemoLessons } = await import("@/prisma/seed/lessons");

type Role = "ADMIN" | "OFFICIAL" | "COMMUNE_CADRE" | "ANONYMOUS";
const ROLES: Role[] = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE", "ANONYMOUS"];
const EMAIL = { ADMIN: "admin@demo.local", OFFICIAL: "official@demo.local", COMMUNE_CADRE: "cadre.minhdan@demo.local" } as const;
const STAFF: Role[] = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"];
const OFFICE: Role[] = ["ADMIN", "OFFICIAL"];

type Ids = {
  own: string; other: string;
  ownCourse: string; otherCourse: string; provinceCourse: string;
  ownSession: string; otherSession: string;
  ownParticipant: string; otherParticipant: string;
  lessonCourse: string; lesson: string; phrase: string; cadreSuggestion: string; officialSuggestion: string;
};
type Action = (s: FormState, f: FormData) => Promise<FormState>;
type Case = { name: string; action: Action; form: (ids: Ids) => Record<string, string>; allowed: Role[]; audited?: false };

const course = (communeId: string, title = "Lớp kiểm thử") => ({
  title, kind: "IT_SKILLS", language: "", startsOn: "2026-03-02", endsOn: "2026-03-06", place: "Hội trường", trainer: "Giảng viên", communeId,
});

const CASES: Case[] = [
  { name: "create a course (own commune)", action: training.createTrainingCourseAction, allowed: STAFF, form: (ids) => course(ids.own) },
  { name: "create a course (other commune)", action: training.createTrainingCourseAction, allowed: OFFICE, form: (ids) => course(ids.other) },
  { name: "create a province course", action: training.createTrainingCourseAction, allowed: OFFICE, form: () => course("") },
  { name: "edit a course (own commune)", action: training.updateTrainingCourseAction, allowed: STAFF, form: (ids) => ({ id: ids.ownCourse, ...course(ids.own, "Đã sửa") }) },
  { name: "edit a course (other commune)", action: training.updateTrainingCourseAction, allowed: OFFICE, form: (ids) => ({ id: ids.otherCourse, ...course(ids.other, "Đã sửa") }) },
  { name: "edit a province course", action: training.updateTrainingCourseAction, allowed: OFFICE, form: (ids) => ({ id: ids.provinceCourse, ...course("", "Đã sửa") }) },
  { name: "add a session (own commune)", action: training.addTrainingSessionAction, allowed: STAFF, form: (ids) => ({ courseId: ids.ownCourse, date: "2026-03-04", topic: "" }) },
  { name: "add a session (other commune)", action: training.addTrainingSessionAction, allowed: OFFICE, form: (ids) => ({ courseId: ids.otherCourse, date: "2026-03-04", topic: "" }) },
  { name: "remove a session (own commune)", action: training.removeTrainingSessionAction, allowed: STAFF, form: (ids) => ({ sessionId: ids.ownSession }) },
  { name: "remove a session (other commune)", action: training.removeTrainingSessionAction, allowed: OFFICE, form: (ids) => ({ sessionId: ids.otherSession }) },
  { name: "add a participant by name (own commune)", action: training.addTrainingParticipantAction, allowed: STAFF,
    form: (ids) => ({ courseId: ids.ownCourse, userId: "", name: "Người kiểm thử", unit: "UBND xã", communeId: ids.own }) },
  { name: "add a participant (other commune's course)", action: training.addTrainingParticipantAction, allowed: OFFICE,
    form: (ids) => ({ courseId: ids.otherCourse, userId: "", name: "Người kiểm thử", unit: "UBND xã", communeId: ids.other }) },
  { name: "take attendance (own commune)", action: training.saveTrainingAttendanceAction, allowed: STAFF, form: (ids) => ({ sessionId: ids.ownSession, present: ids.ownParticipant }) },
  { name: "take attendance (other commune)", action: training.saveTrainingAttendanceAction, allowed: OFFICE, form: (ids) => ({ sessionId: ids.otherSession, present: ids.otherParticipant }) },
  { name: "record a result (own commune)", action: training.saveTrainingResultAction, allowed: STAFF, form: (ids) => ({ participantId: ids.ownParticipant, result: "COMPLETED", resultNote: "" }) },
  { name: "record a result (other commune)", action: training.saveTrainingResultAction, allowed: OFFICE, form: (ids) => ({ participantId: ids.otherParticipant, result: "COMPLETED", resultNote: "" }) },
  { name: "remove a participant (own commune)", action: training.removeTrainingParticipantAction, allowed: STAFF, form: (ids) => ({ participantId: ids.ownParticipant }) },
  { name: "remove a participant (other commune)", action: training.removeTrainingParticipantAction, allowed: OFFICE, form: (ids) => ({ participantId: ids.otherParticipant }) },
  { name: "set the plan (own commune)", action: training.saveTrainingPlanAction, allowed: OFFICE, form: (ids) => ({ year: "2026", communeId: ids.own, kind: "IT_SKILLS", target: "4" }) },
  { name: "create a language course", action: lessons.createLessonCourseAction, allowed: OFFICE, form: () => ({ language: "tyz", title: "Khóa kiểm thử", description: "" }) },
  { name: "add a lesson", action: lessons.createLessonAction, allowed: OFFICE, form: (ids) => ({ courseId: ids.lessonCourse, situation: "OTHER", title: "Bài kiểm thử" }) },
  { name: "add a phrase (Vietnamese side)", action: lessons.createPhraseAction, allowed: OFFICE, form: (ids) => ({ lessonId: ids.lesson, meaningVi: "Câu kiểm thử", note: "" }) },
  { name: "suggest a phrase", action: lessons.suggestPhraseAction, allowed: STAFF, form: (ids) => ({ phraseId: ids.phrase, text: "[test string, not a real phrase]", note: "" }) },
  { name: "approve a cadre's suggestion", action: lessons.approveSuggestionAction, allowed: OFFICE, form: (ids) => ({ suggestionId: ids.cadreSuggestion }) },
  { name: "return a cadre's suggestion", action: lessons.rejectSuggestionAction, allowed: OFFICE, form: (ids) => ({ suggestionId: ids.cadreSuggestion, comment: "Chưa đúng" }) },
  { name: "mark a phrase known (own progress)", action: lessons.markPhraseKnownAction, allowed: STAFF, audited: false, form: (ids) => ({ lessonId: ids.lesson, phraseId: ids.phrase, next: "1" }) },
  { name: "change a programme target", action: programme.saveProgrammeTargetAction, allowed: OFFICE, form: () => ({ key: "libraryItemsAdded", value: "40" }) },
];

async function fingerprint() {
  const rows = await Promise.all([
    db.auditLog.count(),
    db.trainingCourse.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, communeId: true } }),
    db.trainingSession.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
    db.trainingParticipant.findMany({ orderBy: { id: "asc" }, select: { id: true, result: true, communeId: true } }),
    db.trainingAttendance.findMany({ orderBy: [{ sessionId: "asc" }, { participantId: "asc" }] }),
    db.trainingPlan.findMany({ orderBy: { id: "asc" } }),
    db.lessonCourse.count(), db.lesson.count(),
    db.lessonPhrase.findMany({ orderBy: { id: "asc" }, select: { id: true, text: true, audioId: true } }),
    db.phraseSuggestion.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true } }),
    db.lessonProgress.findMany({ orderBy: [{ userId: "asc" }, { phraseId: "asc" }], select: { userId: true, phraseId: true, known: true } }),
    db.programmeTarget.findMany(),
  ]);
  return JSON.stringify(rows);
}

async function invoke(action: Action, fields: Record<string, string> | [string, string][]): Promise<FormState> {
  const form = new FormData();
  for (const [key, value] of Array.isArray(fields) ? fields : Object.entries(fields)) form.append(key, value);
  try {
    return await action({}, form);
  } catch (error) {
    if ((error as { redirectTo?: string }).redirectTo) return { ok: true };
    throw error;
  }
}

async function seedTraining(): Promise<Ids> {
  await resetDatabase();
  await seedBase();
  await seedDemoLessons(db);
  const own = (await communeBySlug("minh-dan")).id;
  const other = (await communeBySlug("thuong-lam")).id;
  const make = async (communeId: string | null) => {
    const c = await db.trainingCourse.create({
      data: { title: "Lớp có sẵn", kind: "IT_SKILLS", startsOn: new Date("2026-03-02"), endsOn: new Date("2026-03-06"), place: "Xã", trainer: "GV", communeId },
    });
    const session = await db.trainingSession.create({ data: { courseId: c.id, date: new Date("2026-03-03") } });
    const participant = await db.trainingParticipant.create({ data: { courseId: c.id, name: "Học viên", unit: "UBND xã", communeId } });
    return { id: c.id, session: session.id, participant: participant.id };
  };
  const [ownCourse, otherCourse, provinceCourse] = [await make(own), await make(other), await make(null)];
  const phrase = await db.lessonPhrase.findFirstOrThrow({ orderBy: { createdAt: "asc" }, include: { lesson: true } });
  const cadre = await userByEmail(EMAIL.COMMUNE_CADRE);
  const official = await userByEmail(EMAIL.OFFICIAL);
  const suggestion = (userId: string) => db.phraseSuggestion.create({ data: { phraseId: phrase.id, text: "[test string, not a real phrase]", suggestedById: userId } });
  return {
    own, other,
    ownCourse: ownCourse.id, otherCourse: otherCourse.id, provinceCourse: provinceCourse.id,
    ownSession: ownCourse.session, otherSession: otherCourse.session,
    ownParticipant: ownCourse.participant, otherParticipant: otherCourse.participant,
    lessonCourse: phrase.lesson.courseId, lesson: phrase.lessonId, phrase: phrase.id,
    cadreSuggestion: (await suggestion(cadre.id)).id, officialSuggestion: (await suggestion(official.id)).id,
  };
}

describe("training authorization matrix (server actions × roles × communes)", () => {
  let ids: Ids;
  beforeEach(async () => {
    ids = await seedTraining();
  });

  for (const testCase of CASES) {
    for (const role of ROLES) {
      const allowed = testCase.allowed.includes(role);
      it(`${testCase.name} · ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
        state.viewer = role === "ANONYMOUS" ? null : await userByEmail(EMAIL[role]);
        const before = await fingerprint();
        const result = await invoke(testCase.action, testCase.form(ids));
        if (allowed) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          expect(await fingerprint()).not.toBe(before);
          if (testCase.audited !== false) expect(await db.auditLog.count({ where: { actorId: state.viewer!.id } })).toBeGreaterThan(0);
        } else {
          expect(result).toMatchObject({ ok: false, code: "forbidden", formError: "form.forbidden" });
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }
});

describe("training: crafted requests and reads", () => {
  let ids: Ids;
  beforeAll(async () => {
    ids = await seedTraining();
  });

  for (const testCase of CASES.filter((c) => c.allowed.includes("COMMUNE_CADRE"))) {
    it(`${testCase.name} · COMMUNE_CADRE · every field twice → bad request`, async () => {
      state.viewer = await userByEmail(EMAIL.COMMUNE_CADRE);
      const twin = new Map([[ids.own, ids.other], [ids.ownCourse, ids.otherCourse], [ids.ownSession, ids.otherSession], [ids.ownParticipant, ids.otherParticipant]]);
      const fields = Object.entries(testCase.form(ids));
      const before = await fingerprint();
      expect(await invoke(testCase.action, [...fields, ...fields.map(([k, v]): [string, string] => [k, twin.get(v) ?? v])])).toMatchObject({ ok: false, formError: "form.badRequest" });
      expect(await fingerprint()).toBe(before);
    });
  }

  const CRAFTED: { name: string; role: Exclude<Role, "ANONYMOUS">; action: Action; form: (ids: Ids) => Record<string, string> }[] = [
    { name: "move the own course to another commune", role: "COMMUNE_CADRE", action: training.updateTrainingCourseAction, form: (ids) => ({ id: ids.ownCourse, ...course(ids.other) }) },
    { name: "make the own course a province course", role: "COMMUNE_CADRE", action: training.updateTrainingCourseAction, form: (ids) => ({ id: ids.ownCourse, ...course("") }) },
    { name: "enrol a person of another commune in the own course", role: "COMMUNE_CADRE", action: training.addTrainingParticipantAction,
      form: (ids) => ({ courseId: ids.ownCourse, userId: "", name: "Người xã khác", unit: "UBND xã", communeId: ids.other }) },
    { name: "enrol a province official in the own course", role: "COMMUNE_CADRE", action: training.addTrainingParticipantAction,
      form: (ids) => ({ courseId: ids.ownCourse, userId: state.official, name: "", unit: "", communeId: "" }) },
    { name: "mark another commune's participant present in the own session", role: "COMMUNE_CADRE", action: training.saveTrainingAttendanceAction,
      form: (ids) => ({ sessionId: ids.ownSession, present: ids.otherParticipant }) },
    { name: "an official approves their own suggestion", role: "OFFICIAL", action: lessons.approveSuggestionAction, form: (ids) => ({ suggestionId: ids.officialSuggestion }) },
  ];
  for (const crafted of CRAFTED) {
    it(`crafted: ${crafted.name} · ${crafted.role} → refused`, async () => {
      state.official = (await userByEmail(EMAIL.OFFICIAL)).id;
      state.viewer = await userByEmail(EMAIL[crafted.role]);
      const before = await fingerprint();
      expect(await invoke(crafted.action, crafted.form(ids))).toMatchObject({ ok: false });
      expect(await fingerprint()).toBe(before);
    });
  }

  it("a cadre lists and opens only their own commune's courses", async () => {
    const cadre = await userByEmail(EMAIL.COMMUNE_CADRE);
    expect((await listTrainingCourses(cadre, 2026)).map((c) => c.id)).toEqual([ids.ownCourse]);
    expect(await getTrainingCourse(cadre, ids.otherCourse)).toBeNull();
    expect(await getTrainingCourse(cadre, ids.provinceCourse)).toBeNull();
    expect((await getTrainingCourse(cadre, ids.ownCourse))?.id).toBe(ids.ownCourse);
    const official = await userByEmail(EMAIL.OFFICIAL);
    expect((await listTrainingCourses(official, 2026)).length).toBe(3);
  });

  it("a cadre cannot download another commune's certificate; nobody gets one before completing", async () => {
    await db.trainingParticipant.updateMany({ where: { id: { in: [ids.ownParticipant, ids.otherParticipant] } }, data: { result: "COMPLETED" } });
    const get = (courseId: string, participantId: string) =>
      certificateRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: courseId, participantId }) } as never);
    state.viewer = await userByEmail(EMAIL.COMMUNE_CADRE);
    expect((await get(ids.otherCourse, ids.otherParticipant)).status).toBe(404);
    const own = await get(ids.ownCourse, ids.ownParticipant);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    state.viewer = null;
    expect((await get(ids.ownCourse, ids.ownParticipant)).status).toBe(401);
    await db.trainingParticipant.update({ where: { id: ids.ownParticipant }, data: { result: "PENDING" } });
    state.viewer = await userByEmail(EMAIL.OFFICIAL);
    expect((await get(ids.ownCourse, ids.ownParticipant)).status).toBe(409); // no attendance yet
  });
});
