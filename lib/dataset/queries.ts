import "server-only";
import { unstable_cache } from "next/cache";
import { can, communeFilter, communeScope, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { ETHNIC_GROUPS_TAG } from "@/lib/ethnic-groups/tags";
import { UNITS_TAG } from "@/lib/units/tags";
import { aggregate, type TreeUnit } from "./aggregate";
import { buildDataView, type DataView } from "./public-view";
import { publishYear, type Figures, type PublishedDataset, type PublishedYear } from "./publish";
import { loadReference, type DatasetReference } from "./reference";
import { loadYearReleases } from "./release";
import { RELEASED_VALUES } from "./release-sql";
import { DATASET_TAG } from "./tags";

const TAGS = [DATASET_TAG, UNITS_TAG, ETHNIC_GROUPS_TAG];

/** Indicators, units and groups (cached; JSON). */
export const getReference = unstable_cache(async (): Promise<DatasetReference> => loadReference(db), ["dataset-reference"], { tags: TAGS });

/** Ethnic groups with any value in the province's data (ids; cached). */
export const getGroupsInData = unstable_cache(
  async (): Promise<string[]> =>
    (await db.$queryRawUnsafe<{ groupId: string }[]>(`SELECT DISTINCT "groupId" FROM "Observation" WHERE "groupId" IS NOT NULL`)).map(
      (row) => row.groupId,
    ),
  ["dataset-groups-in-data"],
  { tags: TAGS },
);

/** Ethnic-group menus: the groups present in the data first (in their usual order), then the rest. */
export function presentFirst<T extends { id: string }>(groups: readonly T[], present: readonly string[]): T[] {
  const inData = new Set(present);
  return [...groups.filter((g) => inData.has(g.id)), ...groups.filter((g) => !inData.has(g.id))];
}

/** The communes a viewer may see the dataset of (all, or the cadre's own). */
export function communesInReach(viewer: Actor, reference: DatasetReference) {
  const scope = communeScope(viewer, "dataset.view");
  return scope === "all" ? reference.communes : reference.communes.filter((c) => scope.in.includes(c.id));
}

/** Years with at least one value, newest first. */
export async function listYears(): Promise<number[]> {
  const rows = await db.observation.findMany({ distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } });
  return rows.map((row) => row.year);
}

export type GridValue = { value: number; updatedAt: Date; updatedBy: string | null };

/**
 * The entry grid of one commune, year and group: the commune's own row and each village's, with
 * who last changed each value. Refused outside the viewer's reach.
 */
export async function getEntryGrid({
  viewer,
  communeId,
  year,
  groupKey,
}: {
  viewer: Actor;
  communeId: string;
  year: number;
  groupKey: string;
}) {
  if (!can(viewer, "dataset.view", { communeId })) throw new AppError("forbidden", "form.forbidden");
  const rows = await db.observation.findMany({
    where: { communeId, year, groupKey },
    select: { unitId: true, indicatorId: true, value: true, updatedAt: true, updatedById: true },
  });
  const names = await userNames(rows.map((row) => row.updatedById));
  const values = new Map<string, GridValue>();
  for (const row of rows)
    values.set(`${row.unitId}|${row.indicatorId}`, {
      value: row.value,
      updatedAt: row.updatedAt,
      updatedBy: (row.updatedById && names.get(row.updatedById)) ?? null,
    });
  return values;
}

/**
 * The names of the users who last changed values, by id (one query for all). A value's
 * references are plain ids, not Prisma relations (see Observation in prisma/schema/dataset.prisma).
 */
async function userNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Observations of the viewer's reach for export: one commune (or all in reach), one year. */
export async function listObservationsForExport({
  viewer,
  communeId,
  year,
  groupKey,
}: {
  viewer: Actor;
  communeId?: string;
  year?: number;
  groupKey?: string;
}) {
  if (!can(viewer, "dataset.view")) throw new AppError("forbidden", "form.forbidden");
  if (communeId && !can(viewer, "dataset.view", { communeId })) throw new AppError("forbidden", "form.forbidden");
  const [rows, reference] = await Promise.all([
    db.observation.findMany({
      where: { communeId: communeId ?? communeFilter(viewer, "dataset.view"), year, groupKey },
      orderBy: [{ year: "asc" }, { communeId: "asc" }, { unitId: "asc" }, { indicatorId: "asc" }, { groupKey: "asc" }],
      select: {
        year: true,
        value: true,
        source: true,
        note: true,
        groupKey: true,
        updatedAt: true,
        indicatorId: true,
        unitId: true,
        groupId: true,
        updatedById: true,
      },
    }),
    loadReference(db),
  ]);
  // The codes and names of what each value refers to, from the reference data and one query for the users.
  type UnitCodes = { code: string; level: "COMMUNE" | "VILLAGE"; parent: { code: string } | null };
  const units = new Map<string, UnitCodes>(
    reference.communes.flatMap((c) => [
      [c.id, { code: c.code, level: "COMMUNE", parent: null }],
      ...c.villages.map((v): [string, UnitCodes] => [v.id, { code: v.code, level: "VILLAGE", parent: { code: c.code } }]),
    ]),
  );
  const groups = new Map(reference.groups.map((g) => [g.id, { code: g.code, name: g.name }]));
  const indicators = new Map(reference.indicators.map((i) => [i.id, { code: i.code }]));
  const names = await userNames(rows.map((row) => row.updatedById));
  return rows.map(({ indicatorId, unitId, groupId, updatedById, ...row }) => ({
    ...row,
    indicator: indicators.get(indicatorId) ?? { code: "" },
    unit: units.get(unitId) ?? { code: "", level: "COMMUNE", parent: null },
    group: groupId ? (groups.get(groupId) ?? null) : null,
    updatedBy: updatedById && names.has(updatedById) ? { name: names.get(updatedById)! } : null,
  }));
}

