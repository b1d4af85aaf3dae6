import "server-only";
import { unstable_cache } from "next/cache";
import { recordEvent } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { sitemapSource } from "@/lib/sitemap/source";
import type { ForumQuestionState, ForumTopic } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { renderMarkdown } from "@/lib/markdown";
import type { TPublicForumFilters } from "./schema";
import { FORUM_TAG } from "./tags";

export const FORUM_PAGE_SIZE = 20;

/** Public questions: made public, not merged away, not rejected. */
export const PUBLIC_SQL = Prisma.sql`q."publishedAt" IS NOT NULL AND q."mergedIntoId" IS NULL AND q.state IN ('PUBLISHED', 'ANSWERED', 'CLOSED')`;
export const publicWhere = {
  publishedAt: { not: null },
  mergedIntoId: null,
  state: { in: ["PUBLISHED", "ANSWERED", "CLOSED"] },
} satisfies Prisma.ForumQuestionWhereInput;

const cardSelect = {
  id: true,
  number: true,
  state: true,
  topic: true,
  publicBody: true,
  locale: true,
  createdAt: true,
  publishedAt: true,
  answeredAt: true,
  commune: { select: { slug: true, fullName: true } },
  answer: { select: { unitName: true } },
} satisfies Prisma.ForumQuestionSelect;
type CardRow = Prisma.ForumQuestionGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow) {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    answeredAt: row.answeredAt?.toISOString() ?? null,
  };
}
export type ForumCard = ReturnType<typeof toCard>;

/** Rows by id, in the order of `ids`. */
async function cardsByIds(ids: string[]) {
  const rows = await db.forumQuestion.findMany({ where: { id: { in: ids } }, select: cardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => (byId.has(id) ? [toCard(byId.get(id)!)] : []));
}

type ListFilters = Omit<TPublicForumFilters, "page">;
type ListQuery = ListFilters & { page: number; pageSize?: number };

/**
 * The FROM and WHERE of a list: the commune and the answer are joined only when filtered on,
 * so that an unfiltered list reads the public-order index alone. `q` is searched in the
 * question and in the answer through their own GIN indexes (a union of ids, not an OR across a
 * join, which would read every row).
 */
function listFrom(filters: ListFilters) {
  const conditions = [PUBLIC_SQL];
  if (filters.topic) conditions.push(Prisma.sql`q.topic = ${filters.topic}::"ForumTopic"`);
  if (filters.commune) conditions.push(Prisma.sql`q."communeId" = (SELECT c.id FROM "AdminUnit" c WHERE c.slug = ${filters.commune})`);
  if (filters.q) {
    conditions.push(Prisma.sql`q.id IN (
      SELECT s.id FROM "ForumQuestion" s WHERE forum_search_vector(s."publicBody") @@ websearch_to_tsquery('simple'::regconfig, portal_unaccent(lower(${filters.q})))
      UNION
      SELECT a."questionId" FROM "ForumAnswer" a WHERE forum_search_vector(a.body) @@ websearch_to_tsquery('simple'::regconfig, portal_unaccent(lower(${filters.q}))))`);
  }
  return Prisma.sql`FROM "ForumQuestion" q WHERE ${Prisma.join(conditions, " AND ")}`;
}

async function countPublicQuestionsNow(filters: ListFilters) {
  const [row] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${listFrom(filters)}`;
  return row?.total ?? 0;
}

async function listPublicQuestionPageNow(filters: ListQuery) {
  const pageSize = filters.pageSize ?? FORUM_PAGE_SIZE;
  // The ORDER BY is the expression of the ForumQuestion_public_*order_idx indexes.
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT q.id ${listFrom(filters)}
    ORDER BY (q.state IN ('ANSWERED', 'CLOSED')) DESC, coalesce(q."answeredAt", q."publishedAt") DESC, q.number DESC
    LIMIT ${pageSize} OFFSET ${(filters.page - 1) * pageSize}`;
  return cardsByIds(ids.map((row) => row.id));
}

/**
 * /{locale}/forum: answered questions first (latest answer first), then those waiting (newest
 * first); filtered by topic and commune; `q` searched accent-insensitively in the question and
 * the answer.
 */
export async function listPublicQuestionsNow(filters: ListQuery) {
  const [total, items] = await Promise.all([countPublicQuestionsNow(filters), listPublicQuestionPageNow(filters)]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / (filters.pageSize ?? FORUM_PAGE_SIZE))) };
}

const countPublicQuestions = unstable_cache(countPublicQuestionsNow, ["forum-count"], { tags: [FORUM_TAG] });
const listPublicQuestionPage = unstable_cache(listPublicQuestionPageNow, ["forum-page"], { tags: [FORUM_TAG] });

/** listPublicQuestionsNow from the data cache; the count is cached apart, shared by every page of a list. */
export async function listPublicQuestions(filters: ListQuery) {
  const { page: _page, pageSize, ...listFilters } = filters;
  const [total, items] = await Promise.all([countPublicQuestions(listFilters), listPublicQuestionPage(filters)]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / (pageSize ?? FORUM_PAGE_SIZE))) };
}

