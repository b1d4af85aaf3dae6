import fs from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db.mjs";
import { prismaCli } from "./helpers";

const migrationCount = fs.readdirSync("prisma/migrations").filter((name) => /^\d+_/.test(name)).length;

/** Applies every migration to an empty database, then checks the result is the schema. */
async function checkMigrations(url: string) {
  const deploy = await prismaCli(["migrate", "deploy"], url);
  expect(deploy.code, deploy.output).toBe(0);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const applied = await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    expect(applied.rows[0].n).toBe(migrationCount);
    const tables = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables.rows.map((row) => row.tablename)).toEqual(expect.arrayContaining(["User", "AdminUnit", "EthnicGroup", "AuditLog"]));
  } finally {
    await client.end();
  }

  // The migrations produce exactly what prisma/schema describes (no drift either way).
  const diff = await prismaCli(["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema", "--exit-code"], url);
  expect(diff.code, diff.output).toBe(0);
}

describe("migrations", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("apply to an empty embedded database (PGlite)", async () => {
    const embedded = await startEmbeddedDb();
    cleanups.push(embedded.stop);
    await checkMigrations(embedded.url);
  });

  it.skipIf(process.env.TEST_DATABASE_EMBEDDED === "1")("apply to an empty PostgreSQL database", async () => {
    const server = new URL(process.env.DATABASE_URL!);
    const name = `portal_migration_check_${process.pid}`;
    const admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: server.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    });
    const url = new URL(server);
    url.pathname = `/${name}`;
    await checkMigrations(url.toString());
  });
});
