import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";

/**
 * Drops and creates `database` on DATABASE_URL's server (default: the local one) and returns
 * its URL: every benchmark (and seed-large) starts from an empty database of its own, so two
 * checkouts can run on one server under other names.
 */
export async function recreateDatabase(database) {
  const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A fresh, migrated database for an in-process benchmark (bench-import, bench-outbox): points
 * process.env.DATABASE_URL at it, since the app's modules read it when they are imported.
 */
export async function freshBenchDatabase(database) {
  process.env.DATABASE_URL = await recreateDatabase(database);
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    env: process.env,
    stdio: "ignore",
  });
}

/** The environment of a portal under load (bench, bench-editing), on a freshly recreated `database`. */
export async function benchPortalEnv(database, port) {
  return {
    ...process.env,
    DATABASE_URL: await recreateDatabase(database),
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    PORTAL_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    // The load comes to 127.0.0.1: its pages must be served from the front server's store even
    // when a PUBLIC_URL names another host (a request for an unlisted host is never stored).
    ALLOWED_HOSTS: [process.env.ALLOWED_HOSTS, `127.0.0.1:${port}`].filter(Boolean).join(","),
  };
}
