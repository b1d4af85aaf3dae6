// `npm run bench:import`: times a 100,000-row CSV import (dry run, then commit) on a fresh
// PostgreSQL database, portal_bench_import (or BENCH_IMPORT_DATABASE), on DATABASE_URL's server
// (default: the local one). Prints dry run and commit separately, beside the previous run's.
// A benchmark, not a test: it prints the numbers and appends them to bench/results.jsonl.
// On a shared machine the elapsed times vary with the load; each step also prints every SQL
// statement's duration, and the CPU time the step used (this process and, when the database
// server runs on this machine, its backends), which depends far less on what else runs.
import fs from "node:fs";
import os from "node:os";
import { freshBenchDatabase } from "./lib/bench-database.mjs";
import { RESULTS_FILE, appendBenchResult, benchCommit } from "./lib/bench-results.mjs";

// BENCH_IMPORT_DATABASE: another name when several copies of the portal share one server.
const database = (process.env.BENCH_IMPORT_DATABASE ?? "portal_bench_import").replace(/[^a-z0-9_]/gi, "");
await freshBenchDatabase(database);

const { seed } = await import("../prisma/seed/index");
await seed();
// The app's client, built here with query events so that each statement's duration is printed
// (lib/db.ts takes the client it finds in globalThis.portalDb).
const { PrismaClient } = await import("../lib/generated/prisma/client");
const { PrismaPg } = await import("@prisma/adapter-pg");
const logged = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 10 }),
  log: [{ emit: "event", level: "query" }],
});
type Step = { at: number; ms: number; sql: string };
let steps: Step[] | null = null;
logged.$on("query", (event) => {
  if (steps)
    steps.push({ at: performance.now() - event.duration, ms: event.duration, sql: event.query.replace(/\s+/g, " ").trim().slice(0, 90) });
});
(globalThis as { portalDb?: unknown }).portalDb = logged;
const { db } = await import("../lib/db");
/**
 * CPU time used so far (ms) by this process and by the database's backends, read from /proc
 * (null for the backends when the server is on another machine or /proc cannot be read).
 */
async function cpuMs(): Promise<{ node: number; database: number | null }> {
  const usage = process.cpuUsage();
  const node = (usage.user + usage.system) / 1000;
  try {
    const pids = await db.$queryRawUnsafe<{ pid: number }[]>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
    const ticks = pids
      .map(({ pid }) => fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" "))
      .reduce((sum, fields) => sum + Number(fields[11]) + Number(fields[12]), 0);
    return { node, database: (ticks * 1000) / 100 }; // USER_HZ is 100 on Linux
  } catch {
    return { node, database: null };
  }
}
type Cpu = { nodeMs: number; databaseMs: number | null };

/**
 * Runs `work`, then prints its statements in order with their durations and the time between
 * them (JavaScript), and the CPU time it used.
 */
async function timed<T>(label: string, work: () => Promise<T>, cpu: Record<string, Cpu>): Promise<T> {
  const before = await cpuMs();
  const recorded: Step[] = (steps = []);
  const start = performance.now();
  const result = await work();
  const total = performance.now() - start;
  steps = null; // not the CPU time query
  const after = await cpuMs();
  const used = (cpu[label] = {
    nodeMs: Math.round(after.node - before.node),
    databaseMs: after.database === null || before.database === null ? null : Math.round(after.database - before.database),
  });
  console.log(
    `\n${label}: ${total.toFixed(0)} ms, of which SQL ${recorded.reduce((sum, s) => sum + s.ms, 0).toFixed(0)} ms; CPU: Node ${used.nodeMs} ms, database ${used.databaseMs ?? "—"} ms`,
  );
  let last = start;
  for (const step of recorded) {
    const gap = step.at - last;
    if (gap >= 5) console.log(`${"".padStart(8)}  ${gap.toFixed(0).padStart(6)} ms  (JavaScript)`);
    console.log(`${step.ms.toFixed(0).padStart(6)} ms  ${step.sql}`);
    last = step.at + step.ms;
  }
  if (start + total - last >= 5) console.log(`${"".padStart(8)}  ${(start + total - last).toFixed(0).padStart(6)} ms  (JavaScript)`);
  return result;
}
const { previewImport, commitImport } = await import("../lib/dataset/import/mutations");
const { getImport } = await import("../lib/dataset/import/queries");

