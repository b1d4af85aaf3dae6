// Prometheus metrics of one portal instance (prom-client), served on a separate loopback port
// (METRICS_PORT; nothing is served when it is not set), never on the public address:
//   portal_http_requests_total{route_class,status}     answers of the front server
//   portal_http_request_duration_seconds{route_class}  their latency
//   portal_page_store_answers_total{state}             HIT, STALE, MISS, DERIVED (made from a stored copy without a render), BYPASS
//   portal_page_store_bytes, portal_page_store_entries the store's size (bounded by bytes)
//   portal_next_pages_total{source}                    pages asked of Next.js: "rendered", or "stored"
//                                                      (answered from its stored renders, app/(stored))
//   portal_data_cache_bytes, _entries                  Next.js's cached reads (both bounded by bytes,
//   portal_render_store_bytes, _entries                lib/cache/memory-cache-handler.cjs), and its stored renders
//   portal_invalidation_listener_connected             1 while LISTEN on portal_invalidate holds
//   portal_outbox_depth{state}                         messages waiting (queued, sending, failed)
//   plus the process's own (memory, event loop lag, GC) from collectDefaultMetrics.
import http from "node:http";
import client from "prom-client";
import pg from "pg";
import { classifyPath } from "./front-paths.mjs";

/** Where Next.js says what its caches hold (app/api/internal/caches/route.ts). */
export const CACHES_PATH = "/api/internal/caches";

/** The class of a path for metrics: a few values, never the path itself (unbounded labels). */
export function routeClass(url) {
  const path = String(url ?? "/").split("?")[0];
  if (path.startsWith("/_next/")) return "static";
  if (path.startsWith("/api/")) return "api";
  if (path.startsWith("/admin")) return "admin";
  if (path.startsWith("/media/")) return "media";
  const kind = (() => {
    try {
      return classifyPath(path);
    } catch {
      return "other";
    }
  })();
  return kind === "other" ? "other" : `${kind}_page`;
}

/**
 * Metrics for a front server (`front`, from createFrontServer). `databaseUrl`: for the outbox
 * depth (one connection, used only when scraped). `listener`: the invalidation listener, if any.
 * `caches`: where Next.js says what its caches hold (app/api/internal/caches) and the token it
 * asks for, read once a scrape.
 */
export function createMetrics({ front, databaseUrl, listener, caches }) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "portal_" });
  const requests = new client.Counter({
    name: "portal_http_requests_total",
    help: "Answers of the front server",
    labelNames: ["route_class", "status"],
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: "portal_http_request_duration_seconds",
    help: "Latency of the front server's answers",
    labelNames: ["route_class"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const store = new client.Counter({
    name: "portal_page_store_answers_total",
    help: "Public page answers by page-store state",
    labelNames: ["state"],
    registers: [registry],
  });
  const nextPages = new client.Counter({
    name: "portal_next_pages_total",
    help: "Public pages asked of Next.js, rendered or answered from its stored renders",
    labelNames: ["source"],
    registers: [registry],
  });
  new client.Gauge({
    name: "portal_page_store_bytes",
    help: "Bytes held by the page store (pages, keys)",
    registers: [registry],
    collect() {
      this.set(front.storeStats().bytes);
    },
  });
  new client.Gauge({
    name: "portal_page_store_entries",
    help: "Pages held by the page store",
    registers: [registry],
    collect() {
      this.set(front.storeStats().entries);
    },
  });
  new client.Gauge({
    name: "portal_invalidation_listener_connected",
    help: "1 while this instance listens for other instances' changes",
    registers: [registry],
    collect() {
      this.set(listener?.connected ? 1 : 0);
    },
  });
  // One request to Next.js a scrape, whichever gauge asks first; null when it does not answer.
  let cacheStats = null;
  const readCacheStats = () => {
    if (!caches) return Promise.resolve(null);
    cacheStats ??= fetch(caches.url, { headers: { "x-portal-token": caches.token }, signal: AbortSignal.timeout(2000) })
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
      .finally(() => setTimeout(() => (cacheStats = null), 500).unref());
    return cacheStats;
  };
  for (const [name, help, field] of [
    ["portal_data_cache_bytes", "Bytes held by Next.js's cached reads (keys included)", "bytes"],
    ["portal_data_cache_entries", "Cached reads held by Next.js", "entries"],
    ["portal_render_store_bytes", "Bytes held by Next.js's stored renders (keys included)", "renderBytes"],
    ["portal_render_store_entries", "Stored renders held by Next.js", "renders"],
  ]) {
    new client.Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const stats = await readCacheStats();
        if (stats) this.set(stats[field]);
      },
    });
  }
  const pool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 10_000 }) : null;
  new client.Gauge({
    name: "portal_outbox_depth",
    help: "Outbox messages not yet sent",
    labelNames: ["state"],
    registers: [registry],
    async collect() {
      if (!pool) return;
      try {
        const { rows } = await pool.query(
          `SELECT state::text AS state, count(*)::int AS n FROM "OutboxMessage" WHERE state IN ('QUEUED', 'SENDING', 'FAILED') GROUP BY state`,
        );
        this.reset();
        for (const row of rows) this.set({ state: row.state }, row.n);
      } catch {
        // The database is down: the gauge keeps its last values; readiness says the rest.
      }
    },
  });

  front.on("portal:request", ({ url, status, seconds, cache }) => {
    const kind = routeClass(url);
    requests.inc({ route_class: kind, status: String(status) });
    duration.observe({ route_class: kind }, seconds);
    if (cache) store.inc({ state: String(cache) });
  });
  front.on("portal:next-page", ({ stored }) => nextPages.inc({ source: stored ? "stored" : "rendered" }));

  return {
    registry,
    /** Serves /metrics on loopback `port`; resolves with the server once it listens. */
    listen(port, host = "127.0.0.1") {
      const server = http.createServer(async (req, res) => {
        if (req.url !== "/metrics") return res.writeHead(404).end();
        res.writeHead(200, { "content-type": registry.contentType });
        res.end(await registry.metrics());
      });
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve(server));
      });
    },
    async close() {
      await pool?.end().catch(() => {});
    },
  };
}
