// The outbox worker process, started beside the portal by scripts/lib/outbox-worker.mjs (and by
// tests): delivers queued messages until SIGTERM/SIGINT, then finishes what it is sending.
// Run as `node --conditions=react-server --import tsx scripts/outbox-worker.ts` with DATABASE_URL.
import { db } from "@/lib/db";
import { createLogger } from "@/lib/log/index.mjs";
import { OUTBOX_TASKS } from "@/lib/outbox/tasks";
import { runOutboxWorker } from "@/lib/outbox/worker";

const controller = new AbortController();
process.on("SIGTERM", () => controller.abort());
process.on("SIGINT", () => controller.abort());

const logger = createLogger("outbox");
const log = {
  info: (message: string) => logger.info(message),
  error: (message: string) => logger.error(message),
};

await runOutboxWorker({
  db,
  signal: controller.signal,
  pollMs: Number(process.env.OUTBOX_POLL_MS ?? 1000),
  tasks: OUTBOX_TASKS,
  log,
});
await db.$disconnect();
