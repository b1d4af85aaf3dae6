/* eslint-disable max-lines -- the notice actions' case table: one row per action */
/**
 * The notice actions as a matrix case list (tests/db/notices/authorization.test.ts): own/other
 * commune/province, each allowed run writing its audit action.
 */
import "./harness"; // its mocks before any action is imported
import * as notices from "@/lib/notices/actions";
import { communeBySlug, db, resetDatabase, seedBase } from "../helpers";
import { OFFICIALS, STAFF as ALL, type Matrix, type MatrixCase } from "./harness";

export type Ids = {
  own: string;
  ownVillage: string;
  other: string;
  ownDraft: string;
  otherDraft: string;
  provinceDraft: string;
  ownIssued: string;
  otherIssued: string;
  provinceIssued: string;
};

const settings = {
  category: "DISASTER",
  hazard: "FLASH_FLOOD",
  severity: "SEVERE",
  urgency: "IMMEDIATE",
  certainty: "LIKELY",
  effectiveAt: "",
  expiresAt: "2099-01-01T07:00",
};
const text = { headline: "Cảnh báo lũ quét", description: "Mưa lớn", instruction: "Lên chỗ cao" };

export const CASES: MatrixCase<Ids>[] = [
  {
    name: "write a notice (own commune)",
    audit: "notice.created",
    action: notices.createNoticeAction,
    allowed: ALL,
    form: (ids) => ({ ...settings, ...text, [`area.${ids.own}`]: "on" }),
  },
  {
    name: "write a notice (a village of own commune)",
    audit: "notice.created",
    action: notices.createNoticeAction,
    allowed: ALL,
    form: (ids) => ({ ...settings, ...text, [`area.${ids.ownVillage}`]: "on" }),
  },
  {
    name: "write a notice (other commune, crafted request)",
    audit: "notice.created",
    action: notices.createNoticeAction,
    allowed: OFFICIALS,
    form: (ids) => ({ ...settings, ...text, [`area.${ids.other}`]: "on" }),
  },
  {
    name: "write a notice (own and other commune)",
    audit: "notice.created",
    action: notices.createNoticeAction,
    allowed: OFFICIALS,
    form: (ids) => ({ ...settings, ...text, [`area.${ids.own}`]: "on", [`area.${ids.other}`]: "on" }),
  },
  {
    name: "write a notice (whole province)",
    audit: "notice.created",
    action: notices.createNoticeAction,
    allowed: OFFICIALS,
    form: () => ({ ...settings, ...text, provinceWide: "on" }),
  },
  {
    name: "change a draft's area (own commune)",
    audit: "notice.updated",
    action: notices.updateNoticeSettingsAction,
    allowed: ALL,
    form: (ids) => ({ id: ids.ownDraft, ...settings, severity: "EXTREME", [`area.${ids.ownVillage}`]: "on" }),
  },
  {
    name: "move own draft to another commune",
    audit: "notice.updated",
    action: notices.updateNoticeSettingsAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.ownDraft, ...settings, [`area.${ids.other}`]: "on" }),
  },
  {
    name: "change a draft's area (other commune)",
    audit: "notice.updated",
    action: notices.updateNoticeSettingsAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.otherDraft, ...settings, severity: "EXTREME", [`area.${ids.other}`]: "on" }),
  },
  {
    name: "translate a draft (own commune)",
    audit: "notice.translationSaved",
    action: notices.saveNoticeTranslationAction,
    allowed: ALL,
    form: (ids) => ({ noticeId: ids.ownDraft, locale: "en", ...text }),
  },
  {
    name: "translate a draft (other commune)",
    audit: "notice.translationSaved",
    action: notices.saveNoticeTranslationAction,
    allowed: OFFICIALS,
    form: (ids) => ({ noticeId: ids.otherDraft, locale: "en", ...text }),
  },
  {
    name: "issue a notice (own commune)",
    audit: "notice.issued",
    action: notices.issueNoticeAction,
    allowed: ALL,
    form: (ids) => ({ id: ids.ownDraft }),
  },
  {
    name: "issue a notice (other commune)",
    audit: "notice.issued",
    action: notices.issueNoticeAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.otherDraft }),
  },
  {
    name: "issue a notice (whole province)",
    audit: "notice.issued",
    action: notices.issueNoticeAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.provinceDraft }),
  },
  {
    name: "prepare an update (own commune)",
    audit: "notice.updatePrepared",
    action: notices.prepareUpdateAction,
    allowed: ALL,
    form: (ids) => ({ id: ids.ownIssued }),
  },
  {
    name: "prepare an update (other commune)",
    audit: "notice.updatePrepared",
    action: notices.prepareUpdateAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.otherIssued }),
  },
  {
    name: "cancel a notice (own commune)",
    audit: "notice.cancelled",
    action: notices.cancelNoticeAction,
    allowed: ALL,
    form: (ids) => ({ id: ids.ownIssued, reason: "Báo nhầm" }),
  },
  {
    name: "cancel a notice (other commune)",
    audit: "notice.cancelled",
    action: notices.cancelNoticeAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.otherIssued, reason: "Báo nhầm" }),
  },
  {
    name: "cancel a notice (whole province)",
    audit: "notice.cancelled",
    action: notices.cancelNoticeAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.provinceIssued, reason: "Báo nhầm" }),
  },
  {
    name: "give the all-clear (own commune)",
    audit: "notice.allClear",
    action: notices.allClearNoticeAction,
    allowed: ALL,
    form: (ids) => ({ id: ids.ownIssued }),
  },
  {
    name: "give the all-clear (other commune)",
    audit: "notice.allClear",
    action: notices.allClearNoticeAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.otherIssued }),
  },
];

