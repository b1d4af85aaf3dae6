/* eslint-disable max-lines -- one workflow (prepare, release, revise a vintage) whose steps share the completeness rules */
import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { can, communeScope, type Actor } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ALL_GROUPS } from "./aggregate";
import { loadReference, type DatasetReference } from "./reference";
import { CHANGED_SINCE_RELEASE, snapshotRelease } from "./release-sql";

type Client = PrismaClient | Tx;

/** What a commune still lacks for a year: the completeness check shown before a release. */
export type CommuneCompleteness = {
  communeId: string;
  values: number;
  /** Villages (names) without any value. */
  missingVillages: string[];
  /** Indicators (codes) without any value in the commune. */
  missingIndicators: string[];
  /** Ethnic groups (names) with values in the commune in another year but none this year. */
  missingGroups: string[];
};

export const gapsOf = (c: CommuneCompleteness) =>
  (c.values === 0 ? 1 : 0) + c.missingVillages.length + c.missingIndicators.length + c.missingGroups.length;

/** The completeness check of a year for the given communes (three grouped queries, any data size). */
export async function completenessOf(
  client: Client,
  reference: DatasetReference,
  year: number,
  communeIds: readonly string[],
): Promise<CommuneCompleteness[]> {
  const [units, indicators, groups] = await Promise.all([
    client.$queryRawUnsafe<{ unitId: string; communeId: string; n: number }[]>(
      `SELECT "unitId", "communeId", count(*)::int AS n FROM "Observation" WHERE "year" = $1 AND "communeId" = ANY($2::text[]) GROUP BY 1, 2`,
      year,
      [...communeIds],
    ),
    client.$queryRawUnsafe<{ communeId: string; indicatorId: string }[]>(
      `SELECT DISTINCT "communeId", "indicatorId" FROM "Observation" WHERE "year" = $1 AND "communeId" = ANY($2::text[])`,
      year,
      [...communeIds],
    ),
    client.$queryRawUnsafe<{ communeId: string; groupKey: string; present: boolean }[]>(
      `SELECT "communeId", "groupKey", bool_or("year" = $1) AS present FROM "Observation"
       WHERE "groupKey" <> $3 AND "communeId" = ANY($2::text[]) GROUP BY 1, 2`,
      year,
      [...communeIds],
      ALL_GROUPS,
    ),
  ]);
  const withValues = new Set(units.map((u) => u.unitId));
  return communeIds.flatMap((communeId) => {
    const commune = reference.communes.find((c) => c.id === communeId);
    if (!commune) return [];
    const indicatorIds = new Set(indicators.filter((i) => i.communeId === communeId).map((i) => i.indicatorId));
    return [
      {
        communeId,
        values: units.filter((u) => u.communeId === communeId).reduce((sum, u) => sum + u.n, 0),
        missingVillages: commune.villages.filter((v) => !withValues.has(v.id)).map((v) => v.name),
        missingIndicators: reference.indicators.filter((i) => !indicatorIds.has(i.id)).map((i) => i.code),
        missingGroups: groups
          .filter((g) => g.communeId === communeId && !g.present)
          .map((g) => reference.groups.find((group) => group.id === g.groupKey)?.name ?? g.groupKey),
      },
    ];
  });
}

/** The state of a year's figures for one commune: none yet, internal only, public, public but changed since. */
export type ReleaseStatus = "empty" | "draft" | "released" | "changedSinceRelease";

export type ReleaseOverview = {
  year: number;
  years: number[];
  rows: {
    communeId: string;
    name: string;
    status: ReleaseStatus;
    /** Values that differ from the release (after a release). */
    changed: number;
    completeness: CommuneCompleteness;
    release: { vintage: number; releasedAt: Date; kind: "RELEASE" | "REVISION" } | null;
  }[];
  /** Status of every year × commune in reach, for the matrix. */
  matrix: { year: number; statuses: Record<string, ReleaseStatus> }[];
  releases: {
    id: string;
    vintage: number;
    kind: "RELEASE" | "REVISION";
    communeName: string | null;
    note: string | null;
    releasedAt: Date;
    releasedBy: string | null;
  }[];
};

