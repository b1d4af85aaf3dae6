#!/usr/bin/env node
// `npm run bench:render`: what a page rendered on a miss costs. Every request is rendered by
// Next.js and stored nowhere (scripts/lib/bench-request.mjs); the data cache stays warm, as it is
// for a page purged or expired while its data did not change.
// Measured two ways:
//   - CPU time of the Next.js process per render (utime + stime from /proc, sequential requests):
//     hardly depends on what else the machine runs; 1000 / that is the renders/s one process
//     could reach on one free core;
//   - renders/s at BENCH_CONNECTIONS (8) concurrent requests for BENCH_DURATION (10) seconds:
//     wall clock, so it depends on the machine's load.
// On the database SEED_LARGE_DATABASE (portal_large) when it exists (`npm run seed:large`),
// else on a fresh portal_bench database; BENCH_DATABASE names a fresh database to use instead of
// either (a session benchmarking beside others keeps to its own). BENCH_PAGES (comma-separated
// names of PAGES) measures only some pages. BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the
// Next.js process there when it stops (`node --cpu-prof`), for reading where a render's time goes.
// Appends to bench/results.jsonl.
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { buildIfNeeded } from "./lib/build.mjs";
import { cpuSeconds, renderedGet } from "./lib/bench-request.mjs";
import { appendBenchResult, benchCommit } from "./lib/bench-results.mjs";
import { migrate, seed } from "./lib/database.mjs";
import { startPortal } from "./lib/portal.mjs";
import { log } from "./lib/run.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");

/**
 * What is measured: one address asked for again and again, or (`distinct`) a different article
 * each time — each one's first view, the cost of a render Next.js then keeps (app/(stored)), as
 * after a change to the article; the same article again is answered from that stored render.
 */
const ALL_PAGES = {
  article: "/vi/news/chinh-sach-ho-tro-ho-ngheo-lam-nha-o",
  "article first view": { distinct: true },
  "news list": "/vi/news",
  home: "/vi",
};
const PAGES = process.env.BENCH_PAGES
  ? Object.fromEntries(Object.entries(ALL_PAGES).filter(([kind]) => process.env.BENCH_PAGES.split(",").includes(kind)))
  : ALL_PAGES;

/** The large database if it was seeded, else a fresh benchmark database with the demo seed. */
async function database() {
  const large = process.env.SEED_LARGE_DATABASE ?? "portal_large";
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    const { rowCount } = process.env.BENCH_DATABASE
      ? { rowCount: 0 }
      : await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [large]);
    const url = new URL(server);
    if (rowCount) {
      url.pathname = `/${large}`;
      return { name: large, url: url.toString() };
    }
    const name = process.env.BENCH_DATABASE ?? "portal_bench";
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    url.pathname = `/${name}`;
    const env = { ...process.env, DATABASE_URL: url.toString(), PORTAL_DEMO: "1" };
    await migrate(env);
    await seed(env, { ifEmpty: false });
    return { name, url: url.toString() };
  } finally {
    await admin.end();
  }
}

/**
 * A function giving a different published article's address at each call (its first view), or
 * null when the database holds too few for a run (warm-up, samples, and the concurrent run at up
 * to 500 renders/s).
 */
async function distinctArticles(url) {
  const needed = 30 + SAMPLES + DURATION * 500;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT t.locale, t.slug, a.kind FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId"
       WHERE a.state = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."publishAt" <= now() ORDER BY random() LIMIT $1`,
      [needed],
    );
    if (rows.length < needed) return null;
    let at = 0;
    return () => {
      const row = rows[at++ % rows.length];
      return `/${row.locale}/${row.kind === "LAW" ? "law" : "news"}/${encodeURIComponent(row.slug)}`;
    };
  } finally {
    await client.end();
  }
}

async function render(path) {
  const { status, cache } = await renderedGet(PORT, path);
  if (status !== 200 || cache !== "BYPASS") throw new Error(`${path}: ${status} ${cache}`);
}

const db = await database();
const env = {
  ...process.env,
  DATABASE_URL: db.url,
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  PORTAL_DEMO: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  OUTBOX_WORKER: "0",
};
await buildIfNeeded(env);
log(`Portal on ${db.name}, port ${PORT}`);
const nodeArgs = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
const portal = await startPortal({ port: PORT, env, nodeArgs });
const results = {};
try {
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`${BASE}/api/health`).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const pid = portal.child.pid;
  for (const [kind, page] of Object.entries(PAGES)) {
    const next = typeof page === "string" ? () => page : await distinctArticles(db.url);
    if (!next) {
      log(`${kind}: skipped, the database has too few articles (npm run seed:large)`);
      continue;
    }
    for (let i = 0; i < 30; i++) await render(next()); // warm-up: JIT, connections, data cache
    const cpuBefore = cpuSeconds(pid);
    const started = performance.now();
    for (let i = 0; i < SAMPLES; i++) await render(next());
    const cpuMs = ((cpuSeconds(pid) - cpuBefore) * 1000) / SAMPLES;
    const wallMs = (performance.now() - started) / SAMPLES;
    // Concurrent: CONNECTIONS requests in flight, each a new address.
    let done = 0;
    const until = Date.now() + DURATION * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < until) {
          await render(next());
          done++;
        }
      }),
    );
    results[kind] = {
      cpuMsPerRender: Math.round(cpuMs * 10) / 10,
      rendersPerCpuSecond: Math.round(1000 / cpuMs),
      sequentialMsPerRender: Math.round(wallMs * 10) / 10,
      rendersPerSecond: Math.round(done / DURATION),
    };
    log(
      `${kind.padEnd(20)} ${results[kind].cpuMsPerRender} ms CPU a render (${results[kind].rendersPerCpuSecond}/s on one core), ${results[kind].sequentialMsPerRender} ms one at a time, ${results[kind].rendersPerSecond} renders/s at ${CONNECTIONS} connections`,
    );
  }
  const [load] = fs.readFileSync("/proc/loadavg", "utf8").split(" ");
  appendBenchResult({
    date: new Date().toISOString(),
    commit: benchCommit(),
    bench: "render",
    database: db.name,
    samples: SAMPLES,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    load: Number(load),
    results,
  });
} finally {
  await portal.close();
  portal.child.kill("SIGTERM");
}
