// Small helpers shared by the project's scripts (start, test, bench, CI).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Node options for a process started beside the portal: it stops when its parent is gone (parent-watch.mjs). */
export const PARENT_WATCH = ["--import", pathToFileURL(path.join(ROOT, "scripts/lib/parent-watch.mjs")).href];
/** The file a package's `bin` entry points to (resolved lazily; read from its package.json). */
function bin(pkg, name = pkg.split("/").pop()) {
  const dir = path.join(ROOT, "node_modules", pkg);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const entry = typeof manifest.bin === "string" ? manifest.bin : manifest.bin[name];
  return path.join(dir, entry);
}

/** Node entry points of the tools the scripts call (no npx: nothing is downloaded). */
export const BIN = {
  get prisma() {
    return bin("prisma");
  },
  get next() {
    return bin("next");
  },
  get tsx() {
    return bin("tsx");
  },
  get vitest() {
    return bin("vitest");
  },
  get playwright() {
    return bin("@playwright/test", "playwright");
  },
  get eslint() {
    return bin("eslint");
  },
  get prettier() {
    return bin("prettier");
  },
  get tsc() {
    return bin("typescript", "tsc");
  },
  get autocannon() {
    return bin("autocannon");
  },
};

/**
 * Runs a command and resolves when it exits 0 (rejects otherwise). Always asynchronous: the
 * embedded database lives in this process and must keep answering while the child runs.
 */
export function run(command, args, { env = process.env, cwd = ROOT, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    if (quiet) {
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
    }
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output);
      else {
        if (quiet) process.stderr.write(output);
        reject(new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(" ")} failed (${signal ?? `exit ${code}`})`));
      }
    });
  });
}

/** Runs a Node script (one of BIN) with this Node. */
export function node(script, args = [], options = {}) {
  return run(process.execPath, [script, ...args], options);
}

export function log(message) {
  process.stdout.write(`\x1b[1m▸ ${message}\x1b[0m\n`);
}
