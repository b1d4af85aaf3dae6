/* eslint-disable max-lines -- the reminder schedule's outcomes, each test a step of one schedule */
/**
 * Automatic reminders to prestigious persons (issue 14): after the configured delay, to those
 * who have not confirmed receipt, at most the configured number of times, once per reminder
 * number whatever runs it (two workers at once, the back office's button), audited, and not
 * any more once they confirm or the notice is cancelled. Over the real outbox and worker.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { configureOutbox } from "@/tests/fixtures/outbox";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "reach-test-secret-reach-test-secret-0123456789";
});
vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

const { issueNotice, cancelNotice } = await import("@/lib/notices/mutations");
const { acknowledgeRelay, sendArticleToRelays, remindRelayPersons, stopRelayMessages } = await import("@/lib/relays/mutations");
const { queueRelayReminders } = await import("@/lib/relays/reminders");
const { relayFigures } = await import("@/lib/relays/queries");
const { signToken } = await import("@/lib/subscriptions/tokens");
const { drainOutbox, runOutboxWorker } = await import("@/lib/outbox/worker");
const { OUTBOX_TASKS } = await import("@/lib/outbox/tasks");

const MINUTE = 60_000;
const later = (minutes: number) => new Date(Date.now() + minutes * MINUTE);
const remind = (at: Date) => db.$transaction((tx) => queueRelayReminders(tx, at));

let minhDan: string;
beforeEach(async () => {
  await resetDatabase();
  await seedBase();
  minhDan = (await communeBySlug("minh-dan")).id;
  await configureOutbox(db, {});
});

async function person(phone: string) {
  const village = await db.adminUnit.findFirstOrThrow({ where: { parentId: minhDan } });
  return db.prestigiousPerson.create({
    data: {
      name: `Người thử ${phone}`,
      groupId: (await db.ethnicGroup.findFirstOrThrow()).id,
      villageId: village.id,
      communeId: minhDan,
      role: "Già làng",
      phone,
      relayConsentAt: new Date(),
      yearRecognised: 2020,
    },
  });
}

async function severeNotice(id: string) {
  const official = await userByEmail("official@demo.local");
  await db.notice.create({
    data: {
      id,
      seriesId: id,
      category: "DISASTER",
      hazard: "FLASH_FLOOD",
      severity: "SEVERE",
      urgency: "IMMEDIATE",
      certainty: "LIKELY",
      communeId: minhDan,
      effectiveAt: new Date(),
      expiresAt: later(24 * 60),
      authorId: official.id,
      areas: { create: [{ unitId: minhDan }] },
      translations: { create: { locale: "vi", headline: "Cảnh báo lũ quét", description: "Mưa lớn.", instruction: "Lên chỗ cao ngay." } },
    },
  });
  await issueNotice(id, { actor: official, ip: null });
  return official;
}

const relayOf = (personId: string) => db.relayDelivery.findFirstOrThrow({ where: { personId } });
const reminderKeys = async () =>
  (
    await db.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: "relay-reminder:" } }, orderBy: { idempotencyKey: "asc" } })
  ).map((m) => m.idempotencyKey);

describe("reach: automatic reminders to prestigious persons", () => {
  it("reminds who has not confirmed after 2 hours, then again, at most twice; once per number even with two workers at once; audited; shown in the figures", async () => {
    const confirmed = await person("0913000001");
    const silent = await person("0913000002");
    await severeNotice("remind-1");
    await drainOutbox(db);
    expect(
      await acknowledgeRelay(signToken("relay", (await relayOf(confirmed.id)).id), { relayed: false, households: null }, { ip: null }),
    ).toBe(true);

    expect(await remind(later(119))).toBe(0); // not yet
    // Two workers of two instances run the task at the same moment: one reminder.
    const [a, b] = await Promise.all([remind(later(121)), remind(later(121))]);
    expect(a + b).toBe(1);
    const silentRelay = await relayOf(silent.id);
    expect(await reminderKeys()).toEqual([`relay-reminder:${silentRelay.id}:1`]);
    expect(silentRelay.reminders).toBe(1);
    expect((await relayOf(confirmed.id)).reminders).toBe(0);
    const audit = await db.auditLog.findMany({ where: { action: "relay.remindedAutomatically" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, entityType: "Notice", entityId: "remind-1" });

    await drainOutbox(db);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { idempotencyKey: `relay-reminder:${silentRelay.id}:1` } });
    expect(sms).toMatchObject({ state: "SENT", recipient: "0913000002", template: "relay.notice" });
    expect(sms.body).toMatch(/^Nhac lai: .*Canh bao lu quet/s);
    expect(sms.body).toContain(`/vi/relay/${signToken("relay", silentRelay.id)}`);

    expect(await remind(later(121 + 119))).toBe(0); // counted from the last reminder
    expect(await remind(later(121 + 121))).toBe(1);
    expect(await remind(later(24 * 60 - 1))).toBe(0); // at most two
    expect((await relayOf(silent.id)).reminders).toBe(2);

    const [figures] = await relayFigures(await userByEmail("cadre.minhdan@demo.local"), { subject: { type: "Notice", id: "remind-1" } });
    expect(figures).toMatchObject({ sent: 2, received: 1, reminders: 2, reminded: 1 });
  });

  it("the back office's reminder and the automatic one share the numbering: never the same reminder twice", async () => {
    const silent = await person("0913000003");
    const official = await severeNotice("remind-2");
    await remindRelayPersons({ subjectType: "Notice", subjectId: "remind-2", communeId: null }, { actor: official, ip: null });
    expect(await remind(later(60))).toBe(0); // the delay counts from the button's reminder
    expect(await remind(later(125))).toBe(1);
    const relay = await relayOf(silent.id);
    expect(await reminderKeys()).toEqual([`relay-reminder:${relay.id}:1`, `relay-reminder:${relay.id}:2`]);
    expect(await remind(later(600))).toBe(0); // two in all
  });

  it("stops once they confirm (even a reminder already queued) or the notice is cancelled", async () => {
    const quick = await person("0913000004");
    const other = await person("0913000005");
    const official = await severeNotice("remind-3");
    await drainOutbox(db);
    expect(await remind(later(121))).toBe(2);
    // The first confirms before the worker sends the reminder: it is dropped, not sent.
    await acknowledgeRelay(signToken("relay", (await relayOf(quick.id)).id), { relayed: false, households: null }, { ip: null });
    await drainOutbox(db);
    const states = await db.outboxMessage.findMany({
      where: { idempotencyKey: { startsWith: "relay-reminder:" } },
      select: { recipient: true, state: true },
      orderBy: { recipient: "asc" },
    });
    expect(states).toEqual([
      { recipient: "0913000004", state: "CANCELLED" },
      { recipient: "0913000005", state: "SENT" },
    ]);

    await cancelNotice({ id: "remind-3", reason: "Báo nhầm" }, { actor: official, ip: null });
    expect(await remind(later(600))).toBe(0);
    expect((await relayOf(other.id)).reminders).toBe(1);
  });

  it("articles after the configured delay; none when the maximum is 0", async () => {
    await configureOutbox(db, { relayReminders: { articleAfterMinutes: 60, max: 1 } });
    const silent = await person("0913000006");
    const article = await db.article.create({
      data: {
        kind: "POLICY",
        state: "PUBLISHED",
        publishAt: new Date(Date.now() - MINUTE),
        firstPublishedAt: new Date(),
        translations: {
          create: { locale: "vi", title: "Chính sách hỗ trợ", slug: `chinh-sach-${Date.now()}`, summary: "Tóm tắt", body: "Nội dung" },
        },
      },
    });
    await sendArticleToRelays({ articleId: article.id, communeId: minhDan }, { actor: await userByEmail("official@demo.local"), ip: null });
    expect(await remind(later(59))).toBe(0);
    expect(await remind(later(61))).toBe(1);
    expect(await remind(later(600))).toBe(0); // one at most
    await drainOutbox(db);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { idempotencyKey: `relay-reminder:${(await relayOf(silent.id)).id}:1` } });
    expect(sms).toMatchObject({ state: "SENT", template: "relay.article", subjectType: "Article", subjectId: article.id });
    expect(sms.body).toContain("Chinh sach ho tro");

    await configureOutbox(db, { relayReminders: { max: 0 } });
    await db.relayDelivery.updateMany({ data: { reminders: 0 } });
    expect(await remind(later(6000))).toBe(0);
  });

  it("runs as a periodic task of the outbox worker: a notice sent three hours ago gets its reminder delivered", async () => {
    expect(OUTBOX_TASKS.map((task) => task.name)).toContain("relay-reminders");
    const silent = await person("0913000007");
    await severeNotice("remind-4");
    await drainOutbox(db);
    await db.relayDelivery.updateMany({ data: { sentAt: new Date(Date.now() - 3 * 60 * MINUTE) } });
    const controller = new AbortController();
    const worker = runOutboxWorker({ db, signal: controller.signal, pollMs: 50, tasks: OUTBOX_TASKS });
    const relay = await relayOf(silent.id);
    const deadline = Date.now() + 30_000;
    while (
      (await db.outboxMessage.count({ where: { idempotencyKey: `relay-reminder:${relay.id}:1`, state: "SENT" } })) === 0 &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    controller.abort();
    await worker;
    expect(await db.outboxMessage.count({ where: { idempotencyKey: `relay-reminder:${relay.id}:1`, state: "SENT" } })).toBe(1);
    expect((await relayOf(silent.id)).reminders).toBe(1);
  });

  it("a person who asks for no more messages from their link gets none: consent withdrawn and audited, a queued reminder skipped, left out of the next notice", async () => {
    const stopping = await person("0913000008");
    const staying = await person("0913000009");
    await severeNotice("remind-5");
    await drainOutbox(db);
    const relay = await relayOf(stopping.id);
    expect(await remind(later(121))).toBe(2); // both reminders queued, not yet sent
    expect(await stopRelayMessages("forged.token", { ip: null })).toBe(false);
    expect(await stopRelayMessages(signToken("relay", relay.id), { ip: "203.0.113.9" })).toBe(true);
    expect(await stopRelayMessages(signToken("relay", relay.id), { ip: null })).toBe(true); // a second press changes nothing
    expect((await db.prestigiousPerson.findUniqueOrThrow({ where: { id: stopping.id } })).relayConsentAt).toBeNull();
    const audits = await db.auditLog.findMany({ where: { action: "relay.consentWithdrawn" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, entityType: "PrestigiousPerson", entityId: stopping.id, ip: "203.0.113.9" });

    await drainOutbox(db);
    const reminders = await db.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: "relay-reminder:" } } });
    expect(Object.fromEntries(reminders.map((m) => [m.recipient, m.state]))).toEqual({ "0913000008": "CANCELLED", "0913000009": "SENT" });

    await severeNotice("remind-6");
    const next = await db.outboxMessage.findMany({
      where: { template: "relay.notice", subjectId: { not: null } },
      select: { recipient: true, data: true },
    });
    const forSix = next.filter((m) => (m.data as { noticeId?: string }).noticeId === "remind-6").map((m) => m.recipient);
    expect(forSix).toEqual(["0913000009"]);
    expect(staying.relayConsentAt).not.toBeNull();
  });
});
