/**
 * Crash safety: the worker process is killed (SIGKILL, no chance to tidy up) in the middle of
 * delivering a fan-out of 1,000 SMS, then started again. Every recipient ends with exactly one
 * delivered message: nothing is lost, nothing is queued twice, and the few messages that were
 * on the wire at the kill are resent with the same idempotency key, which the gateway drops.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMessages } from "@/lib/outbox/enqueue";
import { configureOutbox } from "@/tests/fixtures/outbox";
import { startGatewayStub } from "@/tests/fixtures/sms-gateway";
import { expectEachRecipientOnce, killMidwayAndRestart } from "../crash-harness";
import { db, resetDatabase } from "../helpers";

const COUNT = 1000;
let gateway: Awaited<ReturnType<typeof startGatewayStub>>;

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

    const { inFlight, acceptedAtKill } = await killMidwayAndRestart(gateway, COUNT);
    expect(acceptedAtKill).toBeLessThan(COUNT); // killed mid-way…
    expect(inFlight.length).toBeGreaterThan(0); // …with messages on the wire

    await expectEachRecipientOnce(gateway, inFlight, COUNT);
    // Requests beyond one per key: only messages that were on the wire at the kill.
    expect(gateway.requests.length - COUNT).toBeLessThanOrEqual(inFlight.length);
  }, 240_000);
});
