#!/usr/bin/env node
// `npm run bench:large`: page latency on a miss at 100,000 of everything. Run `npm run seed:large`
// first (database SEED_LARGE_DATABASE, portal_large). Every request is rendered and stored nowhere
// (scripts/lib/bench-request.mjs), a different list page or query each time, one at a time: p50/p95
// per kind of page. Appends to bench/results.jsonl.
import crypto from "node:crypto";
import fs from "node:fs";
import { buildIfNeeded } from "./lib/build.mjs";
import { renderedGet } from "./lib/bench-request.mjs";
import { appendBenchResult, benchCommit } from "./lib/bench-results.mjs";
import { startPortal } from "./lib/portal.mjs";
import { log } from "./lib/run.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const DATABASE = process.env.SEED_LARGE_DATABASE ?? "portal_large";
const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
server.pathname = `/${DATABASE}`;

const WORDS = ["chính sách", "hỗ trợ", "nhà ở", "học bổng", "nước sạch", "giống cây", "vay vốn", "bảo hiểm", "đất rừng", "điện"];
/** Each kind of page, and the i-th distinct address of it. */
const KINDS = {
  "news list": (i) => `/vi/news?page=${1 + (i % 200)}`,
  "forum list": (i) => `/vi/forum?page=${1 + (i % 200)}`,
  "products list": (i) => `/vi/products?page=${1 + (i % 50)}`,
  "commune page": () => "/vi/communes/minh-dan",
  search: (i) => `/vi/search?q=${encodeURIComponent(`${WORDS[i % WORDS.length]} ${i}`)}`,
  "article page": (i) => `/vi/news/bai-viet-lon-${1 + i * 997}`,
  "sitemap index": () => "/sitemap.xml",
  // A file of 10,000 articles in every language they have (the data cache holds a few of them).
  "sitemap file": (i) => `/sitemaps/articles-${i % 10}.xml`,
};

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const env = {
  ...process.env,
  DATABASE_URL: server.toString(),
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  PORTAL_DEMO: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  ALLOWED_HOSTS: `127.0.0.1:${PORT}`,
};
await buildIfNeeded(env);
log(`Portal on ${DATABASE}, port ${PORT}`);
const portal = await startPortal({ port: PORT, env });
try {
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`${BASE}/api/health`).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  // Warm the process (JIT, connections, cached reads shared by every page).
  for (const make of Object.values(KINDS)) await renderedGet(PORT, make(10_000));
  const results = {};
  for (const [kind, make] of Object.entries(KINDS)) {
    const times = [];
    let failures = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      const { status, cache } = await renderedGet(PORT, make(i));
      times.push(performance.now() - started);
      if (status >= 500 || cache === "HIT") failures++;
    }
    times.sort((a, b) => a - b);
    results[kind] = { p50: Math.round(quantile(times, 0.5)), p95: Math.round(quantile(times, 0.95)), failuresOrHits: failures };
    log(`${kind.padEnd(14)} p50 ${results[kind].p50} ms  p95 ${results[kind].p95} ms${failures ? `  (${failures} errors or hits)` : ""}`);
  }
  const rss = (() => {
    try {
      return Math.round(Number(fs.readFileSync(`/proc/${portal.child.pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1]) / 1024);
    } catch {
      return null;
    }
  })();
  const commit = benchCommit();
  appendBenchResult({ date: new Date().toISOString(), commit, bench: "large", samples: SAMPLES, nextRssMiB: rss, results });
  console.log(`Next.js process memory (RSS): ${rss} MiB`);
} finally {
  await portal.close();
  portal.child.kill("SIGTERM");
}
