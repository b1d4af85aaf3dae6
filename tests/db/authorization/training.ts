/* eslint-disable max-lines -- the training and lessons case table: one row per action */
/**
 * Running the plan (issue 17) as a matrix case list (tests/db/authorization-training.test.ts):
 * training records of a commune, lesson content shaped by officials and suggested by anyone in
 * the back office, the programme's targets; each allowed run's audit action.
 */
import "./harness"; // its mocks before any action is imported
import * as lessons from "@/lib/lessons/actions";
import * as programme from "@/lib/programme/actions";
import * as training from "@/lib/training/actions";
import { seedDemoLessons } from "@/prisma/seed/lessons";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";
import { OFFICIALS as OFFICE, STAFF, VIEWER_EMAIL as EMAIL, type Matrix, type MatrixCase } from "./harness";

export type Ids = {
  own: string;
  other: string;
  ownCourse: string;
  otherCourse: string;
  provinceCourse: string;
  ownSession: string;
  otherSession: string;
  ownParticipant: string;
  otherParticipant: string;
  lessonCourse: string;
  lesson: string;
  phrase: string;
  cadreSuggestion: string;
  officialSuggestion: string;
};

export const course = (communeId: string, title = "Lớp kiểm thử") => ({
  title,
  kind: "IT_SKILLS",
  language: "",
  startsOn: "2026-03-02",
  endsOn: "2026-03-06",
  place: "Hội trường",
  trainer: "Giảng viên",
  communeId,
});

