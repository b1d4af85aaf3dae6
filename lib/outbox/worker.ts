import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import { claimMessages, type ClaimedMessage } from "./claim";
import { attemptDelivery, recordOutcome } from "./deliver";
import { CHANNELS, type TOutboxSettings } from "./schema";
import { loadOutboxSettings } from "./settings";
import { closeTransports } from "./transports";

export type Logger = { info: (message: string) => void; error: (message: string) => void };

/** Work the worker does besides delivering, at most every `everyMs` (digests, reminders). */
export type PeriodicTask = { name: string; everyMs: number; run: (db: PrismaClient) => Promise<void> };

export type WorkerOptions = {
  db: PrismaClient;
  /** Stops taking new messages when aborted; the ones being sent are finished first. */
  signal: AbortSignal;
  workerId?: string;
  /** How often to look for due messages when there is nothing to do. */
  pollMs?: number;
  tasks?: PeriodicTask[];
  log?: Logger;
};

/** At most this many messages per channel per pass (more follow at once in the next pass). */
const CLAIM_BATCH = 50;

const silent: Logger = { info: () => {}, error: () => {} };

/**
 * The outbox worker: takes due messages channel by channel within each channel's rate and
 * concurrency limits (shared by all workers, see claimMessages), sends them, records each
 * attempt, and retries failures with exponential backoff. Any number of workers may run (one
 * per portal instance): they never take the same message. Resolves once stopped and idle.
 */
export async function runOutboxWorker(options: WorkerOptions): Promise<void> {
  const { db, signal } = options;
  const log = options.log ?? silent;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? 1000;
  const inflight = new Set<Promise<void>>();
  const lastRun = new Map<string, number>();
  let wake: (() => void) | null = null;
  let nudged = false;
  const nudge = () => {
    nudged = true;
    wake?.();
  };
  signal.addEventListener("abort", nudge);

  const deliver = (message: ClaimedMessage, settings: TOutboxSettings) => {
    const job = (async () => {
      const startedAt = new Date();
      const outcome =
        message.attempts > message.maxAttempts
          ? {
              kind: "failed" as const,
              error: "No attempts left (the last one was interrupted)",
              retryable: false,
              status: null,
              retryAfterMs: null,
            }
          : await attemptDelivery(db, message, settings);
      const kept = await recordOutcome(db, message, outcome, settings, workerId, startedAt);
      if (!kept) log.error(`outbox: lease on ${message.id} lost before its outcome was recorded`);
      if (outcome.kind === "failed") log.error(`outbox: ${message.channel} ${message.id} attempt ${message.attempts}: ${outcome.error}`);
    })()
      .catch((error) => log.error(`outbox: ${message.id}: ${(error as Error).message}`))
      .finally(() => {
        inflight.delete(job);
        nudge();
      });
    inflight.add(job);
  };

  log.info(`outbox worker ${workerId} started`);
  while (!signal.aborted) {
    nudged = false;
    let sleepMs = pollMs;
    try {
      const settings = await loadOutboxSettings(db);
      for (const channel of CHANNELS as readonly OutboxChannel[]) {
        const claim = await claimMessages(db, channel, settings, workerId, CLAIM_BATCH);
        for (const message of claim.messages) deliver(message, settings);
        if (claim.messages.length >= CLAIM_BATCH) sleepMs = 0;
        if (claim.retryInMs !== null) sleepMs = Math.min(sleepMs, Math.max(10, claim.retryInMs));
      }
      for (const task of options.tasks ?? []) {
        if (Date.now() - (lastRun.get(task.name) ?? 0) < task.everyMs) continue;
        lastRun.set(task.name, Date.now());
        await task.run(db).catch((error) => log.error(`outbox task ${task.name}: ${(error as Error).message}`));
      }
    } catch (error) {
      // The database restarting, a network blip: wait and try again, the messages are safe.
      log.error(`outbox: ${(error as Error).message}`);
    }
    if (signal.aborted) break;
    if (nudged || sleepMs === 0) continue;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, sleepMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wake = null;
  }
  await Promise.allSettled([...inflight]);
  closeTransports();
  log.info(`outbox worker ${workerId} stopped`);
}

/**
 * Runs a worker until no message is due any more (or `timeoutMs` passes): for tests and
 * scripts that want the outbox emptied now.
 */
export async function drainOutbox(db: PrismaClient, { timeoutMs = 30_000, pollMs = 50 } = {}): Promise<void> {
  const controller = new AbortController();
  const deadline = Date.now() + timeoutMs;
  const worker = runOutboxWorker({ db, signal: controller.signal, pollMs });
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      const pending = await db.outboxMessage.count({ where: { state: { in: ["QUEUED", "SENDING"] } } });
      const due = await db.outboxMessage.count({ where: { state: "FAILED", nextAttemptAt: { lte: new Date() } } });
      if ((pending === 0 && due === 0) || Date.now() > deadline) break;
    }
  } finally {
    controller.abort();
    await worker;
  }
}
