/* eslint-disable max-lines -- kills a real start at each point (migration, seed) and checks the next start; the steps share one harness */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db.mjs";
import { DEMO_ARTICLES } from "@/prisma/seed/article-texts";
import { prismaCli } from "./helpers";

/**
 * A process killed (SIGKILL) at the worst moments — inside a migration, during the first-start
 * seed — leaves a database the next start completes: no migration recorded as failed (P3009),
 * no half seed taken for a finished one.
 */
const migrationNames = fs.readdirSync("prisma/migrations").filter((name) => /^\d+_/.test(name));

const HELD_IN_MIGRATION = "\u0000held";
const HOLD_FILE = path.join(os.tmpdir(), `portal-migration-hold-${process.pid}`);

/**
 * Starts a command in its own process group; resolves once its output contains `marker`, or
 * (marker HELD_IN_MIGRATION) once the schema engine says it holds inside a migration.
 */
function startUntil(args: string[], env: NodeJS.ProcessEnv, marker: string, timeoutMs = 90_000): Promise<ChildProcess> {
  fs.rmSync(HOLD_FILE, { force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...env, SCHEMA_ENGINE_TEST_HOLD_FILE: HOLD_FILE },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const done = () => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve(child);
    };
    const timer = setTimeout(() => {
      clearInterval(poll);
      // Never leave a held process behind.
      child.removeAllListeners("exit");
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {}
      reject(new Error(`no "${marker}" in time:\n${output}`));
    }, timeoutMs);
    const poll = setInterval(() => marker === HELD_IN_MIGRATION && fs.existsSync(HOLD_FILE) && done(), 100);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(marker)) done();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`exited (${code}) before "${marker}":\n${output}`));
    });
  });
}

