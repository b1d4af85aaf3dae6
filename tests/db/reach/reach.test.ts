/* eslint-disable max-lines -- subscriptions, fan-out and relays against one seeded database and one set of fake providers */
/**
 * Reaching residents (issue 14): subscriptions with double opt-in and abuse limits, a notice's
 * fan-out to subscribers and prestigious persons in the issuing transaction, the forum answer
 * mail, relays acknowledged, one-step withdrawal. Messages are delivered by the real worker to
 * the demo log transport, so the rendered texts are checked as residents would get them.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/action-result";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "reach-test-secret-reach-test-secret-0123456789";
});
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => null }));
const ip = vi.hoisted(() => ({ value: "198.51.100.7" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": ip.value }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url });
  },
}));

const actions = await import("@/lib/subscriptions/actions");
const { confirmByLink, confirmByCode, withdrawSubscription, subscribe } = await import("@/lib/subscriptions/mutations");
const { issueNotice, cancelNotice } = await import("@/lib/notices/mutations");
const { acknowledgeRelay } = await import("@/lib/relays/mutations");
const { signToken, confirmationCode } = await import("@/lib/subscriptions/tokens");
const { drainOutbox } = await import("@/lib/outbox/worker");
const { noticeSubscriberCounts } = await import("@/lib/subscriptions/fanout");

async function invoke(
  action: (s: FormState, f: FormData) => Promise<FormState>,
  fields: Record<string, string>,
): Promise<FormState & { redirectTo?: string }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  try {
    return await action({}, form);
  } catch (error) {
    const redirectTo = (error as { redirectTo?: string }).redirectTo;
    if (redirectTo) return { ok: true, redirectTo };
    throw error;
  }
}

async function draftNotice(id: string, communeId: string | null, severity: "EXTREME" | "SEVERE" | "MODERATE" | "MINOR" = "SEVERE") {
  const author = await userByEmail("official@demo.local");
  await db.notice.create({
    data: {
      id,
      seriesId: id,
      category: "DISASTER",
      hazard: "FLASH_FLOOD",
      severity,
      urgency: "IMMEDIATE",
      certainty: "LIKELY",
      provinceWide: !communeId,
      communeId,
      effectiveAt: new Date(),
      expiresAt: new Date(Date.now() + 24 * 3_600_000),
      authorId: author.id,
      areas: { create: communeId ? [{ unitId: communeId }] : [] },
      translations: {
        create: [
          { locale: "vi", headline: "Cảnh báo lũ quét", description: "Mưa lớn kéo dài.", instruction: "Lên chỗ cao ngay." },
          { locale: "en", headline: "Flash flood warning", description: "Heavy rain.", instruction: "Move to high ground now." },
        ],
      },
    },
  });
  return id;
}

async function activeSubscription(fields: {
  channel: "EMAIL" | "SMS";
  address: string;
  communeId: string | null;
  minSeverity?: "EXTREME" | "SEVERE" | "MODERATE" | "MINOR";
  locale?: string;
}) {
  const outcome = await subscribe({ kind: "NOTICES", consentPurpose: "test", locale: fields.locale ?? "vi", ...fields }, { ip: null });
  if (!outcome.ok) throw new Error("refused");
  const row = await db.subscription.findUniqueOrThrow({ where: { id: outcome.id } });
  const confirmed = await confirmByLink(signToken("confirm", `${row.id}-${row.confirmNonce}`), { ip: null });
  expect(confirmed.ok).toBe(true);
  return row.id;
}

let minhDan: string;
let thuongLam: string;
beforeEach(async () => {
  await resetDatabase();
  await seedBase();
  minhDan = (await communeBySlug("minh-dan")).id;
  thuongLam = (await communeBySlug("thuong-lam")).id;
  ip.value = "198.51.100.7";
});

describe("reach: subscribing without an account", () => {
  it("queues a confirmation, nothing else, until the e-mail link is used; the consent is recorded", async () => {
    const result = await invoke(actions.subscribeNoticesAction, {
      locale: "en",
      communeId: minhDan,
      minSeverity: "SEVERE",
      channel: "EMAIL",
      address: " Dan@Example.org ",
      consent: "on",
    });
    expect(result).toMatchObject({ ok: true, message: "reach:subscribe.sentEmail" });
    const subscription = await db.subscription.findFirstOrThrow();
    expect(subscription).toMatchObject({
      state: "PENDING",
      address: "dan@example.org",
      channel: "EMAIL",
      locale: "en",
      communeId: minhDan,
      createdIp: "198.51.100.7",
    });
    expect(subscription.consentPurpose).toContain("Minh Dân");
    expect(await db.outboxMessage.findMany({ select: { template: true, recipient: true, priority: true } })).toEqual([
      { template: "subscription.confirm", recipient: "dan@example.org", priority: 10 },
    ]);

    await drainOutbox(db);
    const mail = await db.outboxMessage.findFirstOrThrow();
    const link = /\/en\/subscribe\/confirm\/(\S+)/.exec(mail.body ?? "")?.[1];
    expect(link).toBeTruthy();
    expect((await confirmByLink("forged.token", { ip: null })).ok).toBe(false);
    const confirmed = await confirmByLink(link!, { ip: "198.51.100.8" });
    expect(confirmed).toMatchObject({ ok: true, locale: "en" });
    const active = await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(active.state).toBe("ACTIVE");
    expect(active.consentAt).toBeInstanceOf(Date);
  });

  it("SMS: the code page, a wrong code refused, the right one confirms", async () => {
    const result = await invoke(actions.subscribeNoticesAction, {
      locale: "vi",
      communeId: minhDan,
      minSeverity: "MODERATE",
      channel: "SMS",
      address: "0912 345 678",
      consent: "on",
    });
    expect(result.redirectTo).toMatch(/^\/vi\/subscribe\/confirm\/\S+$/);
    const token = result.redirectTo!.split("/").pop()!;
    const row = await db.subscription.findFirstOrThrow();
    expect(row.address).toBe("0912345678");
    await drainOutbox(db);
    const sms = await db.outboxMessage.findFirstOrThrow();
    expect(sms.body).toMatch(/^\d{6} la ma xac nhan/); // without diacritics (the SMS default)
    expect(
      (await confirmByCode(token, "000000" === confirmationCode(row.id, row.confirmNonce!) ? "111111" : "000000", { ip: null })).ok,
    ).toBe(false);
    expect(await confirmByCode(token, sms.body!.slice(0, 6), { ip: null })).toMatchObject({ ok: true });
  });

  it("invalid input is answered field by field and nothing is stored", async () => {
    const result = await invoke(actions.subscribeNoticesAction, {
      locale: "vi",
      communeId: minhDan,
      minSeverity: "SEVERE",
      channel: "SMS",
      address: "dan@example.org",
    });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toMatchObject({ consent: ["reach:subscribe.errors.consent"] });
    const wrongAddress = await invoke(actions.subscribeNoticesAction, {
      locale: "vi",
      communeId: minhDan,
      minSeverity: "SEVERE",
      channel: "SMS",
      address: "dan@example.org",
      consent: "on",
    });
    expect(wrongAddress.fieldErrors).toMatchObject({ address: ["reach:subscribe.errors.phone"] });
    expect(await db.subscription.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("reach: abuse limits answer clearly and send nothing", () => {
  it("a phone gets at most 3 confirmation messages a day, whatever the sender's address", async () => {
    for (let n = 1; n <= 3; n += 1) {
      ip.value = `198.51.100.${n}`;
      const result = await invoke(actions.subscribeNoticesAction, {
        locale: "vi",
        communeId: minhDan,
        minSeverity: "SEVERE",
        channel: "SMS",
        address: "0912345678",
        consent: "on",
      });
      expect(result.redirectTo).toBeTruthy();
    }
    ip.value = "198.51.100.99";
    const refused = await invoke(actions.subscribeNoticesAction, {
      locale: "vi",
      communeId: minhDan,
      minSeverity: "SEVERE",
      channel: "SMS",
      address: "0912345678",
      consent: "on",
    });
    expect(refused).toMatchObject({ ok: false, code: "locked", formError: "reach:subscribe.errors.addressLimited" });
    expect(refused.formErrorParams?.time).toBeTruthy();
    expect(await db.outboxMessage.count()).toBe(3);
    expect(await db.subscription.count()).toBe(3);
  });

  it("one address subscribes at most 5 times an hour", async () => {
    for (let n = 1; n <= 5; n += 1) {
      const result = await invoke(actions.subscribeNoticesAction, {
        locale: "vi",
        communeId: "",
        minSeverity: "SEVERE",
        channel: "EMAIL",
        address: `p${n}@example.org`,
        consent: "on",
      });
      expect(result.ok).toBe(true);
    }
    const refused = await invoke(actions.subscribeNoticesAction, {
      locale: "vi",
      communeId: "",
      minSeverity: "SEVERE",
      channel: "EMAIL",
      address: "p6@example.org",
      consent: "on",
    });
    expect(refused).toMatchObject({ ok: false, code: "locked", formError: "reach:subscribe.errors.ipLimited" });
    expect(await db.outboxMessage.count()).toBe(5);
  });

  it("five wrong SMS codes lock the subscription's confirmation", async () => {
    const outcome = await subscribe(
      { kind: "NOTICES", channel: "SMS", address: "0987654321", locale: "vi", consentPurpose: "x", communeId: minhDan },
      { ip: null },
    );
    if (!outcome.ok) throw new Error("refused");
    const row = await db.subscription.findUniqueOrThrow({ where: { id: outcome.id } });
    const right = confirmationCode(row.id, row.confirmNonce!);
    const wrong = right === "123456" ? "654321" : "123456";
    for (let n = 0; n < 5; n += 1) expect((await confirmByCode(outcome.codeToken, wrong, { ip: null })).ok).toBe(false);
    expect(await confirmByCode(outcome.codeToken, right, { ip: null })).toMatchObject({ ok: false, reason: "tooMany" });
  });
});

describe("reach: a notice reaches its area's subscribers and prestigious persons", () => {
  it("issue fans out in the same transaction (area, province-only, severity), once per version × recipient; cancel too", async () => {
    const inArea = await activeSubscription({ channel: "EMAIL", address: "a@example.org", communeId: minhDan, locale: "en" });
    await activeSubscription({ channel: "SMS", address: "0912000001", communeId: minhDan, minSeverity: "MODERATE" });
    await activeSubscription({ channel: "EMAIL", address: "extreme-only@example.org", communeId: minhDan, minSeverity: "EXTREME" });
    await activeSubscription({ channel: "EMAIL", address: "other@example.org", communeId: thuongLam });
    await activeSubscription({ channel: "EMAIL", address: "province@example.org", communeId: null });
    const person = await db.prestigiousPerson.create({
      data: {
        name: "Người thử nghiệm",
        groupId: (await db.ethnicGroup.findFirstOrThrow()).id,
        villageId: (await communeBySlug("minh-dan-thon-1")).id,
        communeId: minhDan,
        role: "Già làng",
        phone: "0913 000 002",
        relayConsentAt: new Date(),
        yearRecognised: 2020,
      },
    });
    await db.prestigiousPerson.create({
      data: {
        name: "Chưa đồng ý",
        groupId: (await db.ethnicGroup.findFirstOrThrow()).id,
        villageId: (await communeBySlug("minh-dan-thon-1")).id,
        communeId: minhDan,
        role: "Trưởng thôn",
        phone: "0913000003",
        yearRecognised: 2020,
      },
    });
    await db.outboxMessage.deleteMany({});

    const id = await draftNotice("flood-1", minhDan, "SEVERE");
    expect(await noticeSubscriberCounts(db, { id, provinceWide: false, severity: "SEVERE" })).toEqual({ EMAIL: 1, SMS: 1, ZALO: 0 });
    const official = await userByEmail("official@demo.local");
    await issueNotice(id, { actor: official, ip: null });
    const queued = await db.outboxMessage.findMany({ orderBy: { recipient: "asc" } });
    expect(queued.map((m) => [m.template, m.recipient])).toEqual(
      [
        ["relay.notice", "0913000002"],
        ["notice.alert", "0912000001"],
        ["notice.alert", "a@example.org"],
      ].sort((a, b) => a[1]!.localeCompare(b[1]!)),
    );
    expect(await db.relayDelivery.count()).toBe(1);

    await drainOutbox(db);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "a@example.org" } });
    expect(mail.subject).toContain("Flash flood warning"); // the subscriber's language, where a translation exists
    expect(mail.body).toContain(`/en/subscribe/manage/${signToken("manage", inArea)}`);
    const relaySms = await db.outboxMessage.findFirstOrThrow({ where: { template: "relay.notice" } });
    const relayToken = /\/vi\/relay\/(\S+)/.exec(relaySms.body ?? "")?.[1];
    expect(relayToken).toBeTruthy();
    expect(await acknowledgeRelay(relayToken!, { relayed: false, households: null }, { ip: null })).toBe(true);
    expect(await acknowledgeRelay(relayToken!, { relayed: true, households: 40 }, { ip: null })).toBe(true);
    expect(await db.relayDelivery.findFirstOrThrow()).toMatchObject({ personId: person.id, households: 40 });

    // A withdrawn subscriber gets nothing more; the cancel reaches the others and the relay.
    expect(await withdrawSubscription(signToken("manage", inArea), { ip: null })).toBe(true);
    const cancelId = await cancelNotice({ id, reason: "Báo nhầm" }, { actor: official, ip: null });
    await drainOutbox(db);
    const cancels = await db.outboxMessage.findMany({ where: { subjectId: cancelId }, orderBy: { recipient: "asc" } });
    expect(cancels.map((m) => [m.recipient, m.state])).toEqual([
      ["0912000001", "SENT"],
      ["0913000002", "SENT"],
    ]);
  });

  it("province-wide notices reach every notice subscriber; the fan-out is idempotent", async () => {
    await activeSubscription({ channel: "EMAIL", address: "a@example.org", communeId: minhDan });
    await activeSubscription({ channel: "EMAIL", address: "p@example.org", communeId: null });
    await db.outboxMessage.deleteMany({});
    const id = await draftNotice("province-1", null, "EXTREME");
    await issueNotice(id, { actor: await userByEmail("official@demo.local"), ip: null });
    expect(await db.outboxMessage.count()).toBe(2);
    const { fanOutNotice } = await import("@/lib/subscriptions/fanout");
    const again = await db.$transaction((tx) => fanOutNotice(tx, { id, provinceWide: true, severity: "EXTREME", communeId: null }));
    expect(again).toBe(0);
  });
});

describe("reach: the weekly digest", () => {
  it("queues one digest per subscription and week with the new articles on its topics; nothing new, nothing sent", async () => {
    const { queueDigests } = await import("@/lib/subscriptions/fanout");
    const topic = await db.articleTopic.create({ data: { kind: "POLICY", slug: `digest-${Date.now()}`, name: "Đất đai" } });
    const other = await db.articleTopic.create({ data: { kind: "POLICY", slug: `other-${Date.now()}`, name: "Khác" } });
    const weekAgo = new Date(Date.now() - 8 * 24 * 3_600_000);
    const subscription = await db.subscription.create({
      data: {
        kind: "DIGEST",
        channel: "EMAIL",
        address: "digest@example.org",
        state: "ACTIVE",
        topicIds: [topic.id],
        consentPurpose: "x",
        consentAt: weekAgo,
      },
    });
    const quiet = await db.subscription.create({
      data: {
        kind: "DIGEST",
        channel: "EMAIL",
        address: "quiet@example.org",
        state: "ACTIVE",
        topicIds: [other.id],
        consentAt: weekAgo,
        consentPurpose: "x",
      },
    });
    await db.article.create({
      data: {
        kind: "POLICY",
        state: "PUBLISHED",
        topicId: topic.id,
        publishAt: new Date(Date.now() - 2 * 24 * 3_600_000),
        translations: { create: { locale: "vi", title: "Hỗ trợ cấp đất ở", slug: `ho-tro-${Date.now()}`, summary: "s", body: "b" } },
      },
    });
    expect(await db.$transaction((tx) => queueDigests(tx))).toBe(2);
    expect(await db.$transaction((tx) => queueDigests(tx))).toBe(0); // not due again this week
    await drainOutbox(db);
    const sent = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "digest@example.org" } });
    expect(sent.state).toBe("SENT");
    expect(sent.body).toContain("Hỗ trợ cấp đất ở");
    expect(sent.body).toContain(`/vi/subscribe/manage/${signToken("manage", subscription.id)}`);
    expect((await db.outboxMessage.findFirstOrThrow({ where: { recipient: "quiet@example.org" } })).state).toBe("CANCELLED");
    expect(quiet.id).toBeTruthy();
  });
});
