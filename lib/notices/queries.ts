import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { sitemapSource } from "@/lib/sitemap/source";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NoticeCategory } from "@/lib/generated/prisma/enums";
import { severityRank } from "./states";
import { NOTICES_TAG } from "./tags";

export const NOTICE_PAGE_SIZE = 20;

/** In force: the current version, issued, neither a cancel nor an all-clear, not expired. */
export function activeWhere(now: Date): Prisma.NoticeWhereInput {
  return { state: "ISSUED", msgType: { not: "CANCEL" }, allClear: false, expiresAt: { gt: now } };
}

/** Ended: the current version is a cancel, an all-clear, or has expired. */
function endedWhere(now: Date): Prisma.NoticeWhereInput {
  return { state: "ISSUED", OR: [{ msgType: "CANCEL" }, { allClear: true }, { expiresAt: { lte: now } }] };
}

/** Notices for one commune: province-wide ones, and those whose area names it or one of its villages. */
export function communeWhere(slug: string): Prisma.NoticeWhereInput {
  return { OR: [{ provinceWide: true }, { areas: { some: { unit: { OR: [{ slug }, { parent: { slug } }] } } } }] };
}

const cardSelect = {
  id: true,
  seriesId: true,
  version: true,
  msgType: true,
  allClear: true,
  reason: true,
  category: true,
  hazard: true,
  severity: true,
  urgency: true,
  certainty: true,
  provinceWide: true,
  effectiveAt: true,
  expiresAt: true,
  issuedAt: true,
  translations: { select: { locale: true, headline: true } },
  areas: {
    select: {
      unit: { select: { level: true, name: true, fullName: true, slug: true, parent: { select: { fullName: true, slug: true } } } },
    },
  },
} satisfies Prisma.NoticeSelect;

type CardRow = Prisma.NoticeGetPayload<{ select: typeof cardSelect }>;
function toCard(row: CardRow) {
  return {
    ...row,
    effectiveAt: row.effectiveAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    issuedAt: (row.issuedAt ?? row.effectiveAt).toISOString(),
  };
}
export type NoticeCard = ReturnType<typeof toCard>;

/** Most severe first, then the latest issued. */
function bySeverity(a: CardRow, b: CardRow) {
  return severityRank(a.severity) - severityRank(b.severity) || (b.issuedAt?.getTime() ?? 0) - (a.issuedAt?.getTime() ?? 0);
}

/** The banner of every public page: notices in force for the reader's commune, and province-wide ones always. */
export async function listBannerNoticesAt(communeSlug: string | null, now: Date): Promise<NoticeCard[]> {
  const rows = await db.notice.findMany({
    where: { AND: [activeWhere(now), communeSlug ? communeWhere(communeSlug) : { provinceWide: true }] },
    select: cardSelect,
    take: 20,
  });
  return rows.sort(bySeverity).map(toCard);
}

export const listBannerNotices = unstable_cache(
  (communeSlug: string | null, minute: string) => listBannerNoticesAt(communeSlug, new Date(minute)),
  ["notices-banner"],
  { tags: [NOTICES_TAG] },
);

export type NoticeListQuery = { commune?: string; category?: NoticeCategory; archive?: boolean; page: number };

/** Notices in force (most severe first) or the archive of ended ones (latest first). */
export async function listPublicNoticesAt(query: NoticeListQuery, now: Date) {
  const where: Prisma.NoticeWhereInput = {
    AND: [
      query.archive ? endedWhere(now) : activeWhere(now),
      query.commune ? communeWhere(query.commune) : {},
      { category: query.category },
    ],
  };
  if (!query.archive) {
    const rows = await db.notice.findMany({ where, select: cardSelect, take: 200 });
    return { total: rows.length, items: rows.sort(bySeverity).map(toCard), pageCount: 1 };
  }
  const [total, rows] = await Promise.all([
    db.notice.count({ where }),
    db.notice.findMany({
      where,
      select: cardSelect,
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * NOTICE_PAGE_SIZE,
      take: NOTICE_PAGE_SIZE,
    }),
  ]);
  return { total, items: rows.map(toCard), pageCount: Math.max(1, Math.ceil(total / NOTICE_PAGE_SIZE)) };
}

