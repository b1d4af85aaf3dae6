// Read counts of public pages, seen where every read passes: the front server
// (scripts/lib/front-server.mjs), which answers most reads from its page store without Next.js
// ever seeing them. Successful GETs of detail-shaped public paths (`/{locale}/{section}/{slug}`)
// are counted in memory and handed to the portal every few seconds (READS_PATH, protected by
// the same per-start secret as the purge); the portal decides which paths are articles and adds
// their counts in one statement (lib/articles/reads.ts). Only paths and numbers: no address,
// cookie or time of a reader is kept or sent.

import { localeOfPath } from "../../lib/i18n/languages.mjs";

/** The portal's internal route that receives the counts (app/api/internal/reads/route.ts). */
export const READS_PATH = "/api/internal/reads";

/** At most this many distinct paths are kept between two flushes (random slugs cost nothing). */
export const MAX_PATHS = 10_000;

/**
 * The path counted for a request, or null: a GET answered 200 for a public path of the shape
 * `/{locale}/{section}/{slug}` (no query: the same page whatever its query).
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @param {number} status
 */
export function countedPath(method, url, status) {
  if (method !== "GET" || status !== 200 || !url) return null;
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const parts = path.split("/");
  if (parts.length !== 4 || !parts[3] || !localeOfPath(path)) return null;
  return path;
}

/**
 * Counts reads and flushes them with `send(counts)` every `intervalMs`. A failed send keeps the
 * counts for the next flush (a few reads may be counted late, none twice).
 * @param {{ send: (counts: Record<string, number>) => Promise<void>, intervalMs?: number, maxPaths?: number }} options
 */
export function createReadCounter({ send, intervalMs = 5000, maxPaths = MAX_PATHS }) {
  /** @type {Map<string, number>} */
  let counts = new Map();
  let flushing = null;

  /** @param {string | null} path */
  function add(path, n = 1) {
    if (!path) return;
    const current = counts.get(path);
    if (current === undefined && counts.size >= maxPaths) return;
    counts.set(path, (current ?? 0) + n);
  }

  async function flush() {
    if (flushing) return flushing;
    if (counts.size === 0) return;
    const batch = counts;
    counts = new Map();
    flushing = send(Object.fromEntries(batch))
      .catch(() => {
        // Not delivered (the portal restarting): keep them for the next flush.
        for (const [path, n] of batch) add(path, n);
      })
      .finally(() => {
        flushing = null;
      });
    return flushing;
  }

  const timer = setInterval(() => void flush(), intervalMs);
  timer.unref();

  return {
    /** Counts one answered request (the front server's `request`/`finish`). */
    hit(/** @type {string | undefined} */ method, /** @type {string | undefined} */ url, /** @type {number} */ status) {
      add(countedPath(method, url, status));
    },
    flush,
    /** Paths counted and not yet flushed (for tests). */
    pending: () => Object.fromEntries(counts),
    /** Stops the timer and sends what is left. */
    async close() {
      clearInterval(timer);
      await flush();
      await flushing;
    },
  };
}

/**
 * Counts the reads a front server answers (stored pages included) and sends them to the
 * portal at `url` with the shared `token`.
 * @param {import("node:http").Server & { onAnswer: ((req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void) | null }} front
 * @param {{ url: string, token: string, intervalMs?: number }} options
 */
export function countReads(front, { url, token, intervalMs }) {
  const counter = createReadCounter({
    intervalMs,
    send: async (counts) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "x-portal-token": token, "content-type": "application/json" },
        body: JSON.stringify({ counts }),
        signal: AbortSignal.timeout(5000),
      });
      if (!response.ok) throw new Error(`reads not accepted: ${response.status}`);
    },
  });
  // The front server's own per-answer call: two more listeners per answer cost a stored page
  // about 4% of its throughput.
  front.onAnswer = (req, res) => counter.hit(req.method, req.url, res.statusCode);
  return counter;
}
