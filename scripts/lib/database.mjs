import path from "node:path";
import { ROOT, BIN, node } from "./run.mjs";

/**
 * The database to use: DATABASE_URL when set (a PostgreSQL server), otherwise the embedded
 * PGlite served on loopback from `dataDir` (or in memory). Either way the rest of the portal
 * just gets a postgresql:// URL — one code path.
 */
export async function openDatabase({ dataDir, url = process.env.DATABASE_URL } = {}) {
  if (url) return { url, embedded: false, stop: async () => {} };
  const { startEmbeddedDb } = await import("./embedded-db.mjs");
  const db = await startEmbeddedDb({ dataDir: dataDir && path.resolve(ROOT, dataDir) });
  return { url: db.url, embedded: true, stop: db.stop };
}

/** The environment for everything that talks to this database. */
export function databaseEnv(database, env = process.env) {
  return {
    ...env,
    DATABASE_URL: database.url,
    // PGlite is one session: one connection, so two requests' transactions never interleave.
    ...(database.embedded ? { DATABASE_POOL_MAX: "1", PORTAL_EMBEDDED_DB: "1" } : {}),
  };
}

export function migrate(env) {
  return node(BIN.prisma, ["migrate", "deploy"], { env });
}

export function seed(env, { ifEmpty = true } = {}) {
  return node(BIN.tsx, ["prisma/seed/index.ts", ...(ifEmpty ? ["--if-empty"] : [])], { env });
}