// 200 villages in one commune × 10 indicators × 10 ethnic groups × 5 years = 100,000 rows.
const commune = await db.adminUnit.findUniqueOrThrow({ where: { slug: "minh-dan" } });
await db.adminUnit.createMany({
  data: Array.from({ length: 200 }, (_, i) => ({
    level: "VILLAGE" as const,
    code: `BENCH-${i}`,
    name: `Bản ${i}`,
    fullName: `Bản ${i}`,
    slug: `bench-${i}`,
    parentId: commune.id,
  })),
});
const groups = ["01", "02", "03", "04", "06", "07", "08", "09", "13", "17"];
const counts: Record<string, (base: number) => number> = {
  POP: (b) => b,
  HH: (b) => Math.round(b / 4),
  POOR_HH: (b) => Math.round(b / 20),
  NEAR_POOR_HH: (b) => Math.round(b / 40),
  HH_ELECTRICITY: (b) => Math.round(b / 5),
  HH_CLEAN_WATER: (b) => Math.round(b / 6),
  OUT_OF_SCHOOL: (b) => Math.round(b / 100),
  LITERACY_RATE: () => 95.5,
  HEALTH_INSURED: (b) => Math.round(b * 0.9),
  PRESTIGIOUS: () => 1,
};
const lines = ["year,commune_code,village_code,ethnic_group_code,ethnic_group,indicator_code,value,source,note"];
for (let year = 2021; year <= 2025; year++) {
  for (let v = 0; v < 200; v++) {
    for (const group of groups) {
      const base = 40 + ((v * 7 + Number(group) * 13 + year) % 60);
      for (const [code, value] of Object.entries(counts))
        lines.push(`${year},${commune.code},BENCH-${v},${group},,${code},${value(base)},benchmark,`);
    }
  }
}
const bytes = new TextEncoder().encode(lines.join("\n"));
const viewer = await db.user.findUniqueOrThrow({ where: { email: "official@demo.local" } });

let started = performance.now();
const cpu: Record<string, Cpu> = {};
const id = await timed("dry run", () => previewImport({ name: "bench.csv", bytes }, { actor: viewer, ip: null }), cpu);
const previewMs = performance.now() - started;
const report = await getImport({ viewer, id });
if (report?.status !== "PREVIEWED")
  throw new Error(`the benchmark file did not pass its check: ${JSON.stringify(report?.report.problems.slice(0, 3))}`);
started = performance.now();
const summary = await timed("commit", () => commitImport(id, { actor: viewer, ip: null }), cpu);
const commitMs = performance.now() - started;
// The same file again: every value is compared and nothing changes.
const again = await previewImport({ name: "bench.csv", bytes }, { actor: viewer, ip: null });
started = performance.now();
const unchanged = await timed("same file again: commit", () => commitImport(again, { actor: viewer, ip: null }), cpu);
const recommitMs = performance.now() - started;
await db.$disconnect();

const commit = benchCommit();
const line = {
  date: new Date().toISOString(),
  commit,
  benchmark: "import-100k",
  node: process.version,
  rows: lines.length - 1,
  megabytes: Number((bytes.byteLength / 1e6).toFixed(1)),
  dryRunMs: Math.round(previewMs),
  commitMs: Math.round(commitMs),
  summary,
  recommitUnchangedMs: Math.round(recommitMs),
  recommitSummary: unchanged,
  load: { average: Number(os.loadavg()[0]!.toFixed(2)), cores: os.cpus().length },
  cpuMs: cpu,
};
// The previous run of this benchmark, to print side by side.
const previous = (fs.existsSync(RESULTS_FILE) ? fs.readFileSync(RESULTS_FILE, "utf8").split("\n") : [])
  .filter((text) => text.includes('"import-100k"'))
  .map((text) => JSON.parse(text) as Partial<typeof line>)
  .sort((a, b) => String(a.date).localeCompare(String(b.date)))
  .at(-1);
appendBenchResult(line);
const seconds = (ms: number | undefined) => (ms === undefined ? "—" : `${(ms / 1000).toFixed(2)} s`);
const figures = [
  ["dry run", line.dryRunMs, previous?.dryRunMs],
  ["commit", line.commitMs, previous?.commitMs],
  [
    "dry run + commit",
    line.dryRunMs + line.commitMs,
    previous?.dryRunMs !== undefined && previous.commitMs !== undefined ? previous.dryRunMs + previous.commitMs : undefined,
  ],
  ["same file again: commit", line.recommitUnchangedMs, previous?.recommitUnchangedMs],
] as const;
console.log(`Import of ${line.rows} rows (${line.megabytes} MB CSV), ${JSON.stringify(summary)}`);
console.log(`${"".padEnd(26)}${"now".padStart(10)}${`before (${previous?.commit ?? "—"})`.padStart(22)}`);
for (const [label, now, before] of figures) console.log(`${label.padEnd(26)}${seconds(now).padStart(10)}${seconds(before).padStart(22)}`);
const cpuOf = (label: string, of?: Partial<typeof line>) => {
  const used = of?.cpuMs?.[label];
  return used ? `${seconds(used.nodeMs)} + ${used.databaseMs === null ? "—" : seconds(used.databaseMs)}` : "—";
};
console.log(
  `\nCPU time (Node + database), load average ${line.load.average} on ${line.load.cores} cores${previous?.load ? ` (before: ${previous.load.average})` : ""}`,
);
for (const label of ["dry run", "commit", "same file again: commit"])
  console.log(`${label.padEnd(26)}${cpuOf(label, line).padStart(18)}${cpuOf(label, previous).padStart(22)}`);
