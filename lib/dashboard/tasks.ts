import "server-only";
import { can, communeFilter, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { WAITING_STATES } from "@/lib/forum/states";

type Viewer = Actor & { id: string };

const DAY = 24 * 60 * 60 * 1000;
/** A notice "expires soon" within this long: time to extend it or let it end on purpose. */
export const EXPIRY_SOON_MS = DAY;

/**
 * What this person should do next, most personal first: drafts returned to them with the
 * reviewer's comment, items waiting for their review, forum questions assigned to them or
 * answered but not yet public, notices they issued that expire soon, gaps in their commune's
 * data. Every query is scoped by the permission table like the rest of the back office.
 */
export async function getTasks(viewer: Viewer, now = new Date()) {
  const mayPublishArticles = can(viewer, "articles.publish");
  const mayPublishLibrary = can(viewer, "library.publish");
  const mayModerate = can(viewer, "forum.moderate");
  const contactScope = communeFilter(viewer, "communeContact.edit");
  const [
    returnedArticles,
    returnedLibrary,
    articlesToReview,
    libraryToReview,
    assignedQuestions,
    answeredNotPublic,
    expiringNotices,
    communesWithoutContact,
  ] = await Promise.all([
    db.article.findMany({
      where: { authorId: viewer.id, state: "DRAFT", reviewComment: { not: null }, deletedAt: null },
      select: { id: true, reviewComment: true, updatedAt: true, translations: { select: { locale: true, title: true } } },
      orderBy: { updatedAt: "desc" },
      take: 20,
    }),
    db.libraryItem.findMany({
      where: { authorId: viewer.id, state: "DRAFT", reviewComment: { not: null } },
      select: { id: true, reviewComment: true, translations: { select: { locale: true, title: true } } },
      take: 20,
    }),
    mayPublishArticles ? db.article.count({ where: { state: "IN_REVIEW", deletedAt: null } }) : Promise.resolve(0),
    mayPublishLibrary ? db.libraryItem.count({ where: { state: "IN_REVIEW" } }) : Promise.resolve(0),
    db.forumQuestion.findMany({
      where: { assigneeId: viewer.id, state: { in: [...WAITING_STATES] }, mergedIntoId: null },
      select: { id: true, number: true, publicBody: true },
      orderBy: { createdAt: "asc" },
      take: 20,
    }),
    mayModerate ? db.forumQuestion.count({ where: { state: "ANSWERED", publishedAt: null, mergedIntoId: null } }) : Promise.resolve(0),
    db.notice.findMany({
      where: {
        issuedById: viewer.id,
        state: "ISSUED",
        msgType: { not: "CANCEL" },
        allClear: false,
        expiresAt: { gt: now, lte: new Date(now.getTime() + EXPIRY_SOON_MS) },
      },
      select: { id: true, expiresAt: true, translations: { select: { locale: true, headline: true } } },
      orderBy: { expiresAt: "asc" },
      take: 20,
    }),
    can(viewer, "communeContact.edit")
      ? db.adminUnit.findMany({
          where: { level: "COMMUNE", id: contactScope, officePhone: null },
          select: { id: true, fullName: true },
          take: 50,
        })
      : Promise.resolve([]),
  ]);
  const vi = <T extends { locale: string }>(rows: T[]) => rows.find((row) => row.locale === "vi") ?? rows[0];
  return {
    returned: [
      ...returnedArticles.map((row) => ({
        kind: "article" as const,
        id: row.id,
        title: vi(row.translations)?.title ?? "",
        comment: row.reviewComment!,
        href: `/admin/articles/${row.id}`,
      })),
      ...returnedLibrary.map((row) => ({
        kind: "library" as const,
        id: row.id,
        title: vi(row.translations)?.title ?? "",
        comment: row.reviewComment!,
        href: `/admin/library/${row.id}`,
      })),
    ],
    articlesToReview,
    libraryToReview,
    assignedQuestions,
    answeredNotPublic,
    expiringNotices: expiringNotices.map((row) => ({
      id: row.id,
      expiresAt: row.expiresAt,
      headline: vi(row.translations)?.headline ?? "",
    })),
    communesWithoutContact,
  };
}
export type Tasks = Awaited<ReturnType<typeof getTasks>>;

/** How many tasks each back-office menu entry holds (shown beside its name). */
export function taskCountsByMenu(tasks: Tasks): Record<string, number> {
  return {
    dashboard: taskTotal(tasks),
    articles: tasks.returned.filter((task) => task.kind === "article").length + tasks.articlesToReview,
    library: tasks.returned.filter((task) => task.kind === "library").length + tasks.libraryToReview,
    forum: tasks.assignedQuestions.length + tasks.answeredNotPublic,
    notices: tasks.expiringNotices.length,
    units: tasks.communesWithoutContact.length,
  };
}

export function taskTotal(tasks: Tasks): number {
  return (
    tasks.returned.length +
    tasks.articlesToReview +
    tasks.libraryToReview +
    tasks.assignedQuestions.length +
    tasks.answeredNotPublic +
    tasks.expiringNotices.length +
    tasks.communesWithoutContact.length
  );
}
