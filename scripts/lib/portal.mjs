import crypto from "node:crypto";
import net from "node:net";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import readline from "node:readline";
import { createLogger, relayLine } from "../../lib/log/index.mjs";
import { PURGE_PATH, createFrontServer } from "./front-server.mjs";
import { READS_PATH, countReads } from "./read-counter.mjs";
import { CACHES_PATH, createMetrics } from "./metrics.mjs";
import { startOutboxWorker } from "./outbox-worker.mjs";
import { BIN, PARENT_WATCH, ROOT } from "./run.mjs";

const require = createRequire(import.meta.url);
const { listenForInvalidations } = require("../../lib/cache/invalidation-channel.cjs");

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`Next.js exited (${child.exitCode}) before listening`));
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error("Next.js did not start listening"));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

/**
 * The portal's public address and the other host names readers may use. PUBLIC_URL in a
 * deployment; in demo mode (no PUBLIC_URL) the listening address, which readers on this machine
 * also reach as 127.0.0.1 or [::1]. ALLOWED_HOSTS adds more (e.g. an intranet IP address).
 */
export function publicAddress(env, port) {
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, "");
  const extra = (env.ALLOWED_HOSTS ?? "")
    .split(",")
    .map((host) => host.trim())
    .filter(Boolean);
  const local = env.PUBLIC_URL ? [] : [`127.0.0.1:${port}`, `[::1]:${port}`];
  return { publicUrl, allowedHosts: [...local, ...extra] };
}

/**
 * Runs the portal on `port`: the production Next.js server on a private loopback port, and the
 * front server (scripts/lib/front-server.mjs) on `port`. Resolves once both listen.
 * `dev` runs `next dev` on `port` itself (hot reload needs the framework's scripts).
 * Either way the outbox worker (scripts/lib/outbox-worker.mjs) runs beside it; `close` stops it.
 * `nodeArgs`: options for the Next.js server's node (e.g. `--cpu-prof`, which NODE_OPTIONS refuses).
 */
export async function startPortal({ port, env: givenEnv, dev = false, host, nodeArgs = [] }) {
  const { publicUrl, allowedHosts } = publicAddress(givenEnv, port);
  // Every absolute URL the portal writes comes from PUBLIC_URL (lib/http/absolute-url.ts).
  // PORTAL_INSTANCE_ID: this instance's name on the invalidation channel (its own announcements
  // are already applied when they arrive). PORTAL_INVALIDATION=listen: instances share the
  // database server, so changes are announced and listened for (not on the embedded database,
  // which one process holds).
  const env = {
    ...givenEnv,
    PUBLIC_URL: publicUrl,
    PORTAL_INSTANCE_ID: givenEnv.PORTAL_INSTANCE_ID || crypto.randomUUID(),
    PORTAL_INVALIDATION: givenEnv.PORTAL_INVALIDATION ?? (givenEnv.PORTAL_EMBEDDED_DB === "1" ? "off" : "listen"),
  };
  const worker = startOutboxWorker(env);
  try {
    return await startServers({ port, env, dev, host, worker, publicUrl, allowedHosts, nodeArgs });
  } catch (error) {
    await worker.stop();
    throw error;
  }
}

async function startServers({ port, env, dev, host, worker, publicUrl, allowedHosts, nodeArgs }) {
  if (dev) {
    const child = spawn(process.execPath, [...PARENT_WATCH, BIN.next, "dev", "-p", String(port)], { env, cwd: ROOT, stdio: "inherit" });
    return { child, close: () => worker.stop() };
  }
  const upstreamPort = await freePort();
  const purgeToken = crypto.randomBytes(24).toString("base64url");
  const child = spawn(process.execPath, [...nodeArgs, ...PARENT_WATCH, BIN.next, "start", "-H", "127.0.0.1", "-p", String(upstreamPort)], {
    // How the portal tells the front server that public pages changed (lib/cache/public-pages.ts).
    env: { ...env, PAGE_CACHE_PURGE_URL: `http://127.0.0.1:${port}${PURGE_PATH}`, PAGE_CACHE_PURGE_TOKEN: purgeToken },
    cwd: ROOT,
    // Next.js's own output (its start line, its errors) goes to the portal's log, one JSON line
    // each: the portal's own lines from inside Next.js (lib/log) as they are, the rest wrapped.
    stdio: ["ignore", "pipe", "pipe"],
  });
  const nextLog = createLogger("next");
  readline.createInterface({ input: child.stdout }).on("line", (line) => relayLine(nextLog, line, "info"));
  readline.createInterface({ input: child.stderr }).on("line", (line) => relayLine(nextLog, line, "error"));
  await waitForPort(upstreamPort, child);
  const front = createFrontServer({
    upstreamPort,
    purgeToken,
    ttlSeconds: Number(env.PAGE_CACHE_TTL ?? 60),
    maxBytes: Number(env.PAGE_CACHE_MAX_BYTES ?? 128 * 1024 * 1024),
    publicUrl,
    allowedHosts,
    trustProxy: env.TRUST_PROXY === "1",
    trustedProxies: env.TRUSTED_PROXIES,
  });
  await new Promise((resolve, reject) => {
    front.once("error", reject);
    front.listen(port, host, resolve);
  });
  // Reads of public pages, stored ones included, handed to the portal every few seconds (the
  // translation queue's "most read" order); only paths and numbers.
  const reads = countReads(front, {
    url: `http://127.0.0.1:${upstreamPort}${READS_PATH}`,
    token: purgeToken,
    intervalMs: Number(env.READ_COUNT_FLUSH_MS ?? 5000),
  });
  const listener =
    env.PORTAL_INVALIDATION === "listen"
      ? listenForInvalidations({
          url: env.DATABASE_URL,
          origin: env.PORTAL_INSTANCE_ID,
          name: "portal-page-store",
          // The pages the change may alter (their keys), or every page.
          onChange: (change) => (change.pages && !change.all ? front.purgeKeys(change.pages) : front.purgeAll()),
          onResync: () => front.purgeAll(),
        })
      : null;
  // Prometheus metrics on a separate loopback port (METRICS_PORT), never on the public one.
  const metrics = env.METRICS_PORT
    ? createMetrics({
        front,
        databaseUrl: env.DATABASE_URL,
        listener,
        caches: { url: `http://127.0.0.1:${upstreamPort}${CACHES_PATH}`, token: purgeToken },
      })
    : null;
  const metricsServer = metrics ? await metrics.listen(Number(env.METRICS_PORT)) : null;
  return {
    child,
    front,
    // Requests in flight finish first (SIGTERM drains), then the rest stops.
    close: async () => {
      await front.drain(Number(env.DRAIN_TIMEOUT_MS ?? 20_000));
      await reads.close();
      await Promise.all([
        worker.stop(),
        listener?.close(),
        metrics?.close(),
        metricsServer && new Promise((resolve) => metricsServer.close(resolve)),
      ]);
    },
  };
}
