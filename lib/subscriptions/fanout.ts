import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NoticeSeverity, OutboxChannel } from "@/lib/generated/prisma/enums";
import { NOTICE_SEVERITIES } from "@/lib/notices/states";
import { enqueueMessages } from "@/lib/outbox/enqueue";

type Reader = Pick<Tx, "$queryRaw">;

/** The subscribers' minimum severities a notice of `severity` reaches (a MINOR notice: MINOR only). */
function minimumsReached(severity: NoticeSeverity): Prisma.Sql {
  return Prisma.join(NOTICE_SEVERITIES.slice(NOTICE_SEVERITIES.indexOf(severity)).map((value) => Prisma.sql`${value}`));
}

/**
 * The active notice subscriptions a notice version reaches, one row per channel and address
 * (someone subscribed to two communes of the area gets it once): every subscriber for a
 * province-wide notice, otherwise those of the communes its area lies in (a village's commune).
 */
function subscribersOf(notice: { id: string; provinceWide: boolean; severity: NoticeSeverity }): Prisma.Sql {
  const area = notice.provinceWide
    ? Prisma.sql`TRUE`
    : Prisma.sql`s."communeId" IN (
        SELECT CASE WHEN u."level" = 'COMMUNE' THEN u."id" ELSE u."parentId" END
        FROM "NoticeArea" a JOIN "AdminUnit" u ON u."id" = a."unitId" WHERE a."noticeId" = ${notice.id})`;
  return Prisma.sql`
    SELECT DISTINCT ON (s."channel", s."address") s."id", s."channel", s."address", s."locale", s."communeId"
    FROM "Subscription" s
    WHERE s."kind" = 'NOTICES' AND s."state" = 'ACTIVE' AND s."minSeverity"::text IN (${minimumsReached(notice.severity)}) AND ${area}
    ORDER BY s."channel", s."address", s."createdAt" DESC`;
}

/**
 * Queues a notice version for every subscriber of its area, in the caller's transaction (the
 * issue, update, cancel or all-clear that causes it): one INSERT … SELECT, whatever the number
 * of subscribers. The idempotency key is the version × the recipient. Returns how many were queued.
 */
export async function fanOutNotice(
  tx: Tx,
  notice: { id: string; provinceWide: boolean; severity: NoticeSeverity; communeId: string | null },
): Promise<number> {
  return enqueueMessages(tx, {
    template: "notice.alert",
    data: { noticeId: notice.id, subscriptionId: "" },
    priority: notice.severity === "EXTREME" || notice.severity === "SEVERE" ? "alert" : "normal",
    subject: { type: "Notice", id: notice.id },
    recipients: Prisma.sql`
      SELECT r."channel"::text AS channel, r."address" AS recipient, r."locale" AS locale,
             'notice:' || ${notice.id} || ':' || r."channel"::text || ':' || r."address" AS key,
             COALESCE(r."communeId", ${notice.communeId}) AS commune_id, jsonb_build_object('subscriptionId', r."id") AS data
      FROM (${subscribersOf(notice)}) AS r`,
  });
}

export type ChannelCounts = Record<OutboxChannel, number>;

/** How many subscribers a notice version would reach, per channel (the editor shows it before issuing). */
export async function noticeSubscriberCounts(
  db: Reader,
  notice: { id: string; provinceWide: boolean; severity: NoticeSeverity },
): Promise<ChannelCounts> {
  const rows = await db.$queryRaw<{ channel: OutboxChannel; n: bigint }[]>`
    SELECT r."channel", count(*) AS n FROM (${subscribersOf(notice)}) AS r GROUP BY r."channel"`;
  const counts: ChannelCounts = { EMAIL: 0, SMS: 0, ZALO: 0 };
  for (const row of rows) counts[row.channel] = Number(row.n);
  return counts;
}

/** The asker who ticked "tell me when answered" (and confirmed) gets the published answer, once. */
export async function fanOutForumAnswer(tx: Tx, questionId: string): Promise<number> {
  return enqueueMessages(tx, {
    template: "forum.answered",
    data: { questionId, subscriptionId: "" },
    subject: { type: "ForumQuestion", id: questionId },
    recipients: Prisma.sql`
      SELECT s."channel"::text AS channel, s."address" AS recipient, s."locale" AS locale,
             'forum-answer:' || ${questionId} || ':' || s."id" AS key, NULL::text AS commune_id,
             jsonb_build_object('subscriptionId', s."id") AS data
      FROM "Subscription" s WHERE s."kind" = 'FORUM_ANSWER' AND s."state" = 'ACTIVE' AND s."questionId" = ${questionId}`,
  });
}

/**
 * The weekly digests that are due (a week after the last one, or after the confirmation): one
 * message per subscription and week, keyed so that running this twice (two instances) queues
 * once. A digest with nothing new is dropped at sending time.
 */
export async function queueDigests(tx: Tx, now = new Date()): Promise<number> {
  const due = Prisma.sql`s."kind" = 'DIGEST' AND s."state" = 'ACTIVE' AND COALESCE(s."digestSentAt", s."consentAt") <= ${now}::timestamp - interval '7 days'`;
  const queued = await enqueueMessages(tx, {
    template: "digest.weekly",
    data: { subscriptionId: "", since: "" },
    recipients: Prisma.sql`
      SELECT s."channel"::text AS channel, s."address" AS recipient, s."locale" AS locale,
             'digest:' || s."id" || ':' || to_char(${now}::timestamp, 'IYYY-IW') AS key, NULL::text AS commune_id,
             jsonb_build_object('subscriptionId', s."id", 'since', to_char(COALESCE(s."digestSentAt", s."consentAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS data
      FROM "Subscription" s WHERE ${due}`,
  });
  await tx.$executeRaw`UPDATE "Subscription" s SET "digestSentAt" = ${now} WHERE ${due}`;
  return queued;
}
