/**
 * The authorization matrix of the notice actions (the pattern of tests/db/authorization.test.ts):
 * every action × every role (and anonymous) × own/other commune/province, over the real server
 * actions and the real database; only the session is stubbed. A refused action changes nothing.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";

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

const notices = await import("@/lib/notices/actions");

type Role = "ADMIN" | "OFFICIAL" | "COMMUNE_CADRE" | "ANONYMOUS";
const ROLES: Role[] = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE", "ANONYMOUS"];
const VIEWER_EMAIL = { ADMIN: "admin@demo.local", OFFICIAL: "official@demo.local", COMMUNE_CADRE: "cadre.minhdan@demo.local" } as const;
const ALL: Role[] = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"];
const OFFICIALS: Role[] = ["ADMIN", "OFFICIAL"];

type Ids = { own: string; ownVillage: string; other: string; ownDraft: string; otherDraft: string; provinceDraft: string; ownIssued: string; otherIssued: string; provinceIssued: string };
type Case = { name: string; action: (s: FormState, f: FormData) => Promise<FormState>; form: (ids: Ids) => Record<string, string>; allowed: Role[] };

const settings = { category: "DISASTER", hazard: "FLASH_FLOOD", severity: "SEVERE", urgency: "IMMEDIATE", certainty: "LIKELY", effectiveAt: "", expiresAt: "2099-01-01T07:00" };
const text = { headline: "Cảnh báo lũ quét", description: "Mưa lớn", instruction: "Lên chỗ cao" };

const CASES: Case[] = [
  { name: "write a notice (own commune)", action: notices.createNoticeAction, allowed: ALL, form: (ids) => ({ ...settings, ...text, [`area.${ids.own}`]: "on" }) },
  { name: "write a notice (a village of own commune)", action: notices.createNoticeAction, allowed: ALL, form: (ids) => ({ ...settings, ...text, [`area.${ids.ownVillage}`]: "on" }) },
  { name: "write a notice (other commune, crafted request)", action: notices.createNoticeAction, allowed: OFFICIALS, form: (ids) => ({ ...settings, ...text, [`area.${ids.other}`]: "on" }) },
  { name: "write a notice (own and other commune)", action: notices.createNoticeAction, allowed: OFFICIALS, form: (ids) => ({ ...settings, ...text, [`area.${ids.own}`]: "on", [`area.${ids.other}`]: "on" }) },
  { name: "write a notice (whole province)", action: notices.createNoticeAction, allowed: OFFICIALS, form: () => ({ ...settings, ...text, provinceWide: "on" }) },
  { name: "change a draft's area (own commune)", action: notices.updateNoticeSettingsAction, allowed: ALL, form: (ids) => ({ id: ids.ownDraft, ...settings, severity: "EXTREME", [`area.${ids.ownVillage}`]: "on" }) },
  { name: "move own draft to another commune", action: notices.updateNoticeSettingsAction, allowed: OFFICIALS, form: (ids) => ({ id: ids.ownDraft, ...settings, [`area.${ids.other}`]: "on" }) },
  { name: "change a draft's area (other commune)", action: notices.updateNoticeSettingsAction, allowed: OFFICIALS, form: (ids) => ({ id: ids.otherDraft, ...settings, severity: "EXTREME", [`area.${ids.other}`]: "on" }) },
  { name: "translate a draft (own commune)", action: notices.saveNoticeTranslationAction, allowed: ALL, form: (ids) => ({ noticeId: ids.ownDraft, locale: "en", ...text }) },
  { name: "translate a draft (other commune)", action: notices.saveNoticeTranslationAction, allowed: OFFICIALS, form: (ids) => ({ noticeId: ids.otherDraft, locale: "en", ...text }) },
  { name: "issue a notice (own commune)", action: notices.issueNoticeAction, allowed: ALL, form: (ids) => ({ id: ids.ownDraft }) },
  { name: "issue a notice (other commune)", action: notices.issueNoticeAction, allowed: OFFICIALS, form: (ids) => ({ id: ids.otherDraft }) },
  { name: "issue a notice (whole province)", action: notices.issueNoticeAction, allowed: OFFICIALS, form: (ids) => ({ id: ids.provinceDraft }) },
  { name: "prepare an update (own commune)", action: notices.prepareUpdateAction, allowed: ALL, form: (ids) => ({ id: ids.ownIssued }) },
  { name: "prepare an update (other commune)", action: notices.prepareUpdateAction, allowed: OFFICIALS, form: (ids) => ({ id: ids.otherIssued }) },
  { name: "cancel a notice (own commune)", action: notices.cancelNoticeAction, allowed: ALL, form: (ids) => ({ id: ids.ownIssued, reason: "Báo nhầm" }) },
  { name: "cancel a notice (other commune)", action: notices.cancelNoticeAction, allowed: OFFICIALS, form: (ids) => ({ id: ids.otherIssued, reason: "Báo nhầm" }) },
  { name: "cancel a notice (whole province)", action: notices.cancelNoticeAction, allowed: OFFICIALS, form: (ids) => ({ id: ids.provinceIssued, reason: "Báo nhầm" }) },
  { name: "give the all-clear (own commune)", action: notices.allClearNoticeAction, allowed: ALL, form: (ids) => ({ id: ids.ownIssued }) },
  { name: "give the all-clear (other commune)", action: notices.allClearNoticeAction, allowed: OFFICIALS, form: (ids) => ({ id: ids.otherIssued }) },
];

async function fingerprint() {
  const [audit, rows, translations, areas] = await Promise.all([
    db.auditLog.count(),
    db.notice.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, severity: true, communeId: true } }),
    db.noticeTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, headline: true } }),
    db.noticeArea.findMany({ orderBy: [{ noticeId: "asc" }, { unitId: "asc" }] }),
  ]);
  return JSON.stringify({ audit, rows, translations, areas });
}

async function invoke(action: Case["action"], fields: Record<string, string>): Promise<FormState> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  try {
    return await action({}, form);
  } catch (error) {
    if ((error as { redirectTo?: string }).redirectTo) return { ok: true };
    throw error;
  }
}

async function makeNotice(id: string, area: { communeId?: string }, issued: boolean) {
  await db.notice.create({
    data: {
      id, seriesId: id, state: issued ? "ISSUED" : "DRAFT", issuedAt: issued ? new Date() : null,
      category: "DISASTER", hazard: "FLOOD", severity: "SEVERE", urgency: "IMMEDIATE", certainty: "LIKELY",
      provinceWide: !area.communeId, communeId: area.communeId ?? null,
      effectiveAt: new Date(), expiresAt: new Date(Date.now() + 24 * 3_600_000),
      areas: { create: area.communeId ? [{ unitId: area.communeId }] : [] },
      translations: { create: { locale: "vi", ...text } },
    },
  });
  return id;
}

describe("notices: authorization matrix (server actions × roles × communes)", () => {
  let ids: Ids;
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    const own = (await communeBySlug("minh-dan")).id;
    const other = (await communeBySlug("thuong-lam")).id;
    ids = {
      own, other, ownVillage: (await communeBySlug("minh-dan-thon-1")).id,
      ownDraft: await makeNotice("own-draft", { communeId: own }, false),
      otherDraft: await makeNotice("other-draft", { communeId: other }, false),
      provinceDraft: await makeNotice("province-draft", {}, false),
      ownIssued: await makeNotice("own-issued", { communeId: own }, true),
      otherIssued: await makeNotice("other-issued", { communeId: other }, true),
      provinceIssued: await makeNotice("province-issued", {}, true),
    };
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
          expect(await db.auditLog.count({ where: { actorId: state.viewer!.id, entityType: "Notice" } })).toBeGreaterThan(0);
        } else {
          expect(result).toMatchObject({ ok: false, code: "forbidden" });
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }
});