export async function fingerprint() {
  const [audit, rows, translations, areas] = await Promise.all([
    db.auditLog.count(),
    db.notice.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, severity: true, communeId: true } }),
    db.noticeTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, headline: true } }),
    db.noticeArea.findMany({ orderBy: [{ noticeId: "asc" }, { unitId: "asc" }] }),
  ]);
  return JSON.stringify({ audit, rows, translations, areas });
}

async function makeNotice(id: string, area: { communeId?: string }, issued: boolean) {
  await db.notice.create({
    data: {
      id,
      seriesId: id,
      state: issued ? "ISSUED" : "DRAFT",
      issuedAt: issued ? new Date() : null,
      category: "DISASTER",
      hazard: "FLOOD",
      severity: "SEVERE",
      urgency: "IMMEDIATE",
      certainty: "LIKELY",
      provinceWide: !area.communeId,
      communeId: area.communeId ?? null,
      effectiveAt: new Date(),
      expiresAt: new Date(Date.now() + 24 * 3_600_000),
      areas: { create: area.communeId ? [{ unitId: area.communeId }] : [] },
      translations: { create: { locale: "vi", ...text } },
    },
  });
  return id;
}

export async function seed(): Promise<Ids> {
  await resetDatabase();
  await seedBase();
  const own = (await communeBySlug("minh-dan")).id;
  const other = (await communeBySlug("thuong-lam")).id;
  return {
    own,
    other,
    ownVillage: (await communeBySlug("minh-dan-thon-1")).id,
    ownDraft: await makeNotice("own-draft", { communeId: own }, false),
    otherDraft: await makeNotice("other-draft", { communeId: other }, false),
    provinceDraft: await makeNotice("province-draft", {}, false),
    ownIssued: await makeNotice("own-issued", { communeId: own }, true),
    otherIssued: await makeNotice("other-issued", { communeId: other }, true),
    provinceIssued: await makeNotice("province-issued", {}, true),
  };
}

export const MATRIX: Matrix<Ids> = {
  title: "notices: authorization matrix (server actions × roles × communes)",
  cases: CASES,
  seed,
  fingerprint,
  refused: { ok: false, code: "forbidden" },
};
