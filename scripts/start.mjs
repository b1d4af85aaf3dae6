#!/usr/bin/env node
// `npm start`: the whole portal from a clean clone, with no other step.
//   - database: DATABASE_URL when set, else the embedded one (PGlite, data under .data/pglite);
//   - applies migrations, seeds demo data into an empty database;
//   - builds when the sources changed since the last build, then serves on PORT (3000).
//   - serves through the front server (scripts/lib/front-server.mjs), Next.js behind it.
// `npm run dev` does the same with `next dev` instead of a build (and no front server).
// `npm start -- --setup-only` applies migrations and the first-start seed, then exits.
// PORTAL_DATA_DIR moves the demo's data folder (.data: embedded database, secret).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./lib/build.mjs";
import { databaseEnv, migrate, openDatabase, seed } from "./lib/database.mjs";
import { startPortal } from "./lib/portal.mjs";
import { ROOT, log } from "./lib/run.mjs";

const dev = process.argv.includes("--dev");
const setupOnly = process.argv.includes("--setup-only");
const DATA_DIR = path.resolve(ROOT, process.env.PORTAL_DATA_DIR ?? ".data");

if (fs.existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
const production = process.env.NODE_ENV === "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

/** A real deployment must bring its own secret; the demo makes one once and keeps it. */
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (production) {
    console.error("AUTH_SECRET is required when NODE_ENV=production (a random string of at least 32 characters).");
    process.exit(1);
  }
  const file = path.join(DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

const port = Number(process.env.PORT ?? 3000);
// Absolute links (canonical, hreflang, feeds, CAP, share links) come only from PUBLIC_URL, never
// from the address a request names; a deployment must say what its address is.
if (production && !process.env.PUBLIC_URL) {
  console.error("PUBLIC_URL is required when NODE_ENV=production (the portal's public address, e.g. https://dantoc.tuyenquang.gov.vn).");
  process.exit(1);
}
/** The newest migration of this checkout: /api/health is ready only once it is applied. */
function latestMigration() {
  const dir = path.join(ROOT, "prisma", "migrations");
  return (
    fs
      .readdirSync(dir)
      .filter((name) => /^\d+_/.test(name))
      .sort()
      .at(-1) ?? ""
  );
}

const env = {
  ...process.env,
  PORTAL_LATEST_MIGRATION: latestMigration(),
  AUTH_SECRET: authSecret(),
  // next-auth wants the public address; the portal's own sign-in does not depend on it.
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? process.env.PUBLIC_URL ?? `http://localhost:${port}`,
  // Not a deployment: demo users may be seeded and cookies work over plain http.
  ...(production ? {} : { PORTAL_DEMO: "1" }),
};

const database = await openDatabase({ dataDir: path.join(DATA_DIR, "pglite") });
// The embedded database's files are this process's: a backup or restore checks this file first.
const PID_FILE = path.join(DATA_DIR, "portal.pid");
if (database.embedded) fs.writeFileSync(PID_FILE, String(process.pid));
const dbEnv = databaseEnv(database, env);
let portal = null;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await portal?.close();
  const child = portal?.child;
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
  await database.stop(); // closes PGlite cleanly so its files stay consistent
  if (database.embedded) fs.rmSync(PID_FILE, { force: true });
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  log(database.embedded ? "Database: embedded (PGlite, data in .data/pglite)" : "Database: PostgreSQL server from DATABASE_URL");
  await migrate(dbEnv);
  await seed(dbEnv, { ifEmpty: true });
  if (setupOnly) await shutdown(0);
  if (!dev) await buildIfNeeded(env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

try {
  portal = await startPortal({ port, env: dbEnv, dev });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
portal.child.on("exit", (code) => void shutdown(code ?? 0));
log(`Portal: http://localhost:${port}`);
