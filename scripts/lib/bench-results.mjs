import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./run.mjs";

/** Where every benchmark appends its line (one JSON object per run, newest last). */
export const RESULTS_FILE = path.join(ROOT, "bench", "results.jsonl");

/**
 * The commit a benchmark measured: the short hash, with "-dirty" when tracked files differ from
 * it (results.jsonl itself aside), so a figure is never credited to code it did not run; null
 * outside a git checkout.
 */
export function benchCommit() {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
    const changes = execFileSync("git", ["status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/results.jsonl"], {
      cwd: ROOT,
    })
      .toString()
      .trim();
    return changes ? `${head}-dirty` : head;
  } catch {
    return null;
  }
}

/** Appends one benchmark run to bench/results.jsonl. @param {object} line */
export function appendBenchResult(line) {
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.appendFileSync(RESULTS_FILE, JSON.stringify(line) + "\n");
}
