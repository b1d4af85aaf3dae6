import "server-only";
import { can, communeFilter, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canOnQuestion } from "./policy";
import type { TAdminForumFilters } from "./schema";
import { WAITING_STATES } from "./states";
import { overdueState, type Overdue } from "./working-days";

export const ADMIN_FORUM_PAGE_SIZE = 25;

/** The questions a viewer may see: all, or a cadre's own commune's and those assigned to it. */
function scopeOf(viewer: Actor): Prisma.ForumQuestionWhereInput | null {
  if (!can(viewer, "forum.answer")) return null;
  const communes = communeFilter(viewer, "forum.answer");
  return communes ? { OR: [{ communeId: communes }, { assignedCommuneId: communes }] } : {};
}

/** Waiting questions in scope with how late each is (working days since it was sent). */
async function lateness(scope: Prisma.ForumQuestionWhereInput, now: Date) {
  const rows = await db.forumQuestion.findMany({
    where: { AND: [scope, { state: { in: [...WAITING_STATES] }, mergedIntoId: null }] },
    select: { id: true, createdAt: true },
  });
  return new Map(rows.map((row) => [row.id, overdueState(row.createdAt, now)]));
}

function stateWhere(state: TAdminForumFilters["state"]): Prisma.ForumQuestionWhereInput {
  if (!state) return {};
  if (state === "WAITING") return { state: { in: [...WAITING_STATES] }, mergedIntoId: null };
  if (state === "MERGED") return { mergedIntoId: { not: null } };
  // The moderation queue: new questions, and those a cadre answered before the province made
  // them public (answered, waiting for publication): they are not stranded.
  if (state === "SUBMITTED") return { OR: [{ state: "SUBMITTED" }, { state: "ANSWERED", publishedAt: null }], mergedIntoId: null };
  return { state, mergedIntoId: state === "CLOSED" ? undefined : null };
}

/**
 * The back-office queue: waiting questions first, oldest first (the most overdue on top), then
 * the rest newest first; each with its lateness.
 */
export async function listQuestionsForViewer({
  viewer,
  filters,
  now = new Date(),
}: {
  viewer: Actor & { id: string };
  filters: TAdminForumFilters;
  now?: Date;
}) {
  const scope = scopeOf(viewer);
  if (!scope) return { total: 0, questions: [], pageCount: 1 };
  const late = await lateness(scope, now);
  const lateIds = filters.late
    ? [...late].filter(([, state]) => (filters.late === "overdue" ? state !== "onTime" : state === "veryOverdue")).map(([id]) => id)
    : null;
  const where: Prisma.ForumQuestionWhereInput = {
    AND: [
      scope,
      stateWhere(filters.state),
      { communeId: filters.communeId, topic: filters.topic },
      lateIds ? { id: { in: lateIds } } : {},
      filters.mine ? { assigneeId: viewer.id } : {},
      filters.help ? { helpRequestedAt: { not: null }, state: { in: [...WAITING_STATES] } } : {},
      filters.q
        ? {
            OR: [
              { body: { contains: filters.q, mode: "insensitive" } },
              ...(/^\d+$/.test(filters.q) ? [{ number: Number(filters.q) }] : []),
            ],
          }
        : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.forumQuestion.count({ where }),
    db.forumQuestion.findMany({
      where,
      orderBy: [{ answeredAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }],
      skip: (filters.page - 1) * ADMIN_FORUM_PAGE_SIZE,
      take: ADMIN_FORUM_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        state: true,
        topic: true,
        publicBody: true,
        createdAt: true,
        publishedAt: true,
        mergedIntoId: true,
        helpRequestedAt: true,
        commune: { select: { fullName: true } },
        assignedCommune: { select: { fullName: true } },
        assignee: { select: { name: true } },
      },
    }),
  ]);
  const questions = rows.map((row) => ({ ...row, overdue: (late.get(row.id) ?? "onTime") as Overdue }));
  return { total, questions, pageCount: Math.max(1, Math.ceil(total / ADMIN_FORUM_PAGE_SIZE)) };
}

/** One question with everything staff see (original text, phone, notes), or null when out of reach. */
export async function getQuestionForStaff({ viewer, id, now = new Date() }: { viewer: Actor; id: string; now?: Date }) {
  const question = await db.forumQuestion.findUnique({
    where: { id },
    include: {
      commune: { select: { id: true, name: true, fullName: true, slug: true } },
      assignedCommune: { select: { id: true, fullName: true } },
      assignee: { select: { id: true, name: true } },
      submittedBy: { select: { name: true } },
      answer: { include: { author: { select: { name: true } } } },
      notes: { include: { author: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      mergedInto: { select: { id: true, number: true } },
      duplicates: { select: { id: true, number: true } },
    },
  });
  if (!question || !canOnQuestion(viewer, "forum.answer", question)) return null;
  const waiting = (WAITING_STATES as readonly string[]).includes(question.state) && !question.mergedIntoId;
  return { ...question, overdue: waiting ? overdueState(question.createdAt, now) : ("onTime" as Overdue) };
}
export type StaffQuestion = NonNullable<Awaited<ReturnType<typeof getQuestionForStaff>>>;

/** Staff a question can be assigned to (officials, and cadres with their commune). */
export async function listAssignees() {
  return db.user.findMany({
    where: { active: true },
    select: { id: true, name: true, role: true, commune: { select: { fullName: true } } },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
}

/** Dashboard counts: waiting, overdue and very overdue answers; help asked of the province. */
export async function forumDashboardCounts(viewer: Actor & { id: string }, now = new Date()) {
  const scope = scopeOf(viewer);
  if (!scope) return null;
  const late = [...(await lateness(scope, now)).values()];
  const help = can(viewer, "forum.moderate")
    ? await db.forumQuestion.count({ where: { helpRequestedAt: { not: null }, state: { in: [...WAITING_STATES] }, mergedIntoId: null } })
    : null;
  const toModerate = can(viewer, "forum.moderate")
    ? await db.forumQuestion.count({
        where: { OR: [{ state: "SUBMITTED" }, { state: "ANSWERED" }], publishedAt: null, mergedIntoId: null },
      })
    : null;
  return {
    waiting: late.length,
    overdue: late.filter((state) => state !== "onTime").length,
    veryOverdue: late.filter((state) => state === "veryOverdue").length,
    help,
    toModerate,
  };
}
