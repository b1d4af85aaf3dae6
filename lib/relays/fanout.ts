import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NoticeSeverity } from "@/lib/generated/prisma/enums";
import { enqueueMessages } from "@/lib/outbox/enqueue";
import { normalizeMobile } from "@/lib/outbox/recipient";
import { RELAY_SEVERITIES } from "@/lib/subscriptions/severity";

type Reader = Pick<Tx, "prestigiousPerson">;

/**
 * The prestigious persons who relay to an area: those of its communes (all of the province for a
 * province-wide notice or article) with a mobile number and a recorded consent.
 */
export async function relayPersons(tx: Reader, area: { provinceWide: boolean; communeIds: string[] }) {
  const persons = await tx.prestigiousPerson.findMany({
    where: { relayConsentAt: { not: null }, phone: { not: null }, ...(area.provinceWide ? {} : { communeId: { in: area.communeIds } }) },
    select: { id: true, phone: true, communeId: true },
  });
  return persons.flatMap((person) => {
    const phone = person.phone ? normalizeMobile(person.phone) : null;
    return phone ? [{ ...person, phone }] : [];
  });
}

/** The communes a notice version's area lies in. */
export async function noticeCommunes(tx: Pick<Tx, "noticeArea">, noticeId: string): Promise<string[]> {
  const areas = await tx.noticeArea.findMany({
    where: { noticeId },
    select: { unit: { select: { id: true, level: true, parentId: true } } },
  });
  return [...new Set(areas.map(({ unit }) => (unit.level === "COMMUNE" ? unit.id : unit.parentId!)))];
}

export const isRelayed = (severity: NoticeSeverity) => RELAY_SEVERITIES.includes(severity);

/** One SMS per relay row of a subject, keyed by `keyPrefix` × relay row. */
async function queueRelayMessages(
  tx: Tx,
  rows: Prisma.Sql,
  template: "relay.notice" | "relay.article",
  data: { noticeId?: string; articleId?: string },
  keyPrefix: string,
  priority: "alert" | "normal",
) {
  return enqueueMessages(tx, {
    template,
    data: { ...data, relayId: "" } as never,
    priority,
    subject: { type: template === "relay.notice" ? "Notice" : "Article", id: data.noticeId ?? data.articleId! },
    recipients: Prisma.sql`
      SELECT 'SMS' AS channel, r.phone AS recipient, 'vi' AS locale, ${keyPrefix} || ':' || r.id AS key,
             r.commune_id AS commune_id, jsonb_build_object('relayId', r.id) AS data
      FROM (${rows}) AS r`,
  });
}

function phonesOf(persons: { id: string; phone: string }[]): Prisma.Sql {
  if (persons.length === 0) return Prisma.sql`SELECT NULL::text AS person_id, NULL::text AS phone WHERE FALSE`;
  return Prisma.sql`SELECT * FROM (VALUES ${Prisma.join(persons.map((p) => Prisma.sql`(${p.id}, ${p.phone})`))}) AS v(person_id, phone)`;
}

/**
 * A notice version to the area's prestigious persons, in the caller's transaction: a severe
 * or extreme alert or update adds a relay row per person of the area (one per notice series);
 * every version (the cancel and the all-clear too) goes to everyone who has a row.
 */
export async function relayNotice(
  tx: Tx,
  notice: { id: string; seriesId: string; provinceWide: boolean; severity: NoticeSeverity; msgType: string; allClear: boolean },
): Promise<number> {
  const persons = await relayPersons(tx, { provinceWide: notice.provinceWide, communeIds: await noticeCommunes(tx, notice.id) });
  if (isRelayed(notice.severity) && notice.msgType !== "CANCEL" && !notice.allClear && persons.length) {
    await tx.$executeRaw`
      INSERT INTO "RelayDelivery" ("id", "personId", "communeId", "subjectType", "subjectId", "sentAt")
      SELECT gen_random_uuid()::text, p."id", p."communeId", 'Notice', ${notice.seriesId}, now()
      FROM "PrestigiousPerson" p WHERE p."id" IN (${Prisma.join(persons.map((p) => p.id))})
      ON CONFLICT ("subjectType", "subjectId", "personId") DO NOTHING`;
  }
  const all = await relayPersons(tx, { provinceWide: true, communeIds: [] });
  const rows = Prisma.sql`
    SELECT d."id" AS id, v.phone AS phone, d."communeId" AS commune_id
    FROM "RelayDelivery" d JOIN (${phonesOf(all)}) AS v ON v.person_id = d."personId"
    WHERE d."subjectType" = 'Notice' AND d."subjectId" = ${notice.seriesId}`;
  return queueRelayMessages(tx, rows, "relay.notice", { noticeId: notice.id }, `relay:${notice.id}`, "alert");
}

