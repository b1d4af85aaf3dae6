import type { PeriodicTask } from "./worker";

/**
 * Periodic work the outbox worker does besides delivering (each domain adds its line). Each
 * queues with idempotency keys or deletes by age, so several instances running them is safe.
 */
export const OUTBOX_TASKS: PeriodicTask[] = [];