export const listPublicNotices = unstable_cache(
  (query: NoticeListQuery, minute: string) => listPublicNoticesAt(query, new Date(minute)),
  ["notices-list"],
  { tags: [NOTICES_TAG] },
);

const detailSelect = {
  ...cardSelect,
  state: true,
  communeId: true,
  issuedByCadre: true,
  commune: { select: { fullName: true, officePhone: true, officeIsDemo: true } },
  translations: {
    select: {
      locale: true,
      headline: true,
      description: true,
      instruction: true,
      audio: { select: { storageKey: true, mimeType: true, size: true } },
    },
  },
} satisfies Prisma.NoticeSelect;

/**
 * A notice as its public page shows it: its current version (whatever id of the notice is
 * asked for), and the history of its issued versions. Null for a notice never issued.
 */
export async function getPublicNoticeAt(id: string) {
  const any = await db.notice.findUnique({ where: { id }, select: { seriesId: true } });
  if (!any) return null;
  const versions = await db.notice.findMany({
    where: { seriesId: any.seriesId, state: { not: "DRAFT" } },
    select: detailSelect,
    orderBy: { version: "desc" },
  });
  const current = versions.find((version) => version.state === "ISSUED");
  if (!current) return null;
  return {
    ...toCard(current),
    state: current.state,
    communeId: current.communeId,
    issuedByCadre: current.issuedByCadre,
    commune: current.commune,
    translations: current.translations,
    history: versions.map((version) => ({
      id: version.id,
      version: version.version,
      msgType: version.msgType,
      allClear: version.allClear,
      reason: version.reason,
      severity: version.severity,
      expiresAt: version.expiresAt.toISOString(),
      issuedAt: (version.issuedAt ?? version.effectiveAt).toISOString(),
      translations: version.translations.map(({ locale, headline }) => ({ locale, headline })),
    })),
  };
}

export const getPublicNotice = unstable_cache((id: string) => getPublicNoticeAt(id), ["notice-by-id"], { tags: [NOTICES_TAG] });
export type PublicNotice = NonNullable<Awaited<ReturnType<typeof getPublicNoticeAt>>>;

/** Every issued notice's address, for the sitemap. */
export const sitemapNotices = sitemapSource("notices", NOTICES_TAG, {
  count: () => db.notice.count({ where: { state: "ISSUED" } }),
  page: async (_minute, skip, take) => {
    const rows = await db.notice.findMany({
      where: { state: "ISSUED" },
      select: { seriesId: true, updatedAt: true },
      orderBy: { id: "asc" },
      skip,
      take,
    });
    return rows.map((row) => ({ locale: "every", path: `notices/${row.seriesId}`, updatedAt: row.updatedAt.toISOString() }));
  },
});

/** The area of a notice as names: "whole province", or communes and villages (with their commune). */
export function areaNames(notice: Pick<NoticeCard, "provinceWide" | "areas">): string[] | null {
  if (notice.provinceWide) return null;
  return notice.areas.map(({ unit }) =>
    unit.level === "VILLAGE" && unit.parent ? `${unit.fullName} (${unit.parent.fullName})` : unit.fullName,
  );
}

/**
 * When the first of these notices expires: a page showing them must not be served past it.
 * (The front server keeps pages for PAGE_CACHE_TTL seconds; see `<meta name="portal-valid-until">`.)
 */
export function firstExpiry(notices: readonly { expiresAt: string }[]): string | null {
  let first: string | null = null;
  for (const notice of notices) if (!first || notice.expiresAt < first) first = notice.expiresAt;
  return first;
}
