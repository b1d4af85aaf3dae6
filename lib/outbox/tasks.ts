import { queueRelayReminders } from "@/lib/relays/reminders";
import { queueDigests } from "@/lib/subscriptions/fanout";
import type { PeriodicTask } from "./worker";

/**
 * Periodic work the outbox worker does besides delivering (each domain adds its line). Each
 * queues with idempotency keys or deletes by age, so several instances running them is safe.
 */
export const OUTBOX_TASKS: PeriodicTask[] = [
  // The weekly article digests that are due (lib/subscriptions/fanout.ts).
  { name: "digests", everyMs: 15 * 60_000, run: async (db) => void (await db.$transaction((tx) => queueDigests(tx))) },
  // Reminders to prestigious persons who have not confirmed a relayed notice or article
  // (lib/relays/reminders.ts; delays and the most reminders in the outbox settings).
  { name: "relay-reminders", everyMs: 5 * 60_000, run: async (db) => void (await db.$transaction((tx) => queueRelayReminders(tx))) },
];
