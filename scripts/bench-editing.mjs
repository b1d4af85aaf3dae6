#!/usr/bin/env node
// `npm run bench:editing`: readers over 1,000 article pages while an editor publishes once a
// second. A benchmark, not a test: it prints hit ratio and latency and appends them to
// bench/results.jsonl.
//   1. read-only: BENCH_CONNECTIONS (50) readers spread over the pages, BENCH_DURATION (20) s;
//   2. editing, purge by what changed: each second one article is changed in the database and
//      the change announced as the portal announces it (NOTIFY portal_invalidate with the
//      article's page keys, lib/articles/page-keys.ts) — as if an editor on another instance
//      published it;
//   3. editing, purge everything (the portal before page keys), for comparison;
//   4. readers of every kind on a flood day: BENCH_MIX_PAGES (200) of the pages, each reader with
//      one of 19 cookie sets (none, or one of the demo's six communes at text size 0, 1 or 2),
//      while every BENCH_MIX_PURGE_SECONDS (2) a province-wide notice changes (a purge of
//      `banner`: every reader's copy of every page). Also the Next.js process's CPU per answer.
// Hit ratio: the share of answers served from the front server's store (x-portal-cache HIT or
// STALE; in run 4 also DERIVED, a copy made from a stored one without a render).
// DATABASE_URL: the PostgreSQL server; the run uses BENCH_DATABASE (portal_bench_editing).
import autocannon from "autocannon";
import pg from "pg";
import { buildIfNeeded } from "./lib/build.mjs";
import { benchPortalEnv } from "./lib/bench-database.mjs";
import { cpuSeconds } from "./lib/bench-request.mjs";
import { appendBenchResult, benchCommit } from "./lib/bench-results.mjs";
import { migrate, seed } from "./lib/database.mjs";
import { startPortal } from "./lib/portal.mjs";
import { log } from "./lib/run.mjs";

const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PAGES = Number(process.env.BENCH_PAGES ?? 1000);
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const BENCH_DATABASE = process.env.BENCH_DATABASE ?? "portal_bench_editing";
const MIX_PAGES = Number(process.env.BENCH_MIX_PAGES ?? 200);
const MIX_PURGE_SECONDS = Number(process.env.BENCH_MIX_PURGE_SECONDS ?? 2);
/** The reader kinds of run 4: no choice, or a demo commune at one of three text sizes. */
const READER_KINDS = [
  "",
  ...["minh-dan", "thuong-lam", "hong-quang", "yen-thuan", "tan-trao", "kim-binh"].flatMap((commune) =>
    ["", "; portal_text_size=1", "; portal_text_size=2"].map((size) => `portal_commune=${commune}${size}`),
  ),
];

/** PAGES published policy articles, under /vi/news (copies of a seeded one), returns their ids and addresses. */
async function articles(client) {
  const {
    rows: [model],
  } = await client.query(
    `SELECT a.id FROM "Article" a WHERE a.kind = 'POLICY' AND a.state = 'PUBLISHED' AND a."publishAt" < now() LIMIT 1`,
  );
  await client.query(
    `
    WITH made AS (
      INSERT INTO "Article" (id, kind, state, "topicId", "communeId", "publishAt", "firstPublishedAt", "createdAt", "updatedAt")
      SELECT 'bench' || n, kind, state, "topicId", "communeId", now() - interval '2 days', now() - interval '2 days', now(), now()
      FROM "Article", generate_series(1, $2::int) n WHERE id = $1 RETURNING id)
    INSERT INTO "ArticleTranslation" (id, "articleId", locale, title, slug, summary, body, "createdAt", "updatedAt")
    SELECT 'tr-' || made.id, made.id, 'vi', t.title || ' ' || made.id, 'bai-thu-' || made.id, t.summary, t.body, now(), now()
    FROM made, "ArticleTranslation" t WHERE t."articleId" = $1 AND t.locale = 'vi'`,
    [model.id, PAGES],
  );
  const { rows } = await client.query(
    `SELECT "articleId" AS id, slug FROM "ArticleTranslation" WHERE "articleId" LIKE 'bench%' ORDER BY "articleId"`,
  );
  return rows.map((row) => ({ id: row.id, path: `/vi/news/${row.slug}` }));
}

/**
 * autocannon over the pages in turn (with `kinds`, each request also one reader kind's cookies,
 * in turn); counts answers served from the store and answers rendered (MISS).
 */
function load(paths, kinds = [""]) {
  let served = 0;
  let stored = 0;
  let rendered = 0;
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: BASE,
        connections: CONNECTIONS,
        duration: DURATION,
        headers: { "accept-encoding": "gzip" },
        requests: [
          {
            setupRequest: (request) => {
              const n = next++;
              const cookie = kinds[Math.floor(n / paths.length) % kinds.length];
              return { ...request, path: paths[n % paths.length], headers: { ...request.headers, ...(cookie ? { cookie } : {}) } };
            },
            onResponse: (_status, _body, _context, headers) => {
              served++;
              const state = String(headers?.["x-portal-cache"] ?? "");
              if (/HIT|STALE|DERIVED/.test(state)) stored++;
              if (state === "MISS") rendered++;
            },
          },
        ],
      },
      // Requests that got no answer (timeouts) count as not served from the store.
      (error, result) =>
        error ? reject(error) : resolve({ result, rendered, served, hitRatio: stored / Math.max(served + result.errors, 1) }),
    );
  });
}

