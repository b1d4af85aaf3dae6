/* eslint-disable max-lines -- backup and restore are one archive format; writing and reading it are kept side by side */
// Backups that restore: one archive holding the database and the uploaded media, with a manifest.
//
//   archive (tar):  manifest.json                time, portal version, newest migration, row counts
//                                                per table, and every media file's size and sha256
//                   database.dump                PostgreSQL: pg_dump custom format
//                   database.pglite.tar.gz       embedded: PGlite's own dumpDataDir() (consistent;
//                                                never the system pg_dump against PGlite's session)
//                   media/…                      the files of MEDIA_DIR
//
// Restore goes into an empty database and an empty media folder, and refuses anything else
// unless told (--force): a restore replaces, it never merges.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ROOT, run } from "./run.mjs";

export const MANIFEST = "manifest.json";
const PG_FILE = "database.dump";
const PGLITE_FILE = "database.pglite.tar.gz";

function sha256(file) {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash("sha256");
    fs.createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", reject);
  });
}

function* walk(dir, prefix = "") {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), relative);
    else if (entry.isFile()) yield relative;
  }
}

/** Row counts of every table of the public schema (Prisma's own included). */
export async function tableCounts(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const counts = {};
    for (const { tablename } of rows) {
      counts[tablename] = (await client.query(`SELECT count(*)::int AS n FROM "public"."${tablename.replace(/"/g, '""')}"`)).rows[0].n;
    }
    return counts;
  } finally {
    await client.end();
  }
}

function latestMigration() {
  const dir = path.join(ROOT, "prisma", "migrations");
  return (
    fs
      .readdirSync(dir)
      .filter((name) => /^\d+_/.test(name))
      .sort()
      .at(-1) ?? null
  );
}

/** Where the embedded database lives (PORTAL_DATA_DIR, as the start script). */
export function embeddedDataDir(env = process.env) {
  return path.join(path.resolve(ROOT, env.PORTAL_DATA_DIR ?? ".data"), "pglite");
}

export function mediaDir(env = process.env) {
  return path.resolve(ROOT, env.MEDIA_DIR ?? ".data/uploads");
}

/** The embedded database files are in use when the portal runs: its start script writes this. */
export function embeddedLockFile(env = process.env) {
  return path.join(path.resolve(ROOT, env.PORTAL_DATA_DIR ?? ".data"), "portal.pid");
}

function portalRunning(env) {
  const file = embeddedLockFile(env);
  if (!fs.existsSync(file)) return false;
  const pid = Number(fs.readFileSync(file, "utf8"));
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withEmbedded(dataDir, fn, options = {}) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create(dataDir, { extensions: { unaccent, pg_trgm }, ...options });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
  await server.start();
  try {
    return await fn(db, `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`);
  } finally {
    await server.stop();
    await db.close();
  }
}

/**
 * Writes one archive of the database and the media to `out` (a file path) and returns its manifest.
 * PostgreSQL when DATABASE_URL is set, else the embedded database (the portal must be stopped:
 * one process holds its files).
 */
export async function backup({ out, env = process.env }) {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
  try {
    const manifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      portalVersion: JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version,
      latestMigration: latestMigration(),
      database: null,
      counts: {},
      media: [],
    };
    if (env.DATABASE_URL) {
      const file = path.join(staging, PG_FILE);
      await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${env.DATABASE_URL}`], {
        env,
        quiet: true,
      });
      manifest.counts = await tableCounts(env.DATABASE_URL);
      manifest.database = { kind: "postgresql", file: PG_FILE, sha256: await sha256(file) };
    } else {
      if (portalRunning(env))
        throw new Error(
          "The portal is running on the embedded database: stop it first (one process holds its files), then run the backup.",
        );
      const dataDir = embeddedDataDir(env);
      if (!fs.existsSync(dataDir)) throw new Error(`No embedded database in ${dataDir}.`);
      const file = path.join(staging, PGLITE_FILE);
      await withEmbedded(dataDir, async (db, url) => {
        manifest.counts = await tableCounts(url);
        const dump = await db.dumpDataDir("gzip");
        fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      });
      manifest.database = { kind: "embedded", file: PGLITE_FILE, sha256: await sha256(file) };
    }
    const media = mediaDir(env);
    for (const relative of walk(media)) {
      const source = path.join(media, relative);
      const target = path.join(staging, "media", relative);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(source, target);
      manifest.media.push({ path: relative, size: fs.statSync(target).size, sha256: await sha256(target) });
    }
    fs.writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    await run("tar", ["-cf", path.resolve(out), "-C", staging, "."], { quiet: true });
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function databaseIsEmpty(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

function folderIsEmpty(dir) {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

/**
 * Restores an archive into an empty database and an empty media folder (`force`: empties them
 * first). Checks every media file against the manifest and the restored row counts against it.
 */
export async function restore({ archive, force = false, env = process.env }) {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "portal-restore-"));
  try {
    await run("tar", ["-xf", path.resolve(archive), "-C", staging], { quiet: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(staging, MANIFEST), "utf8"));
    const dbFile = path.join(staging, manifest.database.file);
    if ((await sha256(dbFile)) !== manifest.database.sha256)
      throw new Error("The archive's database file does not match its manifest (damaged archive).");
    for (const item of manifest.media) {
      if ((await sha256(path.join(staging, "media", item.path))) !== item.sha256)
        throw new Error(`Media file ${item.path} does not match the manifest (damaged archive).`);
    }
    const media = mediaDir(env);
    if (!folderIsEmpty(media) && !force)
      throw new Error(`The media folder ${media} is not empty: restore into an empty one, or pass --force to replace it.`);

    let counts;
    if (env.DATABASE_URL) {
      if (manifest.database.kind !== "postgresql")
        throw new Error("This archive holds an embedded database: restore it without DATABASE_URL.");
      if (!(await databaseIsEmpty(env.DATABASE_URL))) {
        if (!force) throw new Error("The database is not empty: restore into an empty database, or pass --force to replace it.");
        const client = new pg.Client({ connectionString: env.DATABASE_URL });
        await client.connect();
        await client.query('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public";').finally(() => client.end());
      }
      await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${env.DATABASE_URL}`, dbFile], {
        env,
        quiet: true,
      });
      counts = await tableCounts(env.DATABASE_URL);
    } else {
      if (manifest.database.kind !== "embedded")
        throw new Error("This archive holds a PostgreSQL database: set DATABASE_URL to the (empty) database to restore into.");
      if (portalRunning(env)) throw new Error("The portal is running on the embedded database: stop it first.");
      const dataDir = embeddedDataDir(env);
      if (!folderIsEmpty(dataDir)) {
        if (!force)
          throw new Error(
            `The embedded database ${dataDir} is not empty: restore into an empty data folder, or pass --force to replace it.`,
          );
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
      fs.mkdirSync(dataDir, { recursive: true });
      const blob = new Blob([fs.readFileSync(dbFile)]);
      counts = await withEmbedded(dataDir, (_db, url) => tableCounts(url), { loadDataDir: blob });
    }

    if (force) fs.rmSync(media, { recursive: true, force: true });
    for (const item of manifest.media) {
      const target = path.join(media, item.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(staging, "media", item.path), target);
    }
    const differing = Object.keys(manifest.counts).filter((table) => counts[table] !== manifest.counts[table]);
    if (differing.length) throw new Error(`Restored row counts differ from the manifest: ${differing.join(", ")}`);
    return { manifest, counts };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