/**
 * The public counters: questions received (all but merged duplicates), answered, and the
 * average number of days from sending to the answer.
 */
export const forumCounters = unstable_cache(
  async () => {
    const [row] = await db.$queryRaw<{ received: number; answered: number; avgDays: number | null }[]>`
      SELECT count(*)::int AS received,
             count(*) FILTER (WHERE state IN ('ANSWERED', 'CLOSED') AND "answeredAt" IS NOT NULL)::int AS answered,
             (avg(extract(epoch FROM ("answeredAt" - "createdAt"))) FILTER (WHERE "answeredAt" IS NOT NULL) / 86400)::float8 AS "avgDays"
      FROM "ForumQuestion" WHERE "mergedIntoId" IS NULL`;
    return { received: row?.received ?? 0, answered: row?.answered ?? 0, avgDays: row?.avgDays ?? null };
  },
  ["forum-counters"],
  { tags: [FORUM_TAG] },
);

/** A public question with its answer (Markdown rendered), or null. */
export const getPublicQuestion = unstable_cache(
  async (number: number) => {
    const row = await db.forumQuestion.findFirst({
      where: { number, ...publicWhere },
      select: {
        ...cardSelect,
        askerName: true,
        showName: true,
        answer: { select: { body: true, unitName: true, createdAt: true, editedAt: true } },
      },
    });
    if (!row) return null;
    const { answer, askerName, showName, ...card } = row;
    return {
      ...toCard({ ...card, answer: answer ? { unitName: answer.unitName } : null }),
      // The name only when the asker chose to show it.
      askerName: showName ? askerName : null,
      answer: answer
        ? {
            unitName: answer.unitName,
            html: renderMarkdown(answer.body),
            createdAt: answer.createdAt.toISOString(),
            editedAt: answer.editedAt?.toISOString() ?? null,
          }
        : null,
    };
  },
  ["forum-question"],
  { tags: [FORUM_TAG] },
);
export type PublicQuestion = NonNullable<Awaited<ReturnType<typeof getPublicQuestion>>>;

/** A commune's latest answered public questions (the commune page). */
export const listRecentAnswered = unstable_cache(
  async (communeSlug: string, limit: number) => {
    const rows = await db.forumQuestion.findMany({
      where: { ...publicWhere, state: { in: ["ANSWERED", "CLOSED"] }, commune: { slug: communeSlug } },
      select: cardSelect,
      orderBy: [{ answeredAt: "desc" }, { number: "desc" }],
      take: limit,
    });
    return rows.map(toCard);
  },
  ["forum-commune"],
  { tags: [FORUM_TAG] },
);

/** Public question numbers for the sitemap. */
export const sitemapQuestions = sitemapSource("questions", FORUM_TAG, {
  count: () => db.forumQuestion.count({ where: publicWhere }),
  page: async (_minute, skip, take) => {
    const rows = await db.forumQuestion.findMany({
      where: publicWhere,
      select: { number: true, updatedAt: true },
      orderBy: { number: "asc" },
      skip,
      take,
    });
    return rows.map((row) => ({ locale: "every", path: `forum/${row.number}`, updatedAt: row.updatedAt.toISOString() }));
  },
});

/**
 * What the tracking page shows its holder: the state, the published text, the rejection reason,
 * the answer (even when the question is not public), and where a merged duplicate went. Never
 * cached (private, and each code is one reader). The original text, phone and internal notes
 * are not included: the link may be forwarded.
 */
/**
 * Counts one tracking-page lookup from an address: past THROTTLES.forumTrack the page answers
 * 429 until the lock ends, so codes cannot be guessed at speed. Without an address (no proxy
 * header at all) nothing is counted.
 */
export async function countTrackingLookup(ip: string | null): Promise<{ allowed: true } | { allowed: false; until: Date }> {
  if (!ip) return { allowed: true };
  return db.$transaction((tx) => recordEvent(tx, { kind: "forumTrack", value: ip }));
}

export async function getTrackedQuestion(code: string) {
  const row = await db.forumQuestion.findUnique({
    where: { trackingCode: code },
    select: {
      number: true,
      state: true,
      topic: true,
      publicBody: true,
      locale: true,
      createdAt: true,
      publishedAt: true,
      answeredAt: true,
      rejectionReason: true,
      mergedIntoId: true,
      commune: { select: { fullName: true } },
      answer: { select: { body: true, unitName: true, createdAt: true, editedAt: true } },
      mergedInto: {
        select: {
          number: true,
          state: true,
          publishedAt: true,
          mergedIntoId: true,
          answer: { select: { body: true, unitName: true, createdAt: true, editedAt: true } },
        },
      },
    },
  });
  if (!row) return null;
  const answerOf = (answer: typeof row.answer) =>
    answer
      ? { unitName: answer.unitName, html: renderMarkdown(answer.body), createdAt: answer.createdAt, editedAt: answer.editedAt }
      : null;
  return {
    ...row,
    answer: answerOf(row.answer),
    mergedInto: row.mergedInto ? { ...row.mergedInto, answer: answerOf(row.mergedInto.answer) } : null,
  };
}

export type { ForumQuestionState, ForumTopic };
