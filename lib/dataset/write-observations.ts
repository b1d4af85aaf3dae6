import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { stringTable } from "./string-table";

/** One value to store, its key resolved to ids. `groupId` null = all groups. */
export type ObservationInput = {
  indicatorId: string;
  unitId: string;
  communeId: string;
  groupId: string | null;
  groupKey: string;
  year: number;
  value: number;
  source: string | null;
  note: string | null;
};

export type WriteSummary = { inserted: number; updated: number; unchanged: number };

/** Rows per statement: every import of up to 100,000 rows is one. */
const CHUNK = 100_000;

/**
 * One statement per chunk, set-based end to end. The rows arrive as arrays of numbers — an index
 * into `$1`, the distinct ids and texts, for each text column — which cost far less to send and
 * read than 100,000 ids each (`unnest` of eight arrays, then one hash join per column on the few
 * hundred strings). Every part of the statement sees the table as it was before it, so `old` holds
 * the stored values while `up` changes them (PostgreSQL 15's RETURNING cannot show a row as it
 * was). Rows whose value, source and note are already stored never reach the INSERT: the same
 * file imported again locks and rewrites nothing. The upsert keeps its ON CONFLICT for a row
 * another transaction added meanwhile. The references are checked once for the statement by the
 * tables' triggers (one join per reference), not row by row. New rows' ids are `$13` (a prefix new
 * for each statement) and their number: ids in order go into the indexes at one place, where
 * random ones (gen_random_uuid) cost a descent of each index to a page of its own for every row,
 * about half of the write's time.
 */
const WRITE = `
WITH s AS MATERIALIZED (
  SELECT (n - 1)::int AS n, t FROM unnest($1::text[]) WITH ORDINALITY AS s(t, n)
),
i AS MATERIALIZED (
  SELECT ind.t AS indicator_id, unit.t AS unit_id, com.t AS commune_id, grp.t AS group_id, gk.t AS group_key, r.year, r.value, src.t AS source, nt.t AS note
  FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::float8[], $9::int[], $10::int[])
    AS r(indicator, unit, commune, grp, group_key, year, value, source, note)
  JOIN s ind ON ind.n = r.indicator
  JOIN s unit ON unit.n = r.unit
  JOIN s com ON com.n = r.commune
  JOIN s gk ON gk.n = r.group_key
  LEFT JOIN s grp ON grp.n = r.grp
  LEFT JOIN s src ON src.n = r.source
  LEFT JOIN s nt ON nt.n = r.note
),
old AS MATERIALIZED (
  SELECT o."id", o."value", i.indicator_id, i.unit_id, i.group_key, i.year,
         o."value" IS DISTINCT FROM i.value OR o."source" IS DISTINCT FROM i.source OR o."note" IS DISTINCT FROM i.note AS changes
  FROM i JOIN "Observation" o
    ON o."indicatorId" = i.indicator_id AND o."unitId" = i.unit_id AND o."groupKey" = i.group_key AND o."year" = i.year
),
up AS (
  INSERT INTO "Observation" ("id", "indicatorId", "unitId", "communeId", "groupId", "groupKey", "year", "value", "source", "note", "updatedById", "createdAt", "updatedAt")
  SELECT $13 || lpad((row_number() OVER ())::text, 7, '0'), indicator_id, unit_id, commune_id, group_id, group_key, year, value, source, note, $11, now(), now()
  FROM i
  WHERE NOT EXISTS (
    SELECT 1 FROM old
    WHERE old.indicator_id = i.indicator_id AND old.unit_id = i.unit_id AND old.group_key = i.group_key AND old.year = i.year AND NOT old.changes
  )
  ON CONFLICT ("indicatorId", "unitId", "groupKey", "year") DO UPDATE
    SET "value" = EXCLUDED."value", "source" = EXCLUDED."source", "note" = EXCLUDED."note",
        "updatedById" = EXCLUDED."updatedById", "updatedAt" = now()
    WHERE "Observation"."value" IS DISTINCT FROM EXCLUDED."value"
       OR "Observation"."source" IS DISTINCT FROM EXCLUDED."source"
       OR "Observation"."note" IS DISTINCT FROM EXCLUDED."note"
  RETURNING "id", "indicatorId", "unitId", "groupKey", "year", "value", (xmax = 0) AS inserted
),
history AS (
  INSERT INTO "ObservationHistory" ("id", "observationId", "indicatorId", "unitId", "groupKey", "year", "oldValue", "newValue", "changedById", "importId", "changedAt")
  SELECT $13 || lpad((row_number() OVER ())::text, 7, '0'), up."id", up."indicatorId", up."unitId", up."groupKey", up."year", old."value", up."value", $11, $12, now()
  FROM up LEFT JOIN old ON old."id" = up."id"
  WHERE up.inserted OR old."value" IS DISTINCT FROM up."value"
)
SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM up`;

