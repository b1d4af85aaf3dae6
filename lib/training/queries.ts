import "server-only";
import { communeFilter, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TrainingKind } from "@/lib/generated/prisma/enums";
import { TRAINING_KINDS, yearRange } from "./catalog";
import { isTrained } from "./trained";

/** Courses the viewer may see (a cadre: their commune's), ending in `year`, newest first. */
export async function listTrainingCourses(viewer: Actor, year: number) {
  return db.trainingCourse.findMany({
    where: { communeId: communeFilter(viewer, "training.view"), endsOn: yearRange(year) },
    orderBy: [{ startsOn: "desc" }, { title: "asc" }],
    include: { commune: { select: { fullName: true } }, _count: { select: { sessions: true, participants: true } } },
  });
}

/** One course with its sessions, participants and register, or null when the viewer may not see it. */
export async function getTrainingCourse(viewer: Actor, id: string) {
  return db.trainingCourse.findFirst({
    where: { id, communeId: communeFilter(viewer, "training.view") },
    include: {
      commune: { select: { id: true, fullName: true } },
      sessions: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
      participants: { orderBy: [{ name: "asc" }], include: { attendance: true, commune: { select: { fullName: true } } } },
    },
  });
}
export type TrainingCourseDetail = NonNullable<Awaited<ReturnType<typeof getTrainingCourse>>>;

/** The communes the viewer's training permission reaches, for selects and the plan table. */
export async function trainingCommunes(viewer: Actor) {
  return db.adminUnit.findMany({
    where: { level: "COMMUNE", id: communeFilter(viewer, "training.view") },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, fullName: true },
  });
}

/** Active staff the viewer may enrol (a cadre: their commune's). */
export async function enrollableStaff(viewer: Actor) {
  return db.user.findMany({
    where: { active: true, communeId: communeFilter(viewer, "training.manage") },
    orderBy: { name: "asc" },
    select: { id: true, name: true, commune: { select: { name: true } } },
  });
}

export type TrainedPerson = {
  participantId: string;
  courseId: string;
  courseTitle: string;
  kind: TrainingKind;
  communeId: string | null;
  name: string;
  endsOn: Date;
};

/**
 * Everyone trained (lib/training/trained.ts) in courses that ended in [from, to), optionally only
 * people of some communes: the figure behind plan versus done and the programme page.
 */
export async function trainedParticipants(range: { from: Date; to: Date; communeIds?: string[] }): Promise<TrainedPerson[]> {
  const courses = await db.trainingCourse.findMany({
    where: { endsOn: { gte: range.from, lt: range.to } },
    select: {
      id: true,
      title: true,
      kind: true,
      endsOn: true,
      sessions: { select: { id: true } },
      participants: {
        where: range.communeIds ? { communeId: { in: range.communeIds } } : undefined,
        select: { id: true, name: true, communeId: true, result: true, attendance: { select: { sessionId: true, present: true } } },
      },
    },
  });
  const people: TrainedPerson[] = [];
  for (const course of courses) {
    const sessionIds = course.sessions.map((s) => s.id);
    for (const p of course.participants) {
      if (isTrained(p, sessionIds))
        people.push({
          participantId: p.id,
          courseId: course.id,
          courseTitle: course.title,
          kind: course.kind,
          communeId: p.communeId,
          name: p.name,
          endsOn: course.endsOn,
        });
    }
  }
  return people;
}

export type PlanRow = { communeId: string; communeName: string; byKind: Record<TrainingKind, { target: number | null; done: number }> };

/** Plan versus done for a year, per commune in the viewer's reach, per kind of training. */
export async function planVersusDone(viewer: Actor, year: number): Promise<PlanRow[]> {
  const communes = await trainingCommunes(viewer);
  const ids = communes.map((c) => c.id);
  const { gte, lt } = yearRange(year);
  const [plans, trained] = await Promise.all([
    db.trainingPlan.findMany({ where: { year, communeId: { in: ids } } }),
    trainedParticipants({ from: gte, to: lt, communeIds: ids }),
  ]);
  return communes.map((commune) => {
    const byKind = Object.fromEntries(
      TRAINING_KINDS.map((kind) => [
        kind,
        {
          target: plans.find((p) => p.communeId === commune.id && p.kind === kind)?.target ?? null,
          done: trained.filter((t) => t.communeId === commune.id && t.kind === kind).length,
        },
      ]),
    ) as PlanRow["byKind"];
    return { communeId: commune.id, communeName: commune.fullName, byKind };
  });
}