async function statusesOf(client: Client, year: number, communeIds: readonly string[]) {
  const [counts, changed] = await Promise.all([
    client.$queryRawUnsafe<{ communeId: string; n: number }[]>(
      `SELECT "communeId", count(*)::int AS n FROM "Observation" WHERE "year" = $1 AND "communeId" = ANY($2::text[]) GROUP BY 1`,
      year,
      [...communeIds],
    ),
    client.$queryRawUnsafe<{ communeId: string; releaseId: string; changed: number }[]>(CHANGED_SINCE_RELEASE, year, [...communeIds]),
  ]);
  return new Map(
    communeIds.map((id) => {
      const release = changed.find((c) => c.communeId === id);
      const values = counts.find((c) => c.communeId === id)?.n ?? 0;
      const status: ReleaseStatus = release ? (release.changed > 0 ? "changedSinceRelease" : "released") : values > 0 ? "draft" : "empty";
      return [id, { status, changed: release?.changed ?? 0, releaseId: release?.releaseId ?? null }];
    }),
  );
}

/**
 * The back office's release page: for a year, each commune in reach with its status and its
 * completeness; the status of every year × commune; the releases of the year. A cadre sees their
 * own commune only.
 */
export async function getReleaseOverview({ viewer, year }: { viewer: Actor; year?: number }): Promise<ReleaseOverview> {
  if (!can(viewer, "dataset.view")) throw new AppError("forbidden", "form.forbidden");
  const reference = await loadReference(db);
  const scope = communeScope(viewer, "dataset.view");
  const communes = scope === "all" ? reference.communes : reference.communes.filter((c) => scope.in.includes(c.id));
  const ids = communes.map((c) => c.id);
  const stored = await db.$queryRawUnsafe<{ year: number }[]>(
    `SELECT DISTINCT "year" FROM "Observation" UNION SELECT DISTINCT "year" FROM "DataRelease" ORDER BY 1 DESC`,
  );
  const years = stored.map((row) => row.year);
  const chosen = year ?? years[0] ?? new Date().getFullYear();
  const allYears = years.includes(chosen) ? years : [chosen, ...years].sort((a, b) => b - a);
  const matrix = await Promise.all(
    allYears.map(async (y) => {
      const statuses = await statusesOf(db, y, ids);
      return { year: y, statuses: Object.fromEntries([...statuses].map(([id, s]) => [id, s.status])) };
    }),
  );
  const [statuses, completeness, releases] = await Promise.all([
    statusesOf(db, chosen, ids),
    completenessOf(db, reference, chosen, ids),
    db.dataRelease.findMany({
      where: { year: chosen, ...(scope === "all" ? {} : { OR: [{ communeId: null }, { communeId: { in: ids } }] }) },
      orderBy: { vintage: "desc" },
      select: {
        id: true,
        vintage: true,
        kind: true,
        note: true,
        releasedAt: true,
        communeId: true,
        releasedBy: { select: { name: true } },
      },
    }),
  ]);
  return {
    year: chosen,
    years: allYears,
    matrix,
    rows: communes.map((c) => {
      const s = statuses.get(c.id)!;
      const release = releases.find((r) => r.id === s.releaseId);
      return {
        communeId: c.id,
        name: c.fullName,
        status: s.status,
        changed: s.changed,
        completeness: completeness.find((x) => x.communeId === c.id)!,
        release: release ? { vintage: release.vintage, releasedAt: release.releasedAt, kind: release.kind } : null,
      };
    }),
    releases: releases.map((r) => ({
      id: r.id,
      vintage: r.vintage,
      kind: r.kind,
      note: r.note,
      releasedAt: r.releasedAt,
      releasedBy: r.releasedBy?.name ?? null,
      communeName: r.communeId ? (reference.communes.find((c) => c.id === r.communeId)?.fullName ?? null) : null,
    })),
  };
}

export type ReleaseInput = { year: number; communeId: string | null; note: string | null };
export type ReleaseResult = { id: string; vintage: number; kind: "RELEASE" | "REVISION"; values: number };

/**
 * Releases a year's figures to the public — the whole province or one commune — as they are now.
 * In one transaction: the scope is checked against the permission table on the commune loaded
 * here, the completeness is checked (gaps need a note, shown publicly), a change to figures already
 * public makes it a revision (a note is required), the values are copied (the vintage), and the
 * audit row is written. Releasing with nothing new is refused.
 */
