/**
 * The actions for reaching residents (issue 14) as a matrix case list
 * (tests/db/authorization-reach.test.ts): own or other commune or the province; a refused
 * action queues nothing and changes nothing.
 */
import "./harness"; // its mocks before any action is imported
import * as relays from "@/lib/relays/actions";
import * as subscriptions from "@/lib/subscriptions/actions";
import { communeBySlug, db, resetDatabase, seedBase } from "../helpers";
import { OFFICIALS, STAFF as ALL, type Matrix, type MatrixCase } from "./harness";

export type Ids = {
  own: string;
  other: string;
  article: string;
  notice: string;
  ownSubscription: string;
  otherSubscription: string;
  provinceSubscription: string;
};

export const CASES: MatrixCase<Ids>[] = [
  {
    name: "send an article to the prestigious persons of own commune",
    audit: "relay.sent",
    action: relays.sendArticleToRelaysAction,
    allowed: ALL,
    form: (ids) => ({ articleId: ids.article, communeId: ids.own }),
  },
  {
    name: "send an article to another commune's prestigious persons",
    audit: "relay.sent",
    action: relays.sendArticleToRelaysAction,
    allowed: OFFICIALS,
    form: (ids) => ({ articleId: ids.article, communeId: ids.other }),
  },
  {
    name: "send an article to the whole province",
    audit: "relay.sent",
    action: relays.sendArticleToRelaysAction,
    allowed: OFFICIALS,
    form: (ids) => ({ articleId: ids.article, communeId: "" }),
  },
  {
    name: "remind own commune's prestigious persons",
    audit: "relay.reminded",
    action: relays.remindRelaysAction,
    allowed: ALL,
    form: (ids) => ({ subjectType: "Notice", subjectId: ids.notice, communeId: ids.own }),
  },
  {
    name: "remind another commune's prestigious persons",
    audit: "relay.reminded",
    action: relays.remindRelaysAction,
    allowed: OFFICIALS,
    form: (ids) => ({ subjectType: "Notice", subjectId: ids.notice, communeId: ids.other }),
  },
  {
    name: "remind every prestigious person of the province",
    audit: "relay.reminded",
    action: relays.remindRelaysAction,
    allowed: OFFICIALS,
    form: (ids) => ({ subjectType: "Notice", subjectId: ids.notice }),
  },
  // Personal data: officials only, whatever the subscription's commune.
  {
    name: "look up a resident's subscriptions",
    audit: "subscription.lookedUp",
    action: subscriptions.lookupSubscribersAction,
    allowed: OFFICIALS,
    form: () => ({ q: "+84 912 345 678" }),
  },
  {
    name: "withdraw a resident's subscription to own commune's notices",
    audit: "subscription.withdrawnByStaff",
    action: subscriptions.withdrawForResidentAction,
    allowed: OFFICIALS,
    form: (ids) => ({ subscriptionId: ids.ownSubscription, reason: "Người dân gọi điện yêu cầu" }),
  },
  {
    name: "withdraw a resident's subscription to another commune's notices",
    audit: "subscription.withdrawnByStaff",
    action: subscriptions.withdrawForResidentAction,
    allowed: OFFICIALS,
    form: (ids) => ({ subscriptionId: ids.otherSubscription, reason: "Người dân gọi điện yêu cầu" }),
  },
  {
    name: "withdraw a resident's province-wide subscription",
    audit: "subscription.withdrawnByStaff",
    action: subscriptions.withdrawForResidentAction,
    allowed: OFFICIALS,
    form: (ids) => ({ subscriptionId: ids.provinceSubscription, reason: "Người dân gọi điện yêu cầu" }),
  },
];

export async function fingerprint() {
  const [audit, messages, deliveries, subscriptionStates] = await Promise.all([
    db.auditLog.count(),
    db.outboxMessage.count(),
    db.relayDelivery.findMany({ orderBy: { id: "asc" }, select: { id: true, reminders: true } }),
    db.subscription.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true } }),
  ]);
  return JSON.stringify({ audit, messages, deliveries, subscriptionStates });
}

async function person(communeId: string, phone: string) {
  const village = await db.adminUnit.findFirstOrThrow({ where: { parentId: communeId } });
  return db.prestigiousPerson.create({
    data: {
      name: `Người thử ${phone}`,
      groupId: (await db.ethnicGroup.findFirstOrThrow()).id,
      villageId: village.id,
      communeId,
      role: "Già làng",
      phone,
      relayConsentAt: new Date(),
      yearRecognised: 2020,
    },
  });
}

export async function seed(): Promise<Ids> {
  await resetDatabase();
  await seedBase();
  const own = (await communeBySlug("minh-dan")).id;
  const other = (await communeBySlug("thuong-lam")).id;
  const ownPerson = await person(own, "0912000101");
  const otherPerson = await person(other, "0912000102");
  const article = await db.article.create({
    data: {
      kind: "POLICY",
      state: "PUBLISHED",
      publishAt: new Date(Date.now() - 60_000),
      firstPublishedAt: new Date(),
      translations: {
        create: { locale: "vi", title: "Chính sách hỗ trợ", slug: `chinh-sach-${Date.now()}`, summary: "Tóm tắt", body: "Nội dung" },
      },
    },
  });
  const notice = await db.notice.create({
    data: {
      seriesId: "series-1",
      id: "series-1",
      state: "ISSUED",
      issuedAt: new Date(),
      category: "DISASTER",
      severity: "SEVERE",
      urgency: "IMMEDIATE",
      certainty: "LIKELY",
      provinceWide: true,
      effectiveAt: new Date(),
      expiresAt: new Date(Date.now() + 3_600_000),
      translations: { create: { locale: "vi", headline: "Cảnh báo", description: "Mưa", instruction: "Lên cao" } },
    },
  });
  for (const p of [ownPerson, otherPerson]) {
    await db.relayDelivery.create({ data: { personId: p.id, communeId: p.communeId, subjectType: "Notice", subjectId: notice.seriesId } });
  }
  const subscription = (communeId: string | null, address: string) =>
    db.subscription.create({
      data: { kind: "NOTICES", channel: "EMAIL", address, communeId, state: "ACTIVE", consentPurpose: "Cảnh báo", consentAt: new Date() },
    });
  const [ownSubscription, otherSubscription, provinceSubscription] = [
    await subscription(own, "dan@example.org"),
    await subscription(other, "dan@example.org"),
    await subscription(null, "dan@example.org"),
  ];
  return {
    own,
    other,
    article: article.id,
    notice: notice.seriesId,
    ownSubscription: ownSubscription.id,
    otherSubscription: otherSubscription.id,
    provinceSubscription: provinceSubscription.id,
  };
}

export const MATRIX: Matrix<Ids> = {
  title: "reach: authorization matrix (server actions × roles × communes)",
  cases: CASES,
  seed,
  fingerprint,
  refused: { ok: false, code: "forbidden" },
};
