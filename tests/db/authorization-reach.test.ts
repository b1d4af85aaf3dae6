/**
 * The authorization matrix of the actions added for reaching residents (issue 14), in the
 * pattern of tests/db/authorization.test.ts: every action × every role (and anonymous) × own or
 * other commune or the province, over the real server actions and database; only the session
 * is stubbed. A refused action queues nothing and changes nothing.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "./helpers";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "reach-test-secret-reach-test-secret-0123456789";
});
const state = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => state.viewer }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.4" }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T,>(fn: T) => fn }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url });
  },
}));

const relays = await import("@/lib/relays/actions");
const subscriptions = await import("@/lib/subscriptions/actions");
const { lookupSubscriptions } = await import("@/lib/subscriptions/queries");
const bulletins = await import("@/lib/bulletins/zip");

type Role = "ADMIN" | "OFFICIAL" | "COMMUNE_CADRE" | "ANONYMOUS";
const ROLES: Role[] = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE", "ANONYMOUS"];
const VIEWER_EMAIL = { ADMIN: "admin@demo.local", OFFICIAL: "official@demo.local", COMMUNE_CADRE: "cadre.minhdan@demo.local" } as const;
const ALL: Role[] = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"];
const OFFICIALS: Role[] = ["ADMIN", "OFFICIAL"];

type Ids = { own: string; other: string; article: string; notice: string; ownSubscription: string; otherSubscription: string; provinceSubscription: string };
type Case = { name: string; action: (s: FormState, f: FormData) => Promise<FormState>; form: (ids: Ids) => Record<string, string>; allowed: Role[] };

const CASES: Case[] = [
  { name: "send an article to the prestigious persons of own commune", action: relays.sendArticleToRelaysAction, allowed: ALL, form: (ids) => ({ articleId: ids.article, communeId: ids.own }) },
  { name: "send an article to another commune's prestigious persons", action: relays.sendArticleToRelaysAction, allowed: OFFICIALS, form: (ids) => ({ articleId: ids.article, communeId: ids.other }) },
  { name: "send an article to the whole province", action: relays.sendArticleToRelaysAction, allowed: OFFICIALS, form: (ids) => ({ articleId: ids.article, communeId: "" }) },
  { name: "remind own commune's prestigious persons", action: relays.remindRelaysAction, allowed: ALL, form: (ids) => ({ subjectType: "Notice", subjectId: ids.notice, communeId: ids.own }) },
  { name: "remind another commune's prestigious persons", action: relays.remindRelaysAction, allowed: OFFICIALS, form: (ids) => ({ subjectType: "Notice", subjectId: ids.notice, communeId: ids.other }) },
  { name: "remind every prestigious person of the province", action: relays.remindRelaysAction, allowed: OFFICIALS, form: (ids) => ({ subjectType: "Notice", subjectId: ids.notice }) },
  // Personal data: officials only, whatever the subscription's commune.
  { name: "withdraw a resident's subscription to own commune's notices", action: subscriptions.withdrawForResidentAction, allowed: OFFICIALS, form: (ids) => ({ subscriptionId: ids.ownSubscription, reason: "Người dân gọi điện yêu cầu" }) },
  { name: "withdraw a resident's subscription to another commune's notices", action: subscriptions.withdrawForResidentAction, allowed: OFFICIALS, form: (ids) => ({ subscriptionId: ids.otherSubscription, reason: "Người dân gọi điện yêu cầu" }) },
  { name: "withdraw a resident's province-wide subscription", action: subscriptions.withdrawForResidentAction, allowed: OFFICIALS, form: (ids) => ({ subscriptionId: ids.provinceSubscription, reason: "Người dân gọi điện yêu cầu" }) },
];

async function fingerprint() {
  const [audit, messages, deliveries, subscriptionStates] = await Promise.all([
    db.auditLog.count(),
    db.outboxMessage.count(),
    db.relayDelivery.findMany({ orderBy: { id: "asc" }, select: { id: true, reminders: true } }),
    db.subscription.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true } }),
  ]);
  return JSON.stringify({ audit, messages, deliveries, subscriptionStates });
}

async function invoke(action: Case["action"], fields: Record<string, string>): Promise<FormState> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return action({}, form);
}

async function person(communeId: string, phone: string) {
  const village = await db.adminUnit.findFirstOrThrow({ where: { parentId: communeId } });
  return db.prestigiousPerson.create({
    data: { name: `Người thử ${phone}`, groupId: (await db.ethnicGroup.findFirstOrThrow()).id, villageId: village.id, communeId, role: "Già làng", phone, relayConsentAt: new Date(), yearRecognised: 2020 },
  });
}

describe("reach: authorization matrix (server actions × roles × communes)", () => {
  let ids: Ids;
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    const own = (await communeBySlug("minh-dan")).id;
    const other = (await communeBySlug("thuong-lam")).id;
    const ownPerson = await person(own, "0912000101");
    const otherPerson = await person(other, "0912000102");
    const article = await db.article.create({
      data: { kind: "POLICY", state: "PUBLISHED", publishAt: new Date(Date.now() - 60_000), firstPublishedAt: new Date(), translations: { create: { locale: "vi", title: "Chính sách hỗ trợ", slug: `chinh-sach-${Date.now()}`, summary: "Tóm tắt", body: "Nội dung" } } },
    });
    const notice = await db.notice.create({
      data: {
        seriesId: "series-1", id: "series-1", state: "ISSUED", issuedAt: new Date(), category: "DISASTER", severity: "SEVERE", urgency: "IMMEDIATE", certainty: "LIKELY",
        provinceWide: true, effectiveAt: new Date(), expiresAt: new Date(Date.now() + 3_600_000),
        translations: { create: { locale: "vi", headline: "Cảnh báo", description: "Mưa", instruction: "Lên cao" } },
      },
    });
    for (const p of [ownPerson, otherPerson]) {
      await db.relayDelivery.create({ data: { personId: p.id, communeId: p.communeId, subjectType: "Notice", subjectId: notice.seriesId } });
    }
    const subscription = (communeId: string | null, address: string) =>
      db.subscription.create({ data: { kind: "NOTICES", channel: "EMAIL", address, communeId, state: "ACTIVE", consentPurpose: "Cảnh báo", consentAt: new Date() } });
    const [ownSubscription, otherSubscription, provinceSubscription] = [
      await subscription(own, "dan@example.org"), await subscription(other, "dan@example.org"), await subscription(null, "dan@example.org"),
    ];
    ids = { own, other, article: article.id, notice: notice.seriesId, ownSubscription: ownSubscription.id, otherSubscription: otherSubscription.id, provinceSubscription: provinceSubscription.id };
  });

  for (const testCase of CASES) {
    for (const role of ROLES) {
      const allowed = testCase.allowed.includes(role);
      it(`${testCase.name} · ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
        state.viewer = role === "ANONYMOUS" ? null : await userByEmail(VIEWER_EMAIL[role]);
        const before = await fingerprint();
        const result = await invoke(testCase.action, testCase.form(ids));
        if (allowed) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          expect(await fingerprint()).not.toBe(before);
        } else {
          expect(result).toMatchObject({ ok: false, code: "forbidden" });
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }

  for (const role of ROLES) {
    const allowed = OFFICIALS.includes(role);
    it(`look up a resident's subscriptions by e-mail or phone · ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
      const viewer = role === "ANONYMOUS" ? null : await userByEmail(VIEWER_EMAIL[role]);
      const found = await lookupSubscriptions(viewer, " Dan@Example.org ");
      if (allowed) {
        expect(Array.isArray(found) && found.map((row) => row.maskedAddress)).toEqual(["da…@example.org", "da…@example.org", "da…@example.org"]);
        expect(JSON.stringify(found)).not.toContain("dan@example.org");
      } else {
        expect(found).toBeNull();
      }
    });
  }

  for (const role of ROLES) {
    const allowed = role !== "ANONYMOUS";
    it(`download a loudspeaker bulletin (notice and article) · ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
      state.viewer = role === "ANONYMOUS" ? null : await userByEmail(VIEWER_EMAIL[role]);
      for (const response of [await bulletins.noticeBulletin(ids.notice), await bulletins.articleBulletin(ids.article)]) {
        expect(response.status).toBe(allowed ? 200 : 403);
        if (allowed) {
          expect(response.headers.get("content-type")).toBe("application/zip");
          const { unzipSync, strFromU8 } = await import("fflate");
          const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
          const script = Object.entries(files).find(([name]) => name.endsWith("-doc-tieng-viet.txt"));
          expect(script, Object.keys(files).join(", ")).toBeTruthy();
          expect(strFromU8(script![1]).length).toBeGreaterThan(5);
        }
      }
    });
  }
});