export async function releaseYear(input: ReleaseInput, ctx: MutationContext): Promise<ReleaseResult> {
  const reference = await loadReference(db);
  return db.$transaction(async (tx) => {
    let communeIds: string[];
    if (input.communeId) {
      const loaded = await tx.adminUnit.findFirst({ where: { id: input.communeId, level: "COMMUNE" }, select: { id: true } });
      if (!loaded) throw new AppError("invalid", "commune.invalid");
      if (!can(ctx.actor, "dataset.release", { communeId: loaded.id })) throw new AppError("forbidden", "form.forbidden");
      communeIds = [loaded.id];
    } else {
      if (!can(ctx.actor, "dataset.release", { communeId: null })) throw new AppError("forbidden", "form.forbidden");
      communeIds = reference.communes.map((c) => c.id);
    }
    // One release of a year at a time: vintages are numbered in order.
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(15, $1::int)`, input.year);

    const statuses = await statusesOf(tx, input.year, communeIds);
    const states = [...statuses.values()];
    const somethingNew = states.some((s) => s.status === "draft" || s.status === "changedSinceRelease");
    if (!somethingNew) throw new AppError("conflict", "dataset.release.nothingNew");
    // A revision changes figures already public; releasing the communes still in draft (the rest
    // unchanged) is a release.
    const kind = states.some((s) => s.status === "changedSinceRelease") ? "REVISION" : "RELEASE";
    const completeness = await completenessOf(tx, reference, input.year, communeIds);
    const gaps = completeness.reduce((sum, c) => sum + gapsOf(c), 0);
    if (kind === "REVISION" && !input.note) throw new AppError("invalid", "dataset.release.revisionNoteRequired", undefined, "note");
    if (gaps > 0 && !input.note) throw new AppError("invalid", "dataset.release.gapNoteRequired", undefined, "note");

    const last = await tx.dataRelease.aggregate({ where: { year: input.year }, _max: { vintage: true } });
    const vintage = (last._max.vintage ?? 0) + 1;
    const summary = {
      communes: completeness.length,
      values: completeness.reduce((sum, c) => sum + c.values, 0),
      missingVillages: completeness.reduce((sum, c) => sum + c.missingVillages.length, 0),
      missingIndicators: completeness.reduce((sum, c) => sum + c.missingIndicators.length, 0),
      missingGroups: completeness.reduce((sum, c) => sum + c.missingGroups.length, 0),
      communesWithoutValues: completeness.filter((c) => c.values === 0).length,
    };
    const release = await tx.dataRelease.create({
      data: {
        year: input.year,
        communeId: input.communeId,
        vintage,
        kind,
        note: input.note,
        completeness: summary,
        releasedById: ctx.actor.id,
      },
      select: { id: true },
    });
    const values = await snapshotRelease(tx, release.id, input.year, input.communeId);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: kind === "REVISION" ? "dataset.revised" : "dataset.released",
      entityType: "DataRelease",
      entityId: release.id,
      after: { year: input.year, communeId: input.communeId, vintage, note: input.note, ...summary, copied: values },
      ip: ctx.ip,
    });
    return { id: release.id, vintage, kind, values };
  });
}

/** The public side of a year's releases: when, which vintage, the notes (gaps, revisions). */
export type YearReleases = {
  vintage: number;
  firstReleasedAt: string;
  /** The date of the latest revision, if any. */
  revisedAt: string | null;
  vintages: { vintage: number; kind: "RELEASE" | "REVISION"; releasedAt: string; communeId: string | null; note: string | null }[];
};

/** Every release of every year, as plain JSON (cached with the public dataset). */
export async function loadYearReleases(client: Client): Promise<Record<string, YearReleases>> {
  const releases = await client.dataRelease.findMany({
    orderBy: [{ year: "desc" }, { vintage: "asc" }],
    select: { year: true, vintage: true, kind: true, releasedAt: true, communeId: true, note: true },
  });
  const byYear: Record<string, YearReleases> = {};
  for (const r of releases) {
    const entry = (byYear[r.year] ??= { vintage: 0, firstReleasedAt: r.releasedAt.toISOString(), revisedAt: null, vintages: [] });
    entry.vintage = Math.max(entry.vintage, r.vintage);
    if (r.kind === "REVISION") entry.revisedAt = r.releasedAt.toISOString();
    entry.vintages.push({ vintage: r.vintage, kind: r.kind, releasedAt: r.releasedAt.toISOString(), communeId: r.communeId, note: r.note });
  }
  return byYear;
}
