/**
 * The outbox on the embedded database (PGlite served by pglite-socket, one PostgreSQL session
 * shared by every connection): the worker process delivers while another client keeps writing
 * in transactions, as the portal does beside it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { enqueueMessage } from "@/lib/outbox/enqueue";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db.mjs";
import { spawnOutboxWorker } from "@/scripts/lib/outbox-worker.mjs";
import { configureOutbox, smtpTo } from "@/tests/fixtures/outbox";
import { startSmtpReceiver } from "@/tests/fixtures/smtp-receiver";
import { prismaCli } from "../helpers";

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("outbox on the embedded database", () => {
  it("the worker process delivers e-mail while the portal writes", async () => {
    const embedded = await startEmbeddedDb();
    cleanups.push(embedded.stop);
    const deploy = await prismaCli(["migrate", "deploy"], embedded.url);
    expect(deploy.code, deploy.output).toBe(0);
    const client = createPrismaClient(embedded.url, 1);
    cleanups.push(() => client.$disconnect());
    const smtp = await startSmtpReceiver();
    cleanups.push(smtp.close);
    await configureOutbox(client, { email: smtpTo(smtp.port) });

    const worker = spawnOutboxWorker({ ...process.env, DATABASE_URL: embedded.url, DATABASE_POOL_MAX: "1", OUTBOX_POLL_MS: "50" }, [
      "ignore",
      "ignore",
      "pipe",
    ]);
    cleanups.push(async () => {
      if (worker.exitCode === null) {
        worker.kill("SIGTERM");
        await new Promise((resolve) => worker.once("exit", resolve));
      }
    });
    for (let n = 1; n <= 20; n++) {
      await client.$transaction(async (tx) => {
        await tx.setting.upsert({ where: { key: "test-counter" }, create: { key: "test-counter", value: n }, update: { value: n } });
        await enqueueMessage(tx, {
          channel: "EMAIL",
          recipient: `resident${n}@example.vn`,
          template: "message.text",
          data: { subject: `Tin ${n}`, text: "Xin chào" },
          idempotencyKey: `embedded:${n}`,
        });
      });
    }
    await smtp.waitFor((mails) => mails.length === 20, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await client.outboxMessage.count({ where: { state: "SENT" } })).toBe(20);
    expect(new Set(smtp.mails.map((m) => m.to[0])).size).toBe(20);
  }, 120_000);
});
