/**
 * Crash safety: the worker process is killed (SIGKILL, no chance to tidy up) in the middle of
 * delivering a fan-out of 1,000 SMS, then started again. Every recipient ends with exactly one
 * delivered message: nothing is lost, nothing is queued twice, and the few messages that were
 * on the wire at the kill are resent with the same idempotency key, which the gateway drops.
 */
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMessages } from "@/lib/outbox/enqueue";
import { spawnOutboxWorker } from "@/scripts/lib/outbox-worker.mjs";
import { configureOutbox } from "@/tests/fixtures/outbox";
import { startGatewayStub } from "@/tests/fixtures/sms-gateway";
import { db, resetDatabase } from "../helpers";

const COUNT = 1000;
let gateway: Awaited<ReturnType<typeof startGatewayStub>>;

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

beforeAll(async () => {
  await resetDatabase();
  gateway = await startGatewayStub(() => ({ delayMs: 15 }));
});
afterAll(() => gateway.close());

describe("outbox crash safety", () => {
  it("kill -9 the worker during a fan-out of 1,000, restart: each recipient has exactly one delivered message", async () => {
    await configureOutbox(db, {
      sms: { transport: "http", ratePerSecond: 1000, concurrency: 8, http: { url: gateway.url } },
      retry: { leaseSeconds: 2 },
    });
    await db.$transaction((tx) =>
      enqueueMessages(tx, {
        template: "message.text",
        data: { subject: "Cảnh báo", text: "Lũ quét: lên chỗ cao ngay." },
        recipients: Prisma.sql`
          SELECT 'SMS' AS channel, '09' || lpad(n::text, 8, '0') AS recipient, 'vi' AS locale,
                 'crash:' || n AS key, NULL::text AS commune_id, NULL::jsonb AS data
          FROM generate_series(1, ${COUNT}::int) AS n`,
      }),
    );

    const first = startWorker();
    await until(() => gateway.accepted.size >= 300, 60_000, "the first 300 deliveries");
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const inFlight = await db.outboxMessage.findMany({ where: { state: "SENDING" }, select: { idempotencyKey: true } });
    expect(gateway.accepted.size).toBeLessThan(COUNT); // killed mid-way…
    expect(inFlight.length).toBeGreaterThan(0); // …with messages on the wire

    const second = startWorker();
    try {
      await until(async () => (await db.outboxMessage.count({ where: { state: "SENT" } })) === COUNT, 120_000, "every message sent");
    } finally {
      second.kill("SIGTERM");
      await new Promise((resolve) => second.once("exit", resolve));
    }

    expect(await db.outboxMessage.count()).toBe(COUNT);
    // Each recipient: exactly one message accepted by the gateway.
    const recipients = [...gateway.accepted.values()].map((request) => String(request.json?.to));
    expect(recipients).toHaveLength(COUNT);
    expect(new Set(recipients).size).toBe(COUNT);
    // Requests beyond one per key: only messages that were on the wire at the kill, same key.
    const resent = gateway.requests.length - COUNT;
    expect(resent).toBeLessThanOrEqual(inFlight.length);
    const counts = new Map<string, number>();
    for (const request of gateway.requests) counts.set(request.key, (counts.get(request.key) ?? 0) + 1);
    const twice = [...counts].filter(([, n]) => n > 1).map(([key]) => key);
    expect(twice.every((key) => inFlight.some((m) => m.idempotencyKey === key))).toBe(true);
  }, 240_000);
});
