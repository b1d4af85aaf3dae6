#!/usr/bin/env node
// `npm run bench`: load on loopback against a production build on PostgreSQL. A benchmark,
// not a test: it prints numbers and appends them to bench/results.jsonl.
//   DATABASE_URL       the PostgreSQL server to use (default: the local one); the benchmark
//                      runs on its own database, BENCH_DATABASE (portal_bench), recreated each time
//   BENCH_DURATION     seconds per URL (default 20)   BENCH_CONNECTIONS (default 50)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import http from "node:http";
import autocannon from "autocannon";
import { buildIfNeeded } from "./lib/build.mjs";
import { benchPortalEnv } from "./lib/bench-database.mjs";
import { appendBenchResult, benchCommit } from "./lib/bench-results.mjs";
import { ensureChromium } from "./lib/chromium.mjs";
import { lighthouseScores } from "./lib/lighthouse.mjs";
import { migrate, seed } from "./lib/database.mjs";
import { startPortal } from "./lib/portal.mjs";
import { log } from "./lib/run.mjs";
import { localeOfPath } from "../lib/i18n/languages.mjs";

const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
/** Recreated each run; another name lets two checkouts benchmark on one server at once. */
const BENCH_DATABASE = process.env.BENCH_DATABASE ?? "portal_bench";
// A published demo article (prisma/seed/article-texts.ts) with a cover and a recording.
const ARTICLE = "/vi/news/chinh-sach-ho-tro-ho-ngheo-lam-nha-o";
/** Loaded with autocannon; the public pages among them are also measured for bytes and Lighthouse. */
// BENCH_TARGETS (comma-separated paths) measures other pages, e.g. a minority language's
// (`/tyz,/tyz/library`) next to Vietnamese, to compare their cost side by side.
const TARGETS = process.env.BENCH_TARGETS
  ? process.env.BENCH_TARGETS.split(",")
      .map((target) => target.trim())
      .filter((target) => target.startsWith("/"))
  : ["/vi", ARTICLE, "/vi/data", "/vi/notices", "/vi/products", "/vi/forum", "/vi/library", "/api/health"];
const isPublicPage = (target) => localeOfPath(target.split("?")[0]) !== null;

/** Bytes on the wire (gzip) for one GET, as a browser's first visit fetches it. */
function wireBytes(url, encoding = "gzip") {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": encoding, "accept-language": "vi" } }, (response) => {
        let bytes = 0;
        let body = Buffer.alloc(0);
        response.on("data", (chunk) => {
          bytes += chunk.length;
          body = Buffer.concat([body, chunk]);
        });
        response.on("end", () => resolve({ bytes, encoding: response.headers["content-encoding"], body }));
      })
      .on("error", reject);
  });
}

/** HTML + CSS + JS a first visit to `page` downloads (scripts marked noModule are skipped by browsers). */
async function firstVisit(page) {
  const html = await wireBytes(BASE + page);
  const text = (html.encoding === "gzip" ? (await import("node:zlib")).gunzipSync(html.body) : html.body).toString();
  const assets = new Set();
  for (const match of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (!/\bnoModule\b/i.test(match[0])) assets.add(match[1]);
  for (const match of text.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g)) assets.add(match[1]);
  let css = 0;
  let js = 0;
  for (const asset of assets) {
    const { bytes } = await wireBytes(BASE + asset);
    if (asset.endsWith(".css")) css += bytes;
    else js += bytes;
  }
  return { html: html.bytes, css, js, total: html.bytes + css + js };
}

/** Requests/s of the bare reference server (scripts/lib/reference-server.mjs) answering `body`. */
async function machineReference(body, encoding) {
  const file = path.join(os.tmpdir(), `portal-bench-reference-${process.pid}`);
  fs.writeFileSync(file, body);
  const child = spawn(process.execPath, ["scripts/lib/reference-server.mjs", String(PORT + 1), file, encoding ?? ""], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await new Promise((resolve, reject) => {
      child.stdout.once("data", resolve);
      child.once("exit", () => reject(new Error("the reference server did not start")));
    });
    await load(`http://127.0.0.1:${PORT + 1}/`);
    const result = await load(`http://127.0.0.1:${PORT + 1}/`);
    return { requestsPerSecond: { median: result.requests.p50, mean: result.requests.average }, bytes: body.length };
  } finally {
    child.kill();
    fs.rmSync(file, { force: true });
  }
}

