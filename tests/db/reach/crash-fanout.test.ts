/**
 * Crash safety of a real notice fan-out: a severe notice issued to 1,000 SMS subscribers, the
 * worker process killed (SIGKILL) mid-delivery and started again. Each subscriber ends with
 * exactly one delivered message: none lost, none queued twice, and the few that were on the
 * wire at the kill resent with the same key, which the gateway drops.
 */
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { spawnOutboxWorker } from "@/scripts/lib/outbox-worker.mjs";
import { configureOutbox } from "@/tests/fixtures/outbox";
import { startGatewayStub } from "@/tests/fixtures/sms-gateway";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "reach-test-secret-reach-test-secret-0123456789";
});
const { issueNotice } = await import("@/lib/notices/mutations");

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
  await seedBase();
  gateway = await startGatewayStub(() => ({ delayMs: 15 }));
});
afterAll(() => gateway.close());

describe("reach: crash during a notice fan-out", () => {
  it("kill -9 the worker during a fan-out of 1,000, restart: each subscriber has exactly one delivered message", async () => {
    await configureOutbox(db, {
      sms: { transport: "http", ratePerSecond: 1000, concurrency: 8, http: { url: gateway.url } },
      retry: { leaseSeconds: 2 },
    });
    const commune = await communeBySlug("minh-dan");
    await db.$executeRaw`
      INSERT INTO "Subscription" ("id", "kind", "channel", "address", "locale", "state", "communeId", "minSeverity", "consentPurpose", "consentAt", "createdAt", "updatedAt")
      SELECT 'crash' || n, 'NOTICES', 'SMS', '09' || lpad(n::text, 8, '0'), 'vi', 'ACTIVE', ${commune.id}, 'SEVERE', 'test', now(), now(), now()
      FROM generate_series(1, ${COUNT}::int) AS n`;
    const official = await userByEmail("official@demo.local");
    await db.notice.create({
      data: {
        id: "crash-notice",
        seriesId: "crash-notice",
        category: "DISASTER",
        hazard: "FLASH_FLOOD",
        severity: "SEVERE",
        urgency: "IMMEDIATE",
        certainty: "LIKELY",
        communeId: commune.id,
        effectiveAt: new Date(),
        expiresAt: new Date(Date.now() + 3_600_000),
        authorId: official.id,
        areas: { create: [{ unitId: commune.id }] },
        translations: { create: { locale: "vi", headline: "Cảnh báo lũ quét", description: "Mưa lớn.", instruction: "Lên chỗ cao ngay." } },
      },
    });
    await issueNotice("crash-notice", { actor: official, ip: null });
    expect(await db.outboxMessage.count({ where: { template: "notice.alert" } })).toBe(COUNT);

    const first = startWorker();
    await until(() => gateway.accepted.size >= 300, 60_000, "the first 300 deliveries");
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const inFlight = await db.outboxMessage.findMany({ where: { state: "SENDING" }, select: { idempotencyKey: true } });
    expect(gateway.accepted.size).toBeLessThan(COUNT);

    const second = startWorker();
    try {
      await until(async () => (await db.outboxMessage.count({ where: { state: "SENT" } })) === COUNT, 120_000, "every message sent");
    } finally {
      second.kill("SIGTERM");
      await new Promise((resolve) => second.once("exit", resolve));
    }
    expect(await db.outboxMessage.count()).toBe(COUNT);
    const recipients = [...gateway.accepted.values()].map((request) => String(request.json?.to));
    expect(recipients).toHaveLength(COUNT);
    expect(new Set(recipients).size).toBe(COUNT);
    const counts = new Map<string, number>();
    for (const request of gateway.requests) counts.set(request.key, (counts.get(request.key) ?? 0) + 1);
    const twice = [...counts].filter(([, k]) => k > 1).map(([key]) => key);
    expect(twice.every((key) => inFlight.some((m) => m.idempotencyKey === key))).toBe(true);
    // The text each subscriber got is the notice, with their personal link.
    expect(String(gateway.requests[0]!.json?.text)).toContain("Len cho cao ngay.");
  }, 240_000);
});
