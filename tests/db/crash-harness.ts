/**
 * Shared harness of the crash-safety tests (outbox/crash, reach/crash-fanout): start the outbox
 * worker, kill it (SIGKILL) mid-delivery, start it again until every message is sent, and check
 * that each recipient got exactly one message. One place, so both tests exercise the same kill.
 */
import type { ChildProcess } from "node:child_process";
import { expect } from "vitest";
import { spawnOutboxWorker } from "@/scripts/lib/outbox-worker.mjs";
import type { startGatewayStub } from "@/tests/fixtures/sms-gateway";
import { db } from "./helpers";

type Gateway = Awaited<ReturnType<typeof startGatewayStub>>;

function startWorker(): ChildProcess {
  return spawnOutboxWorker({ ...process.env, DATABASE_POOL_MAX: "2", OUTBOX_POLL_MS: "50" }, ["ignore", "ignore", "pipe"]);
}

async function until(predicate: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Kills the worker after 300 deliveries, restarts it until all `count` are sent; returns the messages on the wire at the kill. */
export async function killMidwayAndRestart(gateway: Gateway, count: number) {
  const first = startWorker();
  await until(() => gateway.accepted.size >= 300, 60_000, "the first 300 deliveries");
  // The gateway stops answering, so the kill lands with requests on the wire (on a busy machine
  // the worker may otherwise be between batches, holding none).
  gateway.hold();
  await until(() => gateway.inFlight > 0, 60_000, "a request on the wire");
  first.kill("SIGKILL");
  await new Promise((resolve) => first.once("exit", resolve));
  gateway.release();
  const inFlight = await db.outboxMessage.findMany({ where: { state: "SENDING" }, select: { idempotencyKey: true } });
  const acceptedAtKill = gateway.accepted.size;

  const second = startWorker();
  try {
    await until(async () => (await db.outboxMessage.count({ where: { state: "SENT" } })) === count, 120_000, "every message sent");
  } finally {
    second.kill("SIGTERM");
    await new Promise((resolve) => second.once("exit", resolve));
  }
  return { inFlight, acceptedAtKill };
}

/** Each recipient: exactly one message accepted; a key sent twice only if it was on the wire at the kill. */
export async function expectEachRecipientOnce(gateway: Gateway, inFlight: { idempotencyKey: string }[], count: number) {
  expect(await db.outboxMessage.count()).toBe(count);
  const recipients = [...gateway.accepted.values()].map((request) => String(request.json?.to));
  expect(recipients).toHaveLength(count);
  expect(new Set(recipients).size).toBe(count);
  const counts = new Map<string, number>();
  for (const request of gateway.requests) counts.set(request.key, (counts.get(request.key) ?? 0) + 1);
  const twice = [...counts].filter(([, n]) => n > 1).map(([key]) => key);
  expect(twice.every((key) => inFlight.some((m) => m.idempotencyKey === key))).toBe(true);
}