/** A chosen policy article to the prestigious persons of the given communes (or the province). */
export async function relayArticle(
  tx: Tx,
  article: { id: string },
  area: { provinceWide: boolean; communeIds: string[] },
): Promise<number> {
  const persons = await relayPersons(tx, area);
  if (persons.length === 0) return 0;
  await tx.$executeRaw`
    INSERT INTO "RelayDelivery" ("id", "personId", "communeId", "subjectType", "subjectId", "sentAt")
    SELECT gen_random_uuid()::text, p."id", p."communeId", 'Article', ${article.id}, now()
    FROM "PrestigiousPerson" p WHERE p."id" IN (${Prisma.join(persons.map((p) => p.id))})
    ON CONFLICT ("subjectType", "subjectId", "personId") DO NOTHING`;
  const rows = Prisma.sql`
    SELECT d."id" AS id, v.phone AS phone, d."communeId" AS commune_id
    FROM "RelayDelivery" d JOIN (${phonesOf(persons)}) AS v ON v.person_id = d."personId"
    WHERE d."subjectType" = 'Article' AND d."subjectId" = ${article.id}`;
  return queueRelayMessages(tx, rows, "relay.article", { articleId: article.id }, `relay:article:${article.id}`, "normal");
}

/**
 * Reminds the persons (of the given communes, or all) who have not yet confirmed receipt, or
 * have not yet relayed: one more SMS each, keyed by the reminder's number.
 */
export async function remindRelays(
  tx: Tx,
  subject: { type: "Notice" | "Article"; id: string; messageSubjectId: string },
  scope: { communeIds: string[] | "all" },
): Promise<number> {
  const persons = await relayPersons(tx, { provinceWide: true, communeIds: [] });
  const inScope =
    scope.communeIds === "all"
      ? Prisma.sql`TRUE`
      : scope.communeIds.length
        ? Prisma.sql`d."communeId" IN (${Prisma.join(scope.communeIds)})`
        : Prisma.sql`FALSE`;
  const rows = Prisma.sql`
    SELECT d."id" || ':' || (d."reminders" + 1) AS id, d."id" AS relay_id, v.phone AS phone, d."communeId" AS commune_id
    FROM "RelayDelivery" d JOIN (${phonesOf(persons)}) AS v ON v.person_id = d."personId"
    WHERE d."subjectType" = ${subject.type} AND d."subjectId" = ${subject.id} AND d."relayedAt" IS NULL AND ${inScope}`;
  const template = subject.type === "Notice" ? ("relay.notice" as const) : ("relay.article" as const);
  const queued = await enqueueMessages(tx, {
    template,
    data: {
      ...(subject.type === "Notice" ? { noticeId: subject.messageSubjectId } : { articleId: subject.id }),
      relayId: "",
      reminder: true,
    } as never,
    subject: { type: subject.type, id: subject.messageSubjectId },
    recipients: Prisma.sql`
      SELECT 'SMS' AS channel, r.phone AS recipient, 'vi' AS locale, 'relay-reminder:' || r.id AS key,
             r.commune_id AS commune_id, jsonb_build_object('relayId', r.relay_id) AS data
      FROM (${rows}) AS r`,
  });
  await tx.$executeRaw`
    UPDATE "RelayDelivery" d SET "reminders" = d."reminders" + 1, "remindedAt" = now()
    WHERE d."subjectType" = ${subject.type} AND d."subjectId" = ${subject.id} AND d."relayedAt" IS NULL AND ${inScope}`;
  return queued;
}
