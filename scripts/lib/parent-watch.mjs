// Imported (`node --import`) into the processes the portal starts beside itself: Next.js and the
// outbox worker (scripts/lib/portal.mjs, scripts/lib/outbox-worker.mjs). When the process that
// started one is gone without stopping it (killed with SIGKILL, or dead of a crash), it stops
// too, as on SIGTERM (requests in flight and messages being sent finish), instead of living on
// with its memory and its database connections: a supervisor restarting the portal after each
// crash would otherwise gather one Next.js (about 500 MB) and one worker per crash, until the
// database refuses connections. (A whole process group killed, as systemd or a container does,
// never leaves them; a `kill -9` of the start script alone did.)
const parent = process.ppid;

/** How often the parent is looked for, and how long a stop may take before the process exits. */
const CHECK_MS = Number(process.env.PARENT_WATCH_MS ?? 1000);
const STOP_MS = 30_000;

// Once: a second SIGTERM may be taken for "stop now" by a handler that drains on the first.
const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  process.kill(process.pid, "SIGTERM");
  setTimeout(() => process.exit(1), STOP_MS).unref();
}, CHECK_MS).unref();