type ObservationRow = { indicatorId: string; unitId: string; groupKey: string; year: number; value: number };

/**
 * Aggregates every year up the tree and builds its tables, public or internal (publishYear). The
 * public tables are built from released values only (lib/dataset/release.ts): for each commune
 * the latest release covering it — or, with `at`, the year as it stood after that vintage.
 */
async function buildDataset(figures: Figures, at?: { year: number; vintage: number }): Promise<PublishedDataset> {
  const reference = await loadReference(db);
  const observations =
    figures === "internal"
      ? await db.observation.findMany({ select: { indicatorId: true, unitId: true, groupKey: true, year: true, value: true } })
      : await db.$queryRawUnsafe<ObservationRow[]>(RELEASED_VALUES, at?.year ?? null, at?.vintage ?? null);
  const units: TreeUnit[] = [
    ...(reference.provinceId ? [{ id: reference.provinceId, level: "PROVINCE" as const, parentId: null }] : []),
    ...reference.communes.flatMap((c) => [
      { id: c.id, level: "COMMUNE" as const, parentId: reference.provinceId },
      ...c.villages.map((v) => ({ id: v.id, level: "VILLAGE" as const, parentId: c.id })),
    ]),
  ];
  const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => b - a);
  const byYear: Record<string, PublishedYear> = {};
  for (const year of years) {
    const aggregated = aggregate({ units, indicators: reference.indicators, values: observations.filter((o) => o.year === year) });
    byYear[year] = publishYear({
      year,
      provinceId: reference.provinceId ?? "",
      communeIds: reference.communes.map((c) => c.id),
      groupOrder: reference.groups.map((g) => g.id),
      indicators: reference.indicators,
      aggregated,
      figures,
    });
  }
  if (figures === "internal") return { years, byYear };
  const releases = await loadYearReleases(db);
  return { years, byYear, releases, vintage: at?.vintage ?? null };
}

/**
 * Everything the public may see of the dataset: for each year, the published tables (suppressed).
 * Computed once per change (cached by tag) and shared by the data page, the commune pages and
 * the downloads, so they can never disagree.
 */
export const getPublicDataset = unstable_cache(async () => buildDataset("public"), ["public-dataset"], { tags: TAGS });

/**
 * A year as the public saw it right after one of its releases (an earlier vintage, kept
 * downloadable): never changes once released, cached like the rest.
 */
export const getPublicDatasetVintage = unstable_cache(
  async (year: number, vintage: number) => buildDataset("public", { year, vintage }),
  ["public-dataset-vintage"],
  { tags: TAGS },
);

/** The exact figures of every commune: read only through getInternalDataView, which scopes them. */
const getInternalDataset = unstable_cache(async () => buildDataset("internal"), ["internal-dataset"], { tags: TAGS });

/**
 * The back office's charts and tables: the exact figures, scoped on the server — officials and
 * administrators the province and any commune, a commune cadre their own commune only (never
 * another commune's row nor the province's totals). Asking for a commune out of reach is refused.
 */
export async function getInternalDataView({
  viewer,
  locale,
  year,
  communeId,
}: {
  viewer: Actor;
  locale: Locale;
  year?: number;
  communeId?: string;
}): Promise<DataView | null> {
  if (!can(viewer, "dataset.view") || (communeId && !can(viewer, "dataset.view", { communeId })))
    throw new AppError("forbidden", "form.forbidden");
  const [dataset, reference] = await Promise.all([getInternalDataset(), getReference()]);
  const scope = communeScope(viewer, "dataset.view");
  if (scope === "all") {
    const commune = reference.communes.find((c) => c.id === communeId);
    return buildDataView({ dataset, reference, locale, year, communeSlug: commune?.slug });
  }
  const commune = communesInReach(viewer, reference)[0];
  if (!commune) throw new AppError("forbidden", "form.forbidden");
  return buildDataView({ dataset, reference, locale, year, communeSlug: commune.slug, reach: [commune.id] });
}

/** Back-office counts for the dashboard, scoped like the rest. */
export async function datasetCounts(viewer: Actor) {
  if (!can(viewer, "dataset.view")) return null;
  const commune = communeFilter(viewer, "dataset.view");
  const year = new Date().getFullYear();
  const [thisYear, communes, withData] = await Promise.all([
    db.observation.count({ where: { communeId: commune, updatedAt: { gte: new Date(`${year}-01-01T00:00:00+07:00`) } } }),
    db.adminUnit.count({ where: { level: "COMMUNE", id: commune } }),
    db.observation.findMany({ where: { communeId: commune, year: year - 1 }, distinct: ["communeId"], select: { communeId: true } }),
  ]);
  return { valuesChangedThisYear: thisYear, communesMissingLastYear: communes - withData.length, lastYear: year - 1 };
}
