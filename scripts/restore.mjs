#!/usr/bin/env node
// `npm run restore -- ARCHIVE [--force]`: restores a backup (scripts/lib/backup.mjs) into an
// empty database (DATABASE_URL, else the embedded one) and an empty media folder. --force
// replaces what is there. Every file is checked against the manifest, and the restored row
// counts too.
import fs from "node:fs";
import path from "node:path";
import { restore } from "./lib/backup.mjs";
import { ROOT, log } from "./lib/run.mjs";

if (fs.existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
const args = process.argv.slice(2);
const archive = args.find((arg) => !arg.startsWith("--"));
if (!archive) {
  console.error("Usage: npm run restore -- ARCHIVE [--force]");
  process.exit(2);
}
try {
  const { manifest, counts } = await restore({ archive, force: args.includes("--force") });
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  log(
    `Restored ${archive} (made ${manifest.createdAt}): ${rows} rows in ${Object.keys(counts).length} tables, ${manifest.media.length} media files, all checked.`,
  );
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
