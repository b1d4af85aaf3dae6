import { writeAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMessages } from "@/lib/outbox/enqueue";
import { normalizeMobile } from "@/lib/outbox/recipient";
import { loadOutboxSettings } from "@/lib/outbox/settings";
import { RELAY_SEVERITIES } from "@/lib/subscriptions/severity";

/** At most this many reminders per pass (the rest in the next pass, minutes later). */
const BATCH = 5000;

type Due = {
  id: string;
  subjectType: "Notice" | "Article";
  subjectId: string;
  communeId: string;
  phone: string | null;
  reminders: number;
  noticeId: string | null;
};

/**
 * Automatic reminders (a periodic task of the outbox worker, lib/outbox/tasks.ts): a prestigious
 * person who has not confirmed receipt of a relayed notice or article gets one more SMS once
 * `relayReminders.noticeAfterMinutes` (articles: `articleAfterMinutes`) have passed since it
 * was sent or since the last reminder, at most `relayReminders.max` reminders in all (the
 * back office's reminders count too). A notice is reminded only while its current version is
 * issued, Severe or Extreme, not cancelled, not all-clear and not expired; an article while it
 * is published.
 *
 * Safe with any number of workers and restarts: the due rows are taken with `FOR UPDATE SKIP
 * LOCKED` and their reminder number raised in the same statement, so a row is counted once, and
 * each message's key is `relay-reminder:<relay>:<number>` — the back office's reminder uses the
 * same numbering, so the two never send the same reminder twice. One audit row per notice or
 * article reminded, in the same transaction. Returns how many reminders were queued.
 */
export async function queueRelayReminders(tx: Tx, now = new Date()): Promise<number> {
  const settings = (await loadOutboxSettings(tx)).relayReminders;
  if (settings.max === 0) return 0;
  const due = await tx.$queryRaw<Due[]>`
    WITH due AS (
      SELECT d."id", p."phone",
             (SELECT n."id" FROM "Notice" n
               WHERE d."subjectType" = 'Notice' AND n."seriesId" = d."subjectId" AND n."state" = 'ISSUED'
                 AND n."msgType" <> 'CANCEL' AND NOT n."allClear" AND n."expiresAt" > ${now}
                 AND n."severity"::text IN (${Prisma.join(RELAY_SEVERITIES)})) AS notice_id
      FROM "RelayDelivery" d JOIN "PrestigiousPerson" p ON p."id" = d."personId"
      WHERE d."receivedAt" IS NULL AND d."reminders" < ${settings.max}
        AND p."relayConsentAt" IS NOT NULL AND p."phone" IS NOT NULL
        AND COALESCE(d."remindedAt", d."sentAt") + make_interval(mins => CASE d."subjectType" WHEN 'Notice' THEN ${settings.noticeAfterMinutes}::int ELSE ${settings.articleAfterMinutes}::int END) <= ${now}
        AND CASE d."subjectType"
              WHEN 'Notice' THEN EXISTS (
                SELECT 1 FROM "Notice" n WHERE n."seriesId" = d."subjectId" AND n."state" = 'ISSUED' AND n."msgType" <> 'CANCEL'
                  AND NOT n."allClear" AND n."expiresAt" > ${now} AND n."severity"::text IN (${Prisma.join(RELAY_SEVERITIES)}))
              WHEN 'Article' THEN EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = d."subjectId" AND a."state" = 'PUBLISHED' AND a."deletedAt" IS NULL)
              ELSE FALSE
            END
      ORDER BY d."id"
      LIMIT ${BATCH}
      FOR UPDATE OF d SKIP LOCKED
    )
    UPDATE "RelayDelivery" d SET "reminders" = d."reminders" + 1, "remindedAt" = ${now}
    FROM due WHERE d."id" = due."id"
    RETURNING d."id", d."subjectType", d."subjectId", d."communeId", due."phone", d."reminders", due.notice_id AS "noticeId"`;

  const bySubject = new Map<string, Due[]>();
  for (const row of due) {
    const key = `${row.subjectType}:${row.subjectId}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), row]);
  }
  let queued = 0;
  for (const rows of bySubject.values()) {
    const { subjectType, subjectId, noticeId } = rows[0]!;
    const recipients = rows.flatMap((row) => {
      const phone = row.phone ? normalizeMobile(row.phone) : null;
      return phone
        ? [
            Prisma.sql`(${phone}, ${`relay-reminder:${row.id}:${row.reminders}`}, ${row.communeId}, ${JSON.stringify({ relayId: row.id })}::jsonb)`,
          ]
        : [];
    });
    const count =
      recipients.length === 0
        ? 0
        : await enqueueMessages(tx, {
            template: subjectType === "Notice" ? "relay.notice" : "relay.article",
            data: {
              ...(subjectType === "Notice" ? { noticeId: noticeId! } : { articleId: subjectId }),
              relayId: "",
              reminder: true,
              automatic: true,
            } as never,
            priority: subjectType === "Notice" ? "alert" : "normal",
            subject: { type: subjectType, id: subjectType === "Notice" ? noticeId! : subjectId },
            recipients: Prisma.sql`
        SELECT 'SMS' AS channel, v.phone AS recipient, 'vi' AS locale, v.key AS key, v.commune_id AS commune_id, v.data AS data
        FROM (VALUES ${Prisma.join(recipients)}) AS v(phone, key, commune_id, data)`,
          });
    queued += count;
    await writeAudit(tx, {
      actorId: null,
      action: "relay.remindedAutomatically",
      entityType: subjectType,
      entityId: subjectId,
      after: { persons: rows.length, queued: count, reminders: [...new Set(rows.map((row) => row.reminders))].sort() },
      ip: null,
    });
  }
  return queued;
}
