import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { BIN, ROOT, log, node } from "./run.mjs";

const INPUTS = [
  "app",
  "components",
  "lib",
  "locales",
  "public",
  "prisma/schema",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const STAMP = path.join(ROOT, ".next", "portal-build-fingerprint");

function* files(entry) {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isFile()) {
    yield [entry, stat];
    return;
  }
  for (const child of fs.readdirSync(full).sort()) yield* files(path.join(entry, child));
}

/** A fingerprint of everything the production build depends on (paths, sizes, times). */
export function sourceFingerprint() {
  const hash = crypto.createHash("sha256");
  for (const entry of INPUTS) for (const [file, stat] of files(entry)) hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
  return hash.digest("hex");
}

/** Builds the production bundle unless the last build was made from the same sources. */
export async function buildIfNeeded(env = process.env) {
  const fingerprint = sourceFingerprint();
  const built =
    fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === fingerprint;
  if (built) return false;
  log("Building the portal (next build)…");
  await node(BIN.next, ["build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(STAMP, fingerprint);
  return true;
}
