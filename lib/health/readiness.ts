import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

/**
 * Whether this instance can serve: its database answers, through the portal's own tables (a
 * broken session — e.g. an emptied search_path — fails here as it would for every page), and
 * the newest migration this build knows is applied. Checked at most once a second: a load
 * balancer or monitor polling hard never costs more than one database round trip per second.
 */
export type Readiness =
  | { status: "ok"; database: "ok"; migrations: "ok" }
  | { status: "error"; database: "unreachable" | "ok"; migrations?: "pending"; reason: string };

const CACHE_MS = 1000;
const TIMEOUT_MS = 3000;

/** The newest migration of this build: set by the start script, else read from prisma/migrations. */
function latestMigration(): string | null {
  if (process.env.PORTAL_LATEST_MIGRATION) return process.env.PORTAL_LATEST_MIGRATION;
  try {
    const names = fs
      .readdirSync(path.join(process.cwd(), "prisma/migrations"))
      .filter((name) => /^\d+_/.test(name))
      .sort();
    return names.at(-1) ?? null;
  } catch {
    return null;
  }
}

async function check(): Promise<Readiness> {
  const expected = latestMigration();
  try {
    const rows = await Promise.race([
      db.$queryRaw<{ migrated: boolean; steps: number }[]>`
        SELECT
          (${expected}::text IS NULL OR EXISTS (
            SELECT 1 FROM "_prisma_migrations"
            WHERE "migration_name" = ${expected}::text AND "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL
          )) AS "migrated",
          (SELECT count(*)::int FROM "SetupStep") AS "steps"`,
      new Promise<never>((_, reject) => setTimeout(() => reject(Object.assign(new Error("timeout"), { code: "TIMEOUT" })), TIMEOUT_MS)),
    ]);
    if (!rows[0]?.migrated) return { status: "error", database: "ok", migrations: "pending", reason: "MIGRATIONS_PENDING" };
    return { status: "ok", database: "ok", migrations: "ok" };
  } catch (error) {
    // A code, not the driver's message: the message may name hosts and users.
    const code = (error as { code?: unknown })?.code;
    return { status: "error", database: "unreachable", reason: typeof code === "string" ? code : "error" };
  }
}

let last: { at: number; result: Promise<Readiness> } | null = null;

export function readiness(now = Date.now()): Promise<Readiness> {
  if (!last || now - last.at >= CACHE_MS) last = { at: now, result: check() };
  return last.result;
}

export async function readinessResponse(): Promise<Response> {
  const result = await readiness();
  return Response.json(result, { status: result.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