export const CASES: MatrixCase<Ids>[] = [
  {
    name: "create a course (own commune)",
    audit: "trainingCourse.created",
    action: training.createTrainingCourseAction,
    allowed: STAFF,
    form: (ids) => course(ids.own),
  },
  {
    name: "create a course (other commune)",
    audit: "trainingCourse.created",
    action: training.createTrainingCourseAction,
    allowed: OFFICE,
    form: (ids) => course(ids.other),
  },
  {
    name: "create a province course",
    audit: "trainingCourse.created",
    action: training.createTrainingCourseAction,
    allowed: OFFICE,
    form: () => course(""),
  },
  {
    name: "edit a course (own commune)",
    audit: "trainingCourse.updated",
    action: training.updateTrainingCourseAction,
    allowed: STAFF,
    form: (ids) => ({ id: ids.ownCourse, ...course(ids.own, "Đã sửa") }),
  },
  {
    name: "edit a course (other commune)",
    audit: "trainingCourse.updated",
    action: training.updateTrainingCourseAction,
    allowed: OFFICE,
    form: (ids) => ({ id: ids.otherCourse, ...course(ids.other, "Đã sửa") }),
  },
  {
    name: "edit a province course",
    audit: "trainingCourse.updated",
    action: training.updateTrainingCourseAction,
    allowed: OFFICE,
    form: (ids) => ({ id: ids.provinceCourse, ...course("", "Đã sửa") }),
  },
  {
    name: "add a session (own commune)",
    audit: "trainingCourse.sessionAdded",
    action: training.addTrainingSessionAction,
    allowed: STAFF,
    form: (ids) => ({ courseId: ids.ownCourse, date: "2026-03-04", topic: "" }),
  },
  {
    name: "add a session (other commune)",
    audit: "trainingCourse.sessionAdded",
    action: training.addTrainingSessionAction,
    allowed: OFFICE,
    form: (ids) => ({ courseId: ids.otherCourse, date: "2026-03-04", topic: "" }),
  },
  {
    name: "remove a session (own commune)",
    audit: "trainingCourse.sessionRemoved",
    action: training.removeTrainingSessionAction,
    allowed: STAFF,
    form: (ids) => ({ sessionId: ids.ownSession }),
  },
  {
    name: "remove a session (other commune)",
    audit: "trainingCourse.sessionRemoved",
    action: training.removeTrainingSessionAction,
    allowed: OFFICE,
    form: (ids) => ({ sessionId: ids.otherSession }),
  },
  {
    name: "add a participant by name (own commune)",
    audit: "trainingCourse.participantAdded",
    action: training.addTrainingParticipantAction,
    allowed: STAFF,
    form: (ids) => ({ courseId: ids.ownCourse, userId: "", name: "Người kiểm thử", unit: "UBND xã", communeId: ids.own }),
  },
  {
    name: "add a participant (other commune's course)",
    audit: "trainingCourse.participantAdded",
    action: training.addTrainingParticipantAction,
    allowed: OFFICE,
    form: (ids) => ({ courseId: ids.otherCourse, userId: "", name: "Người kiểm thử", unit: "UBND xã", communeId: ids.other }),
  },
  {
    name: "take attendance (own commune)",
    audit: "trainingCourse.attendanceSaved",
    action: training.saveTrainingAttendanceAction,
    allowed: STAFF,
    form: (ids) => ({ sessionId: ids.ownSession, present: ids.ownParticipant }),
  },
  {
    name: "take attendance (other commune)",
    audit: "trainingCourse.attendanceSaved",
    action: training.saveTrainingAttendanceAction,
    allowed: OFFICE,
    form: (ids) => ({ sessionId: ids.otherSession, present: ids.otherParticipant }),
  },
  {
    name: "record a result (own commune)",
    audit: "trainingCourse.resultSaved",
    action: training.saveTrainingResultAction,
    allowed: STAFF,
    form: (ids) => ({ participantId: ids.ownParticipant, result: "COMPLETED", resultNote: "" }),
  },
  {
    name: "record a result (other commune)",
    audit: "trainingCourse.resultSaved",
    action: training.saveTrainingResultAction,
    allowed: OFFICE,
    form: (ids) => ({ participantId: ids.otherParticipant, result: "COMPLETED", resultNote: "" }),
  },
  {
    name: "remove a participant (own commune)",
    audit: "trainingCourse.participantRemoved",
    action: training.removeTrainingParticipantAction,
    allowed: STAFF,
    form: (ids) => ({ participantId: ids.ownParticipant }),
  },
  {
    name: "remove a participant (other commune)",
    audit: "trainingCourse.participantRemoved",
    action: training.removeTrainingParticipantAction,
    allowed: OFFICE,
    form: (ids) => ({ participantId: ids.otherParticipant }),
  },
  {
    name: "set the plan (own commune)",
    audit: "trainingPlan.saved",
    action: training.saveTrainingPlanAction,
    allowed: OFFICE,
    form: (ids) => ({ year: "2026", communeId: ids.own, kind: "IT_SKILLS", target: "4" }),
  },
  {
    name: "create a language course",
    audit: "lessonCourse.created",
    action: lessons.createLessonCourseAction,
    allowed: OFFICE,
    form: () => ({ language: "tyz", title: "Khóa kiểm thử", description: "" }),
  },
  {
    name: "add a lesson",
    audit: "lesson.created",
    action: lessons.createLessonAction,
    allowed: OFFICE,
    form: (ids) => ({ courseId: ids.lessonCourse, situation: "OTHER", title: "Bài kiểm thử" }),
  },
  {
    name: "add a phrase (Vietnamese side)",
    audit: "lessonPhrase.created",
    action: lessons.createPhraseAction,
    allowed: OFFICE,
    form: (ids) => ({ lessonId: ids.lesson, meaningVi: "Câu kiểm thử", note: "" }),
  },
  {
    name: "suggest a phrase",
    audit: "lessonPhrase.suggested",
    action: lessons.suggestPhraseAction,
    allowed: STAFF,
    form: (ids) => ({ phraseId: ids.phrase, text: "[test string, not a real phrase]", note: "" }),
  },
  {
    name: "approve a cadre's suggestion",
    audit: "lessonPhrase.approved",
    action: lessons.approveSuggestionAction,
    allowed: OFFICE,
    form: (ids) => ({ suggestionId: ids.cadreSuggestion }),
  },
  {
    name: "return a cadre's suggestion",
    audit: "lessonPhrase.rejected",
    action: lessons.rejectSuggestionAction,
    allowed: OFFICE,
    form: (ids) => ({ suggestionId: ids.cadreSuggestion, comment: "Chưa đúng" }),
  },
  {
    name: "mark a phrase known (own progress, not audited: one's own study record)",
    action: lessons.markPhraseKnownAction,
    allowed: STAFF,
    audit: null,
    form: (ids) => ({ lessonId: ids.lesson, phraseId: ids.phrase, next: "1" }),
  },
  {
    name: "change a programme target",
    audit: "programmeTarget.saved",
    action: programme.saveProgrammeTargetAction,
    allowed: OFFICE,
    form: () => ({ key: "libraryItemsAdded", value: "40" }),
  },
];

