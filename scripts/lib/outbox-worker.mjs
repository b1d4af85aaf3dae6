// Runs the outbox worker (scripts/outbox-worker.ts) as a child process beside the portal, and
// starts it again if it dies: messages are safe in the database meanwhile (a message it was
// sending is taken over when its lease ends).
import { spawn } from "node:child_process";
import path from "node:path";
import { createLogger } from "../../lib/log/index.mjs";
import { PARENT_WATCH, ROOT } from "./run.mjs";

export const WORKER_ARGS = ["--conditions=react-server", ...PARENT_WATCH, "--import", "tsx", path.join(ROOT, "scripts/outbox-worker.ts")];

/** Spawns one worker process (tests use this to kill and restart one). */
export function spawnOutboxWorker(env, stdio = ["ignore", "inherit", "inherit"]) {
  return spawn(process.execPath, WORKER_ARGS, { env, cwd: ROOT, stdio });
}

/**
 * Starts the worker and keeps it running. `OUTBOX_WORKER=0` disables it (an instance that only
 * serves pages, when another instance or a separate process delivers).
 * @returns {{ stop: () => Promise<void> }}
 */
export function startOutboxWorker(env) {
  if (env.OUTBOX_WORKER === "0") return { stop: async () => {} };
  let child = null;
  let stopping = false;
  let restarts = 0;
  const log = createLogger("outbox");
  const launch = () => {
    const started = Date.now();
    child = spawnOutboxWorker(env);
    child.on("exit", (code, signal) => {
      if (stopping) return;
      // Quick repeated crashes back off (1 s, 2 s, … 30 s); a long healthy run resets the count.
      restarts = Date.now() - started > 60_000 ? 0 : restarts + 1;
      const wait = Math.min(30_000, 1000 * 2 ** Math.min(restarts, 5));
      log.error({ code, signal, restartInSeconds: wait / 1000 }, "outbox worker stopped; starting it again");
      setTimeout(() => !stopping && launch(), wait).unref();
    });
  };
  launch();
  return {
    async stop() {
      stopping = true;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      // It finishes the messages it is sending; a stuck provider does not hold the shutdown.
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
