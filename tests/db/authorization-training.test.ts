/**
 * Authorization of running the plan (issue 17) over the real server actions and database, in the
 * shape of tests/db/authorization.test.ts: every action × role (and anonymous) × own/other
 * commune; a refused action changes nothing. A cadre sees and edits only their own commune's
 * training records; lesson content is shaped by officials, suggested by anyone in the back
 * office and approved by a second person; the programme's targets are the officials'.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  describeMatrix,
  expectRefused,
  fieldList,
  invoke,
  signInAs,
  VIEWER_EMAIL as EMAIL,
  type Action,
  type Role,
} from "./authorization/harness";
import { db, userByEmail } from "./helpers";

const { CASES, MATRIX, course, fingerprint, seedTraining } = await import("./authorization/training");
type Ids = Awaited<ReturnType<typeof seedTraining>>;
const training = await import("@/lib/training/actions");
const lessons = await import("@/lib/lessons/actions");
const { getTrainingCourse, listTrainingCourses } = await import("@/lib/training/queries");
const certificateRoute = await import("@/app/(dynamic)/admin/training/[id]/certificate/[participantId]/route");
/** The province official's id, for a crafted enrolment. */
const state = { official: "" };

describeMatrix(MATRIX);

describe("training: crafted requests and reads", () => {
  let ids: Ids;
  beforeAll(async () => {
    ids = await seedTraining();
  });

  for (const testCase of CASES.filter((c) => c.allowed.includes("COMMUNE_CADRE"))) {
    it(`${testCase.name} · COMMUNE_CADRE · every field twice → bad request`, async () => {
      await signInAs("COMMUNE_CADRE");
      const twin = new Map([
        [ids.own, ids.other],
        [ids.ownCourse, ids.otherCourse],
        [ids.ownSession, ids.otherSession],
        [ids.ownParticipant, ids.otherParticipant],
      ]);
      const fields = fieldList(testCase.form(ids));
      const doubled = [...fields, ...fields.map(([k, v]): [string, string | File] => [k, typeof v === "string" ? (twin.get(v) ?? v) : v])];
      await expectRefused(() => invoke(testCase.action, doubled), { fingerprint, refused: { ok: false, formError: "form.badRequest" } });
    });
  }

  const CRAFTED: { name: string; role: Exclude<Role, "ANONYMOUS">; action: Action; form: (ids: Ids) => Record<string, string> }[] = [
    {
      name: "move the own course to another commune",
      role: "COMMUNE_CADRE",
      action: training.updateTrainingCourseAction,
      form: (ids) => ({ id: ids.ownCourse, ...course(ids.other) }),
    },
    {
      name: "make the own course a province course",
      role: "COMMUNE_CADRE",
      action: training.updateTrainingCourseAction,
      form: (ids) => ({ id: ids.ownCourse, ...course("") }),
    },
    {
      name: "enrol a person of another commune in the own course",
      role: "COMMUNE_CADRE",
      action: training.addTrainingParticipantAction,
      form: (ids) => ({ courseId: ids.ownCourse, userId: "", name: "Người xã khác", unit: "UBND xã", communeId: ids.other }),
    },
    {
      name: "enrol a province official in the own course",
      role: "COMMUNE_CADRE",
      action: training.addTrainingParticipantAction,
      form: (ids) => ({ courseId: ids.ownCourse, userId: state.official, name: "", unit: "", communeId: "" }),
    },
    {
      name: "mark another commune's participant present in the own session",
      role: "COMMUNE_CADRE",
      action: training.saveTrainingAttendanceAction,
      form: (ids) => ({ sessionId: ids.ownSession, present: ids.otherParticipant }),
    },
    {
      name: "an official approves their own suggestion",
      role: "OFFICIAL",
      action: lessons.approveSuggestionAction,
      form: (ids) => ({ suggestionId: ids.officialSuggestion }),
    },
  ];
  for (const crafted of CRAFTED) {
    it(`crafted: ${crafted.name} · ${crafted.role} → refused`, async () => {
      state.official = (await userByEmail(EMAIL.OFFICIAL)).id;
      await signInAs(crafted.role);
      await expectRefused(() => invoke(crafted.action, crafted.form(ids)), { fingerprint, refused: { ok: false } });
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
    await db.trainingParticipant.updateMany({
      where: { id: { in: [ids.ownParticipant, ids.otherParticipant] } },
      data: { result: "COMPLETED" },
    });
    const get = (courseId: string, participantId: string) =>
      certificateRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: courseId, participantId }) } as never);
    await signInAs("COMMUNE_CADRE");
    expect((await get(ids.otherCourse, ids.otherParticipant)).status).toBe(404);
    const own = await get(ids.ownCourse, ids.ownParticipant);
    expect(own.status).toBe(200);
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await signInAs("ANONYMOUS");
    expect((await get(ids.ownCourse, ids.ownParticipant)).status).toBe(401);
    await db.trainingParticipant.update({ where: { id: ids.ownParticipant }, data: { result: "PENDING" } });
    await signInAs("OFFICIAL");
    expect((await get(ids.ownCourse, ids.ownParticipant)).status).toBe(409); // no attendance yet
  });
});
