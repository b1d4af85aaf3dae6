import "server-only";
import type { Tx } from "@/lib/db";

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

/** Rows per statement: large enough to be fast, small enough to keep each statement modest. */
const CHUNK = 20_000;

const INPUT = `unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::float8[], $8::text[], $9::text[])
  AS i(indicator_id, unit_id, commune_id, group_id, group_key, year, value, source, note)`;

/**
 * Stores values set-based (one statement per chunk, not one query per row), inside the caller's
 * transaction: a history row for every value that changes (old → new), then an upsert on the
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
    const params = [
      chunk.map((r) => r.indicatorId),
      chunk.map((r) => r.unitId),
      chunk.map((r) => r.communeId),
      chunk.map((r) => r.groupId),
      chunk.map((r) => r.groupKey),
      chunk.map((r) => r.year),
      chunk.map((r) => r.value),
      chunk.map((r) => r.source),
      chunk.map((r) => r.note),
      ctx.actorId,
      ctx.importId ?? null,
    ];
    // Old values first: PostgreSQL 15's RETURNING cannot see the row as it was before an update.
    await tx.$executeRawUnsafe(
      `INSERT INTO "ObservationHistory" ("id", "observationId", "indicatorId", "unitId", "groupKey", "year", "oldValue", "newValue", "changedById", "importId", "changedAt")
       SELECT gen_random_uuid()::text, o."id", i.indicator_id, i.unit_id, i.group_key, i.year, o."value", i.value, $10, $11, now()
       FROM ${INPUT}
       JOIN "Observation" o ON o."indicatorId" = i.indicator_id AND o."unitId" = i.unit_id AND o."groupKey" = i.group_key AND o."year" = i.year
       WHERE o."value" IS DISTINCT FROM i.value`,
      ...params,
    );
    const [counts] = await tx.$queryRawUnsafe<{ inserted: bigint; updated: bigint }[]>(
      `WITH up AS (
         INSERT INTO "Observation" ("id", "indicatorId", "unitId", "communeId", "groupId", "groupKey", "year", "value", "source", "note", "updatedById", "createdAt", "updatedAt")
         SELECT gen_random_uuid()::text, i.indicator_id, i.unit_id, i.commune_id, i.group_id, i.group_key, i.year, i.value, i.source, i.note, $10, now(), now()
         FROM ${INPUT}
         ON CONFLICT ("indicatorId", "unitId", "groupKey", "year") DO UPDATE
           SET "value" = EXCLUDED."value", "source" = EXCLUDED."source", "note" = EXCLUDED."note",
               "updatedById" = EXCLUDED."updatedById", "updatedAt" = now()
           WHERE "Observation"."value" IS DISTINCT FROM EXCLUDED."value"
              OR "Observation"."source" IS DISTINCT FROM EXCLUDED."source"
              OR "Observation"."note" IS DISTINCT FROM EXCLUDED."note"
         RETURNING "id", "indicatorId", "unitId", "groupKey", "year", "value", (xmax = 0) AS inserted
       ),
       created AS (
         INSERT INTO "ObservationHistory" ("id", "observationId", "indicatorId", "unitId", "groupKey", "year", "oldValue", "newValue", "changedById", "importId", "changedAt")
         SELECT gen_random_uuid()::text, "id", "indicatorId", "unitId", "groupKey", "year", NULL, "value", $10, $11, now() FROM up WHERE inserted
       )
       SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM up`,
      ...params,
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