function load(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { "accept-encoding": "gzip" } }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      const { body } = await wireBytes(`${BASE}/api/health`, "identity");
      if (body.toString().includes('"ok"')) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the portal did not become healthy");
}

const env = await benchPortalEnv(BENCH_DATABASE, PORT);
log("Preparing the benchmark database (migrate, seed)");
await migrate(env);
await seed(env, { ifEmpty: false });
await buildIfNeeded(env);

log(`Starting the portal (front server + production build) on port ${PORT}`);
const portal = await startPortal({ port: PORT, env });
try {
  await waitForHealth();
  const bytes = {};
  const lighthouse = {};
  await ensureChromium();
  for (const target of TARGETS.filter(isPublicPage)) {
    bytes[target] = await firstVisit(target);
    log(`Lighthouse (mobile) ${target}`);
    lighthouse[target] = await lighthouseScores(BASE + target);
  }
  const results = {};
  for (const target of TARGETS) {
    log(`autocannon ${target}: ${CONNECTIONS} connections, ${DURATION} s`);
    await load(BASE + target).then(() => undefined); // warm-up run is the same length: caches, JIT
    const result = await load(BASE + target);
    results[target] = {
      requestsPerSecond: { median: result.requests.p50, mean: result.requests.average },
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
      non2xx: result.non2xx,
      errors: result.errors,
    };
  }
  // The same machine's bare HTTP figure, answering the article's stored bytes (see reference-server.mjs).
  log("Machine reference: a bare Node.js server answering the article's bytes");
  const stored = await wireBytes(BASE + ARTICLE);
  const reference = await machineReference(stored.body, stored.encoding);
  const commit = benchCommit();
  const line = {
    date: new Date().toISOString(),
    commit,
    node: process.version,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    firstVisitBytes: bytes,
    lighthouse,
    results,
    reference,
  };
  appendBenchResult(line);

  console.log("");
  for (const [target, b] of Object.entries(bytes)) {
    const scores = Object.entries(lighthouse[target].categories)
      .map(([id, score]) => `${id} ${score ?? "not scored"}`)
      .join(", ");
    console.log(
      `${target}: first visit (gzip) HTML ${b.html} B + CSS ${b.css} B + JS ${b.js} B = ${(b.total / 1024).toFixed(1)} KB; Lighthouse mobile: ${scores}`,
    );
    if (lighthouse[target].failing.length) console.log(`   audits not passed: ${lighthouse[target].failing.join(", ")}`);
    if (lighthouse[target].runtimeError) console.log(`   Lighthouse could not measure the page: ${lighthouse[target].runtimeError}`);
    if (lighthouse[target].errors.length) console.log(`   audits that failed to run: ${lighthouse[target].errors.join("; ")}`);
  }
  for (const [target, r] of Object.entries(results)) {
    console.log(
      `${target.padEnd(46)} ${String(r.requestsPerSecond.median).padStart(6)} req/s (median of per-second counts; mean ${r.requestsPerSecond.mean.toFixed(0)})` +
        `  latency p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms  non-2xx ${r.non2xx}, errors ${r.errors}` +
        `  (${Math.round((100 * r.requestsPerSecond.median) / reference.requestsPerSecond.median)}% of the reference)`,
    );
  }
  console.log(
    `${"machine reference (bare Node.js server, same bytes)".padEnd(46)} ${String(reference.requestsPerSecond.median).padStart(6)} req/s — compare sessions by the percentages`,
  );
  console.log("Appended to bench/results.jsonl");
} finally {
  await portal.close();
  portal.child.kill("SIGTERM");
}
