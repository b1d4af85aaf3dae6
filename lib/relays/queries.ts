import "server-only";
import { communeFilter, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";

export type RelayFigures = {
  subjectType: "Notice" | "Article";
  subjectId: string;
  title: string;
  sent: number;
  received: number;
  relayed: number;
  households: number;
  lastSentAt: Date;
  /** Reminders sent (by the back office and automatically), and to how many persons. */
  reminders: number;
  reminded: number;
};

/**
 * Per notice (series) or article: how many prestigious persons were sent it, confirmed receipt
 * and told the villagers — within the viewer's reach (a cadre: their commune), or one commune.
 */
export async function relayFigures(
  viewer: Actor,
  options: { communeId?: string | null; subject?: { type: "Notice" | "Article"; id: string }; take?: number } = {},
): Promise<RelayFigures[]> {
  const scope = communeFilter(viewer, "relays.manage");
  const communes = options.communeId ? (scope && !scope.in.includes(options.communeId) ? [] : [options.communeId]) : scope?.in;
  const where = [
    communes ? (communes.length ? Prisma.sql`d."communeId" IN (${Prisma.join(communes)})` : Prisma.sql`FALSE`) : Prisma.sql`TRUE`,
    options.subject ? Prisma.sql`d."subjectType" = ${options.subject.type} AND d."subjectId" = ${options.subject.id}` : Prisma.sql`TRUE`,
  ];
  const rows = await db.$queryRaw<
    {
      subjectType: "Notice" | "Article";
      subjectId: string;
      sent: bigint;
      received: bigint;
      relayed: bigint;
      households: bigint | null;
      lastSentAt: Date;
      reminders: bigint;
      reminded: bigint;
    }[]
  >`
    SELECT d."subjectType", d."subjectId", count(*) AS sent, count(d."receivedAt") AS received, count(d."relayedAt") AS relayed,
           sum(d."households") AS households, max(d."sentAt") AS "lastSentAt",
           sum(d."reminders") AS reminders, count(*) FILTER (WHERE d."reminders" > 0) AS reminded
    FROM "RelayDelivery" d WHERE ${Prisma.join(where, " AND ")}
    GROUP BY d."subjectType", d."subjectId" ORDER BY max(d."sentAt") DESC LIMIT ${options.take ?? 50}`;
  const noticeIds = rows.filter((row) => row.subjectType === "Notice").map((row) => row.subjectId);
  const articleIds = rows.filter((row) => row.subjectType === "Article").map((row) => row.subjectId);
  const [notices, articles] = await Promise.all([
    db.noticeTranslation.findMany({
      where: { locale: DEFAULT_LOCALE, notice: { seriesId: { in: noticeIds }, version: 1 } },
      select: { headline: true, notice: { select: { seriesId: true } } },
    }),
    db.articleTranslation.findMany({
      where: { locale: DEFAULT_LOCALE, articleId: { in: articleIds } },
      select: { title: true, articleId: true },
    }),
  ]);
  const titles = new Map<string, string>([
    ...notices.map((row) => [`Notice:${row.notice.seriesId}`, row.headline] as [string, string]),
    ...articles.map((row) => [`Article:${row.articleId}`, row.title] as [string, string]),
  ]);
  return rows.map((row) => ({
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    title: titles.get(`${row.subjectType}:${row.subjectId}`) ?? row.subjectId,
    sent: Number(row.sent),
    received: Number(row.received),
    relayed: Number(row.relayed),
    households: Number(row.households ?? 0),
    lastSentAt: row.lastSentAt,
    reminders: Number(row.reminders ?? 0),
    reminded: Number(row.reminded),
  }));
}
