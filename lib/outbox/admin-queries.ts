import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OutboxChannel, OutboxState } from "@/lib/generated/prisma/enums";
import { optionalParam, pageParam } from "@/lib/http/search-params";
import { maskRecipient } from "./recipient";
import { CHANNELS } from "./schema";
import { OUTBOX_STATES } from "./states";

const PAGE_SIZE = 50;

export const ZOutboxFilters = z.object({
  state: z.enum(OUTBOX_STATES).optional().catch(undefined),
  channel: z.enum(CHANNELS).optional().catch(undefined),
  /** Messages about one thing (a notice version, a question): "Notice:<id>". */
  about: optionalParam(80),
  page: pageParam,
});
export type TOutboxFilters = z.infer<typeof ZOutboxFilters>;

/** How many messages are in each state, per channel (the back office's overview). */
export async function outboxCounts(): Promise<{ channel: OutboxChannel; state: OutboxState; count: number }[]> {
  const rows = await db.outboxMessage.groupBy({ by: ["channel", "state"], _count: { _all: true } });
  return rows.map((row) => ({ channel: row.channel, state: row.state, count: row._count._all }));
}

/** The oldest message still waiting, to see at a glance whether the worker keeps up. */
export async function oldestWaiting(): Promise<Date | null> {
  const row = await db.outboxMessage.findFirst({
    where: { state: { in: ["QUEUED", "FAILED"] } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return row?.createdAt ?? null;
}

function filterWhere(filters: TOutboxFilters): Prisma.OutboxMessageWhereInput {
  const [subjectType, subjectId] = filters.about?.split(":") ?? [];
  return {
    state: filters.state,
    channel: filters.channel,
    ...(subjectType && subjectId ? { subjectType, subjectId } : {}),
  };
}

/** One page of messages, newest first; recipients masked (the detail page shows them). */
export async function listOutboxMessages(filters: TOutboxFilters) {
  const where = filterWhere(filters);
  const [total, rows] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        channel: true,
        recipient: true,
        template: true,
        state: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
        nextAttemptAt: true,
        transport: true,
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    messages: rows.map((row) => ({ ...row, recipient: maskRecipient(row.channel, row.recipient) })),
  };
}

/** One message with every attempt. */
export async function getOutboxMessage(id: string) {
  return db.outboxMessage.findUnique({ where: { id }, include: { attemptLog: { orderBy: { attempt: "asc" } } } });
}

/** What the demo "log" transport kept: the messages as they would have been sent. */
export async function listLoggedMessages(filters: { channel?: OutboxChannel; page: number }) {
  const where: Prisma.OutboxMessageWhereInput = { transport: "log", channel: filters.channel };
  const [total, messages] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({
      where,
      orderBy: [{ sentAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, channel: true, recipient: true, locale: true, subject: true, body: true, sentAt: true, template: true },
    }),
  ]);
  return { total, messages, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export type SubjectTotals = {
  subjectType: string;
  subjectId: string;
  total: number;
  byState: Partial<Record<OutboxState, number>>;
  lastAt: Date;
};

/** Totals per thing that caused messages (a notice version, an article, a question), newest first. */
export async function totalsBySubject(subjectType: string, limit = 20): Promise<SubjectTotals[]> {
  const rows = await db.$queryRaw<{ subjectId: string; state: OutboxState; n: number; lastAt: Date }[]>`
    WITH recent AS (
      SELECT "subjectId", max("createdAt") AS "lastAt" FROM "OutboxMessage"
      WHERE "subjectType" = ${subjectType} AND "subjectId" IS NOT NULL
      GROUP BY "subjectId" ORDER BY 2 DESC LIMIT ${limit}
    )
    SELECT m."subjectId", m."state", count(*)::int AS n, r."lastAt"
    FROM "OutboxMessage" m JOIN recent r ON r."subjectId" = m."subjectId"
    WHERE m."subjectType" = ${subjectType}
    GROUP BY m."subjectId", m."state", r."lastAt"`;
  const bySubject = new Map<string, SubjectTotals>();
  for (const row of rows) {
    const entry = bySubject.get(row.subjectId) ?? { subjectType, subjectId: row.subjectId, total: 0, byState: {}, lastAt: row.lastAt };
    entry.byState[row.state] = row.n;
    entry.total += row.n;
    bySubject.set(row.subjectId, entry);
  }
  return [...bySubject.values()].sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
}

/** Totals per notice version, with the version's Vietnamese headline and step. */
export async function noticeTotals(limit = 20) {
  const totals = await totalsBySubject("Notice", limit);
  const notices = await db.notice.findMany({
    where: { id: { in: totals.map((row) => row.subjectId) } },
    select: {
      id: true,
      version: true,
      msgType: true,
      allClear: true,
      translations: { where: { locale: "vi" }, select: { headline: true } },
    },
  });
  return totals.map((row) => ({ ...row, notice: notices.find((n) => n.id === row.subjectId) ?? null }));
}
export type NoticeTotalsRow = Awaited<ReturnType<typeof noticeTotals>>[number];
