/**
 * Crash safety of a real notice fan-out: a severe notice issued to 1,000 SMS subscribers, the
 * worker process killed (SIGKILL) mid-delivery and started again. Each subscriber ends with
 * exactly one delivered message: none lost, none queued twice, and the few that were on the
 * wire at the kill resent with the same key, which the gateway drops.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { configureOutbox } from "@/tests/fixtures/outbox";
import { startGatewayStub } from "@/tests/fixtures/sms-gateway";
import { expectEachRecipientOnce, killMidwayAndRestart } from "../crash-harness";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "reach-test-secret-reach-test-secret-0123456789";
});
const { issueNotice } = await import("@/lib/notices/mutations");

const COUNT = 1000;
let gateway: Awaited<ReturnType<typeof startGatewayStub>>;

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

    const { inFlight, acceptedAtKill } = await killMidwayAndRestart(gateway, COUNT);
    expect(acceptedAtKill).toBeLessThan(COUNT);
    await expectEachRecipientOnce(gateway, inFlight, COUNT);
    // The text each subscriber got is the notice, with their personal link.
    expect(String(gateway.requests[0]!.json?.text)).toContain("Len cho cao ngay.");
  }, 240_000);
});
