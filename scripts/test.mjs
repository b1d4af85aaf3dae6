#!/usr/bin/env node
// `npm test`: every test — lint, type-check, unit, database, browser — in that order.
//   npm test -- --only=unit,db     run some stages (lint, types, unit, db, e2e)
//   npm test -- --grep=lockout     only tests whose name matches (vitest and Playwright)
// The database comes from TEST_DATABASE_URL, or a throwaway database on DATABASE_URL's server,
// or an in-memory embedded PGlite (see scripts/lib/test-database.mjs).
import crypto from "node:crypto";
import { buildIfNeeded } from "./lib/build.mjs";
import { ensureChromium, CHROMIUM_PATH } from "./lib/chromium.mjs";
import { databaseEnv, migrate } from "./lib/database.mjs";
import { BIN, log, node } from "./lib/run.mjs";
import { openTestDatabase, resetSchema } from "./lib/test-database.mjs";

const STAGES = ["lint", "types", "unit", "db", "e2e"];
const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice(7)
  .split(",");
const stages = STAGES.filter((stage) => !only || only.includes(stage));
const grep = process.argv.find((arg) => arg.startsWith("--grep="))?.slice(7);
const vitestGrep = grep ? ["-t", grep] : [];
const started = Date.now();
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

let database = null;
try {
  if (stages.includes("lint")) {
    log("Lint (eslint, prettier)");
    await node(BIN.eslint, ["--max-warnings", "0", "."], { env: baseEnv });
    await node(BIN.prettier, ["--check", "--log-level", "warn", "."], { env: baseEnv });
  }
  if (stages.includes("types")) {
    log("Type-check (tsc)");
    await node(BIN.next, ["typegen"], { env: baseEnv, quiet: true });
    await node(BIN.tsc, ["--noEmit"], { env: baseEnv });
  }
  if (stages.includes("unit")) {
    log("Unit tests (vitest)");
    await node(BIN.vitest, ["run", "--project", "unit", ...vitestGrep], { env: baseEnv });
  }
  if (stages.includes("db") || stages.includes("e2e")) {
    database = await openTestDatabase();
    log(`Test database: ${database.embedded ? "embedded PGlite (in memory)" : new URL(database.url).pathname.slice(1)}`);
  }
  const env = database ? { ...databaseEnv(database, baseEnv), TEST_DATABASE_EMBEDDED: database.embedded ? "1" : "" } : baseEnv;
  if (stages.includes("db")) {
    log("Database tests (vitest, real database)");
    await resetSchema(database.url);
    await migrate(env);
    await node(BIN.vitest, ["run", "--project", "db", ...vitestGrep], { env });
  }
  if (stages.includes("e2e")) {
    await ensureChromium();
    await resetSchema(database.url);
    await buildIfNeeded(baseEnv);
    log("Browser tests (Playwright, Chromium)");
    await node(BIN.playwright, ["test", ...(grep ? ["--grep", grep] : [])], {
      env: {
        ...env,
        CHROMIUM_PATH,
        AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
        PORTAL_DEMO: "1",
        CI: process.env.CI ?? "1",
      },
    });
  }
  log(`All tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await database?.stop();
}