export async function fingerprint() {
  const rows = await Promise.all([
    db.auditLog.count(),
    db.trainingCourse.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, communeId: true } }),
    db.trainingSession.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
    db.trainingParticipant.findMany({ orderBy: { id: "asc" }, select: { id: true, result: true, communeId: true } }),
    db.trainingAttendance.findMany({ orderBy: [{ sessionId: "asc" }, { participantId: "asc" }] }),
    db.trainingPlan.findMany({ orderBy: { id: "asc" } }),
    db.lessonCourse.count(),
    db.lesson.count(),
    db.lessonPhrase.findMany({ orderBy: { id: "asc" }, select: { id: true, text: true, audioId: true } }),
    db.phraseSuggestion.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true } }),
    db.lessonProgress.findMany({
      orderBy: [{ userId: "asc" }, { phraseId: "asc" }],
      select: { userId: true, phraseId: true, known: true },
    }),
    db.programmeTarget.findMany(),
  ]);
  return JSON.stringify(rows);
}

export async function seedTraining(): Promise<Ids> {
  await resetDatabase();
  await seedBase();
  await seedDemoLessons(db);
  const own = (await communeBySlug("minh-dan")).id;
  const other = (await communeBySlug("thuong-lam")).id;
  const make = async (communeId: string | null) => {
    const c = await db.trainingCourse.create({
      data: {
        title: "Lớp có sẵn",
        kind: "IT_SKILLS",
        startsOn: new Date("2026-03-02"),
        endsOn: new Date("2026-03-06"),
        place: "Xã",
        trainer: "GV",
        communeId,
      },
    });
    const session = await db.trainingSession.create({ data: { courseId: c.id, date: new Date("2026-03-03") } });
    const participant = await db.trainingParticipant.create({ data: { courseId: c.id, name: "Học viên", unit: "UBND xã", communeId } });
    return { id: c.id, session: session.id, participant: participant.id };
  };
  const [ownCourse, otherCourse, provinceCourse] = [await make(own), await make(other), await make(null)];
  const phrase = await db.lessonPhrase.findFirstOrThrow({ orderBy: { createdAt: "asc" }, include: { lesson: true } });
  const cadre = await userByEmail(EMAIL.COMMUNE_CADRE);
  const official = await userByEmail(EMAIL.OFFICIAL);
  const suggestion = (userId: string) =>
    db.phraseSuggestion.create({ data: { phraseId: phrase.id, text: "[test string, not a real phrase]", suggestedById: userId } });
  return {
    own,
    other,
    ownCourse: ownCourse.id,
    otherCourse: otherCourse.id,
    provinceCourse: provinceCourse.id,
    ownSession: ownCourse.session,
    otherSession: otherCourse.session,
    ownParticipant: ownCourse.participant,
    otherParticipant: otherCourse.participant,
    lessonCourse: phrase.lesson.courseId,
    lesson: phrase.lessonId,
    phrase: phrase.id,
    cadreSuggestion: (await suggestion(cadre.id)).id,
    officialSuggestion: (await suggestion(official.id)).id,
  };
}

export const MATRIX: Matrix<Ids> = {
  title: "training authorization matrix (server actions × roles × communes)",
  cases: CASES,
  seed: seedTraining,
  fingerprint,
};