/** kill -9 of the whole process group (the start script, the embedded database, Prisma's CLI and engine). */
async function killGroup(child: ChildProcess) {
  child.removeAllListeners("exit");
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGKILL");
  await exited;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const PRISMA = path.resolve("node_modules/prisma/build/index.js");

describe("crash recovery", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it.skipIf(process.env.TEST_DATABASE_EMBEDDED === "1")(
    "a migration killed halfway leaves nothing behind; the next deploy applies it (PostgreSQL)",
    async () => {
      const server = new URL(process.env.DATABASE_URL!);
      const name = `portal_crash_${process.pid}`;
      await query(server.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await query(server.toString(), `CREATE DATABASE "${name}"`);
      cleanups.push(() => query(server.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined));
      const url = new URL(server);
      url.pathname = `/${name}`;
      const env = { ...process.env, DATABASE_URL: url.toString(), SCHEMA_ENGINE_TEST_HOLD: "_articles" };

      const held = await startUntil([PRISMA, "migrate", "deploy"], env, HELD_IN_MIGRATION);
      await killGroup(held);
      // The killed migration's statements and its row went with its transaction.
      const rows = await query<{ migration_name: string; finished_at: Date | null }>(
        url.toString(),
        'SELECT migration_name, finished_at FROM "_prisma_migrations"',
      );
      expect(rows.every((row) => row.finished_at !== null)).toBe(true);
      expect(rows.map((row) => row.migration_name)).not.toContain(migrationNames.find((n) => n.includes("_articles")));
      const tables = await query<{ n: number }>(url.toString(), `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Article'`);
      expect(tables[0]!.n).toBe(0);

      const deploy = await prismaCli(["migrate", "deploy"], url.toString());
      expect(deploy.code, deploy.output).toBe(0);
      const applied = await query<{ n: number }>(
        url.toString(),
        'SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
      );
      expect(applied[0]!.n).toBe(migrationNames.length);
      const diff = await prismaCli(
        ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema", "--exit-code"],
        url.toString(),
      );
      expect(diff.code, diff.output).toBe(0);
    },
  );

  it.skipIf(process.env.TEST_DATABASE_EMBEDDED === "1")("a migration an older engine left marked failed is applied again", async () => {
    const server = new URL(process.env.DATABASE_URL!);
    const name = `portal_crash_legacy_${process.pid}`;
    await query(server.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await query(server.toString(), `CREATE DATABASE "${name}"`);
    cleanups.push(() => query(server.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined));
    const url = new URL(server);
    url.pathname = `/${name}`;
    expect((await prismaCli(["migrate", "deploy"], url.toString())).code).toBe(0);
    // As an older engine left it: the last migration recorded as started, never finished, its
    // statements rolled back.
    const last = migrationNames.at(-1)!;
    // What undoes the last migration (a new last migration adds its line here).
    const undo: Record<string, string> = {
      "20261204180000_setup_steps": 'DROP TABLE "SetupStep"',
      "20261205130000_reads_and_readings":
        'DROP TABLE "ArticleRead"; ALTER TABLE "ProductTranslation" DROP COLUMN "audioId"; ALTER TABLE "LibraryItemTranslation" DROP COLUMN "audioId"',
      "20261205140000_reach_short_links":
        'DROP INDEX "Subscription_shortCode_key"; ALTER TABLE "Subscription" DROP COLUMN "shortCode"; DROP FUNCTION subscription_short_code()',
      "20261205181000_list_indexes": [
        "Article_listed_state_publishAt_idx",
        "Article_listed_kind_publishAt_idx",
        "Article_listed_topic_publishAt_idx",
        "Article_listed_commune_publishAt_idx",
        "ForumQuestion_public_order_idx",
        "ForumQuestion_public_commune_order_idx",
        "ForumQuestion_public_topic_order_idx",
        "ForumQuestion_public_answered_idx",
        "Product_publishedAt_id_idx",
      ]
        .map((index) => `DROP INDEX "${index}"`)
        .join("; "),
      "20261206100000_search_words":
        'DROP TABLE "SearchWord"; DROP FUNCTION portal_collect_search_words() CASCADE; DROP FUNCTION portal_search_words(text); ' +
        'CREATE INDEX "ArticleTranslation_title_trgm_idx" ON "ArticleTranslation" USING GIN (portal_unaccent(lower("title")) gin_trgm_ops); ' +
        'CREATE INDEX "ProductTranslation_name_trgm_idx" ON "ProductTranslation" USING GIN (portal_unaccent(lower("name")) gin_trgm_ops)',
      "20261206120000_stored_search_vectors": [
        ["ArticleTranslation", '"title", "summary", "body"'],
        ["NoticeTranslation", '"headline", "description", "instruction"'],
        ["ProductTranslation", '"name", "ingredients", "description"'],
      ]
        .map(
          ([table, texts]) =>
            `ALTER TABLE "${table}" DROP COLUMN "searchVector"; ` +
            `CREATE INDEX "${table}_search_idx" ON "${table}" USING GIN (article_search_vector(${texts}))`,
        )
        .concat("DROP FUNCTION portal_set_search_vector() CASCADE")
        .join("; "),
    };
    expect(undo[last], `how to undo ${last}`).toBeDefined();
    await query(
      url.toString(),
      `${undo[last]}; UPDATE "_prisma_migrations" SET finished_at = NULL, applied_steps_count = 0 WHERE migration_name = '${last}'`,
    );
    const deploy = await prismaCli(["migrate", "deploy"], url.toString());
    expect(deploy.code, deploy.output).toBe(0);
    const rows = await query<{ finished: boolean; rolled_back: boolean }>(
      url.toString(),
      `SELECT finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM "_prisma_migrations" WHERE migration_name = '${last}' ORDER BY started_at`,
    );
    expect(rows).toEqual([
      { finished: false, rolled_back: true },
      { finished: true, rolled_back: false },
    ]);
  });

  it("the embedded database comes back whole after kills inside a migration and inside the first seed", { timeout: 600_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-crash-"));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const env: NodeJS.ProcessEnv = { ...process.env, PORTAL_DATA_DIR: dir, MEDIA_DIR: path.join(dir, "uploads"), NODE_ENV: "development" };
    delete env.DATABASE_URL;
    delete env.DATABASE_POOL_MAX;
    const start = ["scripts/start.mjs", "--setup-only"];

    await killGroup(await startUntil(start, { ...env, SCHEMA_ENGINE_TEST_HOLD: "_articles" }, HELD_IN_MIGRATION));
    await killGroup(await startUntil(start, { ...env, PORTAL_SEED_TEST_HOLD: "articles" }, "seed: holding after articles"));
    const third = await run(start, env);
    expect(third.code, third.output).toBe(0);
    expect(third.output).toContain("Seed: done.");

    const embedded = await startEmbeddedDb({ dataDir: path.join(dir, "pglite") });
    try {
      const [counts] = await query<Record<string, number>>(
        embedded.url,
        `SELECT
        (SELECT count(*)::int FROM "_prisma_migrations" WHERE finished_at IS NOT NULL) AS migrations,
        (SELECT count(*)::int FROM "_prisma_migrations" WHERE finished_at IS NULL AND rolled_back_at IS NULL) AS failed,
        (SELECT count(*)::int FROM "Article") AS articles,
        (SELECT count(*)::int FROM "Notice") AS notices,
        (SELECT count(*)::int FROM "ForumQuestion") AS questions,
        (SELECT count(*)::int FROM "Product") AS products,
        (SELECT count(*)::int FROM "LibraryItem") AS library,
        (SELECT count(*)::int FROM "SetupStep" WHERE key = 'seed') AS marker`,
      );
      expect(counts).toMatchObject({ migrations: migrationNames.length, failed: 0, articles: DEMO_ARTICLES.length, marker: 1 });
      expect(counts!.notices).toBeGreaterThan(0);
      expect(counts!.questions).toBeGreaterThan(0);
      expect(counts!.products).toBeGreaterThan(0);
      expect(counts!.library).toBeGreaterThan(0);
    } finally {
      await embedded.stop();
    }
  });

  it("a client that changes session settings on the embedded database does not change them for the others", async () => {
    const embedded = await startEmbeddedDb();
    cleanups.push(embedded.stop);
    const portal = new pg.Client({ connectionString: embedded.url });
    await portal.connect();
    try {
      const before = (await portal.query("SHOW search_path")).rows[0].search_path;
      // What pg_dump does on its connection.
      const tool = new pg.Client({ connectionString: embedded.url });
      await tool.connect();
      await tool.query("SELECT pg_catalog.set_config('search_path', '', false)");
      await tool.query("SET statement_timeout = 1");
      await tool.end();
      await expect.poll(async () => (await portal.query("SHOW search_path")).rows[0].search_path, { timeout: 5000 }).toBe(before);
      expect((await portal.query("SHOW statement_timeout")).rows[0].statement_timeout).toBe("0");
    } finally {
      await portal.end();
    }
  });
});