/** Every MIX_PURGE_SECONDS: a province-wide notice changed, as the portal announces it (every banner). */
function floodDay(client) {
  const timer = setInterval(() => {
    const payload = JSON.stringify({ origin: "bench-editor", tags: ["notices"], pages: ["banner"] });
    client.query("SELECT pg_notify('portal_invalidate', $1)", [payload]).catch(() => {});
  }, MIX_PURGE_SECONDS * 1000);
  return async () => clearInterval(timer);
}

/** Once a second: one article changed in the database, and the change announced. */
function editor(client, list, byKeys) {
  let i = 0;
  let last = Promise.resolve();
  const timer = setInterval(() => {
    const article = list[(i++ * 37) % list.length];
    const pages = [`article:${article.id}`, "article-missing", "section:news", "section:law", "home", "search", "communes"];
    const payload = JSON.stringify(
      byKeys ? { origin: "bench-editor", tags: ["articles"], pages } : { origin: "bench-editor", tags: ["articles"] },
    );
    last = last.then(async () => {
      await client.query(`UPDATE "ArticleTranslation" SET summary = summary || '.', "updatedAt" = now() WHERE "articleId" = $1`, [
        article.id,
      ]);
      await client.query("SELECT pg_notify('portal_invalidate', $1)", [payload]);
    });
  }, 1000);
  // Stops, and waits for the change in progress.
  return () => {
    clearInterval(timer);
    return last;
  };
}

const env = {
  ...(await benchPortalEnv(BENCH_DATABASE, PORT)),
  // Long enough that no page expires during a run: what is measured is the purges.
  PAGE_CACHE_TTL: String(Math.max(DURATION * 10, 300)),
  // Run 4 keeps up to 19 copies of each of its pages.
  PAGE_CACHE_MAX_BYTES: String(1024 * 1024 * 1024),
};
log("Preparing the benchmark database (migrate, seed, articles)");
await migrate(env);
await seed(env, { ifEmpty: false });
const client = new pg.Client({ connectionString: env.DATABASE_URL });
await client.connect();
const list = await articles(client);
await buildIfNeeded(env);
log(`Starting the portal on port ${PORT}; ${list.length} article pages, ${CONNECTIONS} connections, ${DURATION} s per run`);
const portal = await startPortal({ port: PORT, env });
try {
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`${BASE}/api/health`).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const paths = list.map((article) => article.path);
  log("Warming every page");
  for (const page of paths) await fetch(BASE + page).then((r) => r.arrayBuffer());
  const runs = {};
  for (const [name, mode] of [
    ["readOnly", null],
    ["editingPurgeByKeys", true],
    ["editingPurgeAll", false],
  ]) {
    log(`Run: ${name}`);
    for (const page of paths) await fetch(BASE + page).then((r) => r.arrayBuffer());
    const stop = mode === null ? async () => {} : editor(client, list, mode);
    const { result, hitRatio } = await load(paths);
    await stop();
    runs[name] = {
      hitRatio: Number(hitRatio.toFixed(4)),
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
      non2xx: result.non2xx,
      errors: result.errors,
    };
  }
  log("Run: readerMix (every reader kind, a province-wide notice changing)");
  const mixPaths = paths.slice(0, MIX_PAGES);
  for (const cookie of READER_KINDS)
    for (const page of mixPaths) await fetch(BASE + page, { headers: cookie ? { cookie } : {} }).then((r) => r.arrayBuffer());
  const stop = floodDay(client);
  const cpuBefore = cpuSeconds(portal.child.pid);
  const { result, hitRatio, rendered, served } = await load(mixPaths, READER_KINDS);
  const nextCpu = cpuSeconds(portal.child.pid) - cpuBefore;
  await stop();
  runs.readerMix = {
    hitRatio: Number(hitRatio.toFixed(4)),
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
    rendered,
    nextCpuMsPerAnswer: Number(((nextCpu * 1000) / Math.max(served, 1)).toFixed(3)),
    readerKinds: READER_KINDS.length,
    pages: mixPaths.length,
    purgeEverySeconds: MIX_PURGE_SECONDS,
  };
  const commit = benchCommit();
  appendBenchResult({
    date: new Date().toISOString(),
    commit,
    bench: "editing",
    pages: list.length,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    runs,
  });
  console.log("");
  for (const [name, r] of Object.entries(runs)) {
    console.log(
      `${name.padEnd(20)} hit ratio ${(r.hitRatio * 100).toFixed(1)}%  ${r.requestsPerSecond.toFixed(0)} req/s  p50 ${r.latencyMs.p50} ms  p99 ${r.latencyMs.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}` +
        (r.rendered === undefined ? "" : `  rendered ${r.rendered}  Next CPU ${r.nextCpuMsPerAnswer} ms/answer`),
    );
  }
} finally {
  await client.end();
  await portal.close();
  portal.child.kill("SIGTERM");
}
