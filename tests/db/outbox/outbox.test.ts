/* eslint-disable max-lines -- the outbox against a real SMTP server and SMS gateway started once for all its tests */
/**
 * The outbox core on the real database: queued in the caller's transaction, exactly one message
 * per idempotency key, delivered by the worker to a real SMTP server and to a local HTTP gateway
 * (timeouts, 5xx, 429, refusals), retries with backoff, and the per-channel limits.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMessage, enqueueMessages } from "@/lib/outbox/enqueue";
import { drainOutbox, runOutboxWorker } from "@/lib/outbox/worker";
import { configureOutbox, smtpTo } from "@/tests/fixtures/outbox";
import { startGatewayStub } from "@/tests/fixtures/sms-gateway";
import { startSmtpReceiver } from "@/tests/fixtures/smtp-receiver";
import { db, resetDatabase } from "../helpers";

const text = (n: number) => ({ subject: `Thông báo ${n}`, text: `Lũ quét ở bản ${n}: lên chỗ cao ngay.` });

async function queueSms(count: number, prefix = "t") {
  await db.$transaction((tx) =>
    enqueueMessages(tx, {
      template: "message.text",
      data: { subject: "Cảnh báo", text: "Lũ quét: lên chỗ cao ngay." },
      recipients: Prisma.sql`
        SELECT 'SMS' AS channel, '09' || lpad(n::text, 8, '0') AS recipient, 'vi' AS locale,
               ${prefix} || ':' || n AS key, NULL::text AS commune_id, NULL::jsonb AS data
        FROM generate_series(1, ${count}::int) AS n`,
    }),
  );
}

beforeEach(resetDatabase);

describe("enqueueMessage", () => {
  it("exists only when the caller's transaction commits", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMessage(tx, {
          channel: "EMAIL",
          recipient: "a@example.vn",
          template: "message.text",
          data: text(1),
          idempotencyKey: "k1",
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outboxMessage.count()).toBe(0);

    await db.$transaction((tx) =>
      enqueueMessage(tx, { channel: "EMAIL", recipient: " A@Example.VN ", template: "message.text", data: text(1), idempotencyKey: "k1" }),
    );
    const [message] = await db.outboxMessage.findMany();
    expect(message).toMatchObject({ state: "QUEUED", recipient: "a@example.vn", attempts: 0, template: "message.text" });
  });

  it("queues one message per idempotency key, however often it is asked", async () => {
    const first = await db.$transaction((tx) =>
      enqueueMessage(tx, { channel: "SMS", recipient: "+84 912 345 678", template: "message.text", data: text(1), idempotencyKey: "same" }),
    );
    const again = await db.$transaction((tx) =>
      enqueueMessage(tx, { channel: "SMS", recipient: "0912345678", template: "message.text", data: text(2), idempotencyKey: "same" }),
    );
    expect([first.queued, again.queued]).toEqual([true, false]);
    expect(await db.outboxMessage.findMany({ select: { recipient: true } })).toEqual([{ recipient: "0912345678" }]);
    await queueSms(5, "batch");
    await queueSms(5, "batch");
    expect(await db.outboxMessage.count()).toBe(6);
  });

  it("refuses data the template cannot render and recipients that are not addresses", async () => {
    await expect(
      db.$transaction((tx) =>
        enqueueMessage(tx, {
          channel: "EMAIL",
          recipient: "a@example.vn",
          template: "message.text",
          data: { subject: "" } as never,
          idempotencyKey: "x",
        }),
      ),
    ).rejects.toThrow();
    await expect(
      db.$transaction((tx) =>
        enqueueMessage(tx, { channel: "SMS", recipient: "02073822123", template: "message.text", data: text(1), idempotencyKey: "y" }),
      ),
    ).rejects.toThrow(/SMS recipient/);
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("e-mail over SMTP", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  beforeAll(async () => {
    // The first attempt to tam@ is refused for now (421), the one to ghost@ for good (550).
    smtp = await startSmtpReceiver({
      reply: (to, count) => (to === "tam@example.vn" && count === 1 ? 421 : to === "ghost@example.vn" ? 550 : null),
    });
  });
  afterAll(() => smtp.close());

  it("is delivered to a real SMTP server, retried after a temporary refusal, dead after a permanent one", async () => {
    await configureOutbox(db, { email: smtpTo(smtp.port) });
    await db.$transaction(async (tx) => {
      for (const to of ["lan@example.vn", "tam@example.vn", "ghost@example.vn"]) {
        await enqueueMessage(tx, {
          channel: "EMAIL",
          recipient: to,
          template: "message.text",
          data: { subject: "Cảnh báo lũ quét", text: "Lên chỗ cao ngay.\nBan Dân tộc" },
          idempotencyKey: `mail:${to}`,
        });
      }
    });
    await drainOutbox(db);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // tam@ is due again after the backoff
    await drainOutbox(db);

    const lan = smtp.to("lan@example.vn");
    expect(lan).toHaveLength(1);
    expect(lan[0]).toMatchObject({ subject: "Cảnh báo lũ quét", text: expect.stringContaining("Lên chỗ cao ngay.\nBan Dân tộc") });
    expect(lan[0]!.messageId).toMatch(/^<[0-9a-f]{40}@portal\.test>$/);
    expect(smtp.to("tam@example.vn")).toHaveLength(1);

    const rows = await db.outboxMessage.findMany({
      orderBy: { recipient: "asc" },
      include: { attemptLog: { orderBy: { attempt: "asc" } } },
    });
    expect(rows.map((r) => [r.recipient, r.state, r.attempts])).toEqual([
      ["ghost@example.vn", "DEAD", 1],
      ["lan@example.vn", "SENT", 1],
      ["tam@example.vn", "SENT", 2],
    ]);
    expect(rows[0]!.lastError).toMatch(/550/);
    expect(rows[2]!.attemptLog.map((a) => [a.ok, a.status])).toEqual([
      [false, 421],
      [true, 250],
    ]);
    expect(rows[1]).toMatchObject({ transport: "smtp", subject: "Cảnh báo lũ quét", nextAttemptAt: null, lockedBy: null });
  });
});

describe("SMS through an HTTP gateway", () => {
  let gateway: Awaited<ReturnType<typeof startGatewayStub>> | null = null;
  afterEach(async () => {
    await gateway?.close();
    gateway = null;
  });

  it("sends the configured body and credential, and survives a timeout, a 5xx and a 429", async () => {
    // Per recipient: …01 times out once, …02 gets a 503 once, …03 a 429 (Retry-After: 1) once.
    gateway = await startGatewayStub((request, _n, k) => {
      const to = String(request.json?.to);
      if (k === 1 && to.endsWith("01")) return { hang: true };
      if (k === 1 && to.endsWith("02")) return { status: 503 };
      if (k === 1 && to.endsWith("03")) return { status: 429, headers: { "retry-after": "1" } };
      return { body: { id: `gw-${to}` } };
    });
    process.env.OUTBOX_SMS_AUTH = "Bearer sms-secret";
    // One at a time, so the pause after the 429 shows in the order of the requests.
    await configureOutbox(db, {
      sms: { transport: "http", concurrency: 1, stripDiacritics: true, http: { url: gateway.url, timeoutSeconds: 1 } },
    });
    await queueSms(4);
    const started = Date.now();
    await drainOutbox(db);
    for (let i = 0; i < 6 && (await db.outboxMessage.count({ where: { state: { not: "SENT" } } })) > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await drainOutbox(db);
    }
    delete process.env.OUTBOX_SMS_AUTH;

    const rows = await db.outboxMessage.findMany({ orderBy: { recipient: "asc" } });
    expect(rows.map((r) => [r.recipient, r.state, r.attempts, r.providerId])).toEqual([
      ["0900000001", "SENT", 2, "gw-0900000001"],
      ["0900000002", "SENT", 2, "gw-0900000002"],
      ["0900000003", "SENT", 1, "gw-0900000003"], // a 429 is not the message's fault: not counted
      ["0900000004", "SENT", 1, "gw-0900000004"],
    ]);
    const accepted = [...gateway.accepted.values()];
    expect(accepted[0]!.json).toMatchObject({ text: "Lu quet: len cho cao ngay.", reference: expect.any(String) });
    expect(accepted[0]!.headers.authorization).toBe("Bearer sms-secret");
    expect(new Set(gateway.requests.map((r) => r.key)).size).toBe(4);
    // After the 429 the whole channel waited as asked (Retry-After: 1).
    const throttled = gateway.requests.findIndex((r) => String(r.json?.to).endsWith("03"));
    const next = gateway.requests[throttled + 1];
    expect(next!.at - gateway.requests[throttled]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThan(1000);
  });

  it("gives up at once on a refusal and after the last attempt on repeated failures", async () => {
    gateway = await startGatewayStub((request) =>
      String(request.json?.to).endsWith("01") ? { status: 400, body: { error: "invalid number" } } : { status: 500 },
    );
    await configureOutbox(db, { sms: { transport: "http", http: { url: gateway.url } }, retry: { baseSeconds: 0.05, maxSeconds: 0.1 } });
    await queueSms(2);
    await db.outboxMessage.updateMany({ data: { maxAttempts: 3 } });
    for (let i = 0; i < 10 && (await db.outboxMessage.count({ where: { state: { not: "DEAD" } } })) > 0; i++) await drainOutbox(db);
    const rows = await db.outboxMessage.findMany({ orderBy: { recipient: "asc" } });
    expect(rows.map((r) => [r.state, r.attempts])).toEqual([
      ["DEAD", 1],
      ["DEAD", 3],
    ]);
    expect(rows[0]!.lastError).toContain("invalid number");
    expect(await db.outboxAttempt.count({ where: { messageId: rows[1]!.id } })).toBe(3);
  });

  it("keeps to the channel's rate and concurrency, with two workers sharing them", async () => {
    gateway = await startGatewayStub(() => ({ delayMs: 150 }));
    await configureOutbox(db, { sms: { transport: "http", ratePerSecond: 10, concurrency: 2, http: { url: gateway.url } } });
    await queueSms(20);
    const controller = new AbortController();
    const workers = [1, 2].map((n) => runOutboxWorker({ db, signal: controller.signal, workerId: `w${n}`, pollMs: 20 }));
    const started = Date.now();
    await gateway.waitFor(() => gateway!.accepted.size === 20, 30_000);
    const elapsed = Date.now() - started;
    controller.abort();
    await Promise.all(workers);
    expect(gateway.maxInFlight).toBeLessThanOrEqual(2);
    // 20 at 10/s (bursts of 10): at least one second, however fast the machine.
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(await db.outboxAttempt.count()).toBe(20);
  });

  it("is kept, not sent, on the demo log transport", async () => {
    await configureOutbox(db, {});
    await queueSms(2);
    await drainOutbox(db);
    const rows = await db.outboxMessage.findMany();
    expect(rows.map((r) => [r.state, r.transport, r.body])).toEqual([
      ["SENT", "log", "Lu quet: len cho cao ngay."],
      ["SENT", "log", "Lu quet: len cho cao ngay."],
    ]);
  });
});
