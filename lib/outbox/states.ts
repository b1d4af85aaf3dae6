import type { OutboxState } from "@/lib/generated/prisma/enums";

export const OUTBOX_STATES = [
  "QUEUED",
  "SENDING",
  "FAILED",
  "SENT",
  "DELIVERED",
  "DEAD",
  "CANCELLED",
] as const satisfies readonly OutboxState[];

/** The worker takes due messages of a higher priority first (column `priority`). */
export const PRIORITIES = { interactive: 10, alert: 5, normal: 0 } as const;
export type Priority = keyof typeof PRIORITIES;
export const PRIORITY_LEVELS = Object.values(PRIORITIES).sort((a, b) => b - a);

/** Still to be sent: the worker will take these. */
export const PENDING_STATES = ["QUEUED", "SENDING", "FAILED"] as const satisfies readonly OutboxState[];
/** The provider has it. */
export const SENT_STATES = ["SENT", "DELIVERED"] as const satisfies readonly OutboxState[];

/** Staff may send again what failed for good or was cancelled, and cancel what is not sent yet. */
export function canRetry(state: OutboxState): boolean {
  return state === "DEAD" || state === "CANCELLED" || state === "FAILED";
}
export function canCancel(state: OutboxState): boolean {
  return state === "QUEUED" || state === "FAILED";
}

/**
 * The wait before attempt `attempt + 1`: exponential (base, 2×base, 4×base, …) up to `max`,
 * with ±20 % jitter so messages that failed together do not all come back in the same second.
 */
export function retryDelayMs(attempt: number, retry: { baseSeconds: number; maxSeconds: number }, random = Math.random()): number {
  const exponential = Math.min(retry.maxSeconds, retry.baseSeconds * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * 1000 * (0.8 + 0.4 * random));
}
