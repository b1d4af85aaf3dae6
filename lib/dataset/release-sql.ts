/**
 * The statements of the release workflow that the seed runs too (no "server-only" here). All are
 * set-based: a release copies its scope's values in one INSERT … SELECT, however many.
 */

type Raw = { $executeRawUnsafe: (query: string, ...values: unknown[]) => Promise<number> };

/**
 * Copies the values of `year` as they are now into release `releaseId`: the whole province
 * (communeId null) or one commune. What the public sees of that scope from now on.
 */
export function snapshotRelease(client: Raw, releaseId: string, year: number, communeId: string | null): Promise<number> {
  return client.$executeRawUnsafe(
    `INSERT INTO "ReleasedObservation" ("releaseId", "indicatorId", "unitId", "communeId", "groupKey", "value")
     SELECT $1, o."indicatorId", o."unitId", o."communeId", o."groupKey", o."value"
     FROM "Observation" o
     WHERE o."year" = $2 AND ($3::text IS NULL OR o."communeId" = $3::text)`,
    releaseId,
    year,
    communeId,
  );
}

/**
 * For each (year, commune): the latest release covering the commune (province-wide or its own),
 * and the values that release made public for that commune. `$1` a year or null (every year),
 * `$2` the last vintage to take into account (null: the latest) — an earlier vintage is the
 * public state of the year as it was right after that release.
 */
export const RELEASED_VALUES = `
WITH latest AS (
  SELECT DISTINCT ON (r."year", c."id") r."id" AS release_id, r."year", c."id" AS commune_id
  FROM "DataRelease" r
  JOIN "AdminUnit" c ON c."level"::text = 'COMMUNE' AND (r."communeId" IS NULL OR r."communeId" = c."id")
  WHERE ($1::int IS NULL OR r."year" = $1::int) AND ($2::int IS NULL OR r."vintage" <= $2::int)
  ORDER BY r."year", c."id", r."vintage" DESC
)
SELECT ro."indicatorId", ro."unitId", ro."groupKey", l."year", ro."value"
FROM latest l
JOIN "ReleasedObservation" ro ON ro."releaseId" = l.release_id AND ro."communeId" = l.commune_id`;

/**
 * Per commune of `$2` (ids) for year `$1`: how many values differ between what is stored now and
 * what the latest release covering the commune made public (changed, added or removed). Only
 * communes with a release appear.
 */
export const CHANGED_SINCE_RELEASE = `
WITH latest AS (
  SELECT DISTINCT ON (c.id) c.id AS commune_id, r."id" AS release_id
  FROM unnest($2::text[]) AS c(id)
  JOIN "DataRelease" r ON r."year" = $1::int AND (r."communeId" IS NULL OR r."communeId" = c.id)
  ORDER BY c.id, r."vintage" DESC
),
cur AS (
  SELECT o."communeId", o."indicatorId", o."unitId", o."groupKey", o."value"
  FROM "Observation" o JOIN latest l ON l.commune_id = o."communeId"
  WHERE o."year" = $1::int
),
rel AS (
  SELECT ro."communeId", ro."indicatorId", ro."unitId", ro."groupKey", ro."value"
  FROM latest l JOIN "ReleasedObservation" ro ON ro."releaseId" = l.release_id AND ro."communeId" = l.commune_id
),
diff AS (
  SELECT coalesce(cur."communeId", rel."communeId") AS commune_id, count(*)::int AS changed
  FROM cur FULL JOIN rel
    ON cur."communeId" = rel."communeId" AND cur."indicatorId" = rel."indicatorId" AND cur."unitId" = rel."unitId" AND cur."groupKey" = rel."groupKey"
  WHERE cur."value" IS DISTINCT FROM rel."value"
  GROUP BY 1
)
SELECT l.commune_id AS "communeId", l.release_id AS "releaseId", coalesce(d.changed, 0)::int AS changed
FROM latest l LEFT JOIN diff d ON d.commune_id = l.commune_id`;