/**
 * Numbers as one PostgreSQL array literal ("{1,2,3}", read by `$n::int[]` or `::float8[]`): a
 * string is passed as it is, where an array parameter is walked element by element, by Prisma
 * and by node-postgres (a third of a second of CPU for 100,000 rows' nine columns, against 50 ms).
 * Only finite numbers are written (checked before), whose JavaScript text PostgreSQL reads.
 */
function arrayLiteral(values: readonly number[]): string {
  return `{${values.join(",")}}`;
}

/**
 * A prefix of ids no other statement uses, ordered by time like Prisma's cuid: "c", the time in
 * base 36, 10 random base-36 characters; a statement's rows add their number (7 digits).
 */
function idPrefix(): string {
  return `c${Date.now().toString(36)}${randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, "0").slice(-10)}`;
}

/**
 * Stores values set-based (one statement, not one query per row), inside the caller's
 * transaction: a history row for every value that changes (old → new), and an upsert on the
 * observation key. A value written again unchanged leaves no history. This is what makes a
 * 100,000-row import take seconds.
 */
export async function writeObservations(
  tx: Tx,
  rows: readonly ObservationInput[],
  ctx: { actorId: string; importId?: string | null },
): Promise<WriteSummary> {
  const summary: WriteSummary = { inserted: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const { strings, ref } = stringTable();
    const [counts] = await tx.$queryRawUnsafe<{ inserted: bigint; updated: bigint }[]>(
      WRITE,
      strings,
      arrayLiteral(chunk.map((r) => ref(r.indicatorId))),
      arrayLiteral(chunk.map((r) => ref(r.unitId))),
      arrayLiteral(chunk.map((r) => ref(r.communeId))),
      arrayLiteral(chunk.map((r) => ref(r.groupId))),
      arrayLiteral(chunk.map((r) => ref(r.groupKey))),
      arrayLiteral(chunk.map((r) => r.year)),
      arrayLiteral(chunk.map((r) => r.value)),
      arrayLiteral(chunk.map((r) => ref(r.source))),
      arrayLiteral(chunk.map((r) => ref(r.note))),
      ctx.actorId,
      ctx.importId ?? null,
      idPrefix(),
    );
    summary.inserted += Number(counts?.inserted ?? 0);
    summary.updated += Number(counts?.updated ?? 0);
  }
  summary.unchanged = rows.length - summary.inserted - summary.updated;
  return summary;
}

/** Removes values (a cell emptied in the grid), keeping their last value in the history. */
export async function removeObservations(tx: Tx, ids: readonly string[], ctx: { actorId: string }): Promise<number> {
  if (ids.length === 0) return 0;
  await tx.$executeRawUnsafe(
    `INSERT INTO "ObservationHistory" ("id", "observationId", "indicatorId", "unitId", "groupKey", "year", "oldValue", "newValue", "changedById", "changedAt")
     SELECT gen_random_uuid()::text, NULL, "indicatorId", "unitId", "groupKey", "year", "value", NULL, $2, now()
     FROM "Observation" WHERE "id" = ANY($1::text[])`,
    [...ids],
    ctx.actorId,
  );
  return tx.observation.deleteMany({ where: { id: { in: [...ids] } } }).then((result) => result.count);
}
