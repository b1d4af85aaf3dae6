#!/usr/bin/env node
// `npm run backup [-- --out FILE]`: one archive with the database and the uploaded media
// (scripts/lib/backup.mjs). Default file: backups/portal-<time>.tar.
//   PostgreSQL (DATABASE_URL): pg_dump custom format, while the portal runs.
//   Embedded database: PGlite's own consistent dump; stop the portal first.
import fs from "node:fs";
import path from "node:path";
import { backup } from "./lib/backup.mjs";
import { ROOT, log } from "./lib/run.mjs";

if (fs.existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
const at = process.argv.indexOf("--out");
const out = at !== -1 ? process.argv[at + 1] : path.join(ROOT, "backups", `portal-${new Date().toISOString().replace(/[:.]/g, "-")}.tar`);
try {
  const manifest = await backup({ out });
  const rows = Object.values(manifest.counts).reduce((sum, n) => sum + n, 0);
  log(
    `Backup written: ${out} (${manifest.database.kind} database, ${rows} rows in ${Object.keys(manifest.counts).length} tables, ${manifest.media.length} media files)`,
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
