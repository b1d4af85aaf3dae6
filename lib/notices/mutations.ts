/* eslint-disable max-lines -- a notice's lifecycle (create, settings, translation, issue, update, cancel, all clear) shares one version and fan-out step */
import "server-only";
import { randomUUID } from "node:crypto";
import { writeAudit, type AuditAction, type MutationContext } from "@/lib/audit/record";
import { limitedToCommune, type Actor } from "@/lib/auth/permissions";

/** Issued under a commune's own reach (no review): the province is told of these. */
const issuedByCommune = (actor: Actor) => limitedToCommune(actor, "notices.manage") !== null;
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NewMediaFile } from "@/lib/storage/media";
import { resolveArea } from "./area";
import { reachPeople } from "./reach";
import { canManageNotice } from "./policy";
import type { TAllClearNotice, TCancelNotice, TCreateNotice, TNoticeSettings, TSaveNoticeTranslation } from "./schema";
import { stepProblem, type NoticeStep } from "./states";
import { startOfMinute } from "@/lib/time/minute";

/**
 * Issuing, cancelling and clearing queue the messages to every subscriber of the area in the
 * same transaction (one INSERT … SELECT): 100,000 rows take seconds, more than the default
 * 5-second limit of an interactive transaction.
 */
const REACH_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/** Who changes a notice, and from where (for the audit row). */

async function loadNotice(tx: Tx, id: string) {
  const notice = await tx.notice.findUnique({
    where: { id },
    include: { translations: { orderBy: { locale: "asc" } }, areas: true, supersededBy: { select: { id: true, state: true } } },
  });
  if (!notice) throw new AppError("notFound", "form.notFound");
  return notice;
}
type Loaded = Awaited<ReturnType<typeof loadNotice>>;

/** The notice must be within the actor's reach and the step possible in its state. */
function assertStep(ctx: MutationContext, notice: Loaded, step: NoticeStep, now: Date) {
  if (!canManageNotice(ctx.actor, notice)) throw new AppError("forbidden", "form.forbidden");
  const problem = stepProblem(
    {
      ...notice,
      hasVietnamese: notice.translations.some((tr) => tr.locale === "vi"),
      hasDraftUpdate: notice.supersededBy?.state === "DRAFT",
    },
    step,
    now,
  );
  if (problem) throw new AppError("conflict", problem);
}

/** The area, checked against the tree and the actor's reach (a crafted request cannot widen it). */
async function reachableArea(tx: Tx, ctx: MutationContext, input: { provinceWide: boolean; unitIds: string[] }) {
  const area = await resolveArea(tx, input);
  if (!canManageNotice(ctx.actor, area)) throw new AppError("forbidden", "notices:errors.areaOutOfReach", undefined, "area");
  return area;
}

function settingsData(input: Omit<TNoticeSettings, "id">, now: Date) {
  return {
    category: input.category,
    hazard: input.category === "DISASTER" ? (input.hazard ?? null) : null,
    severity: input.severity,
    urgency: input.urgency,
    certainty: input.certainty,
    provinceWide: input.provinceWide,
    effectiveAt: startOfMinute(input.effectiveAt ?? now),
    expiresAt: startOfMinute(input.expiresAt!),
  };
}

function audit(
  tx: Tx,
  ctx: MutationContext,
  action: AuditAction,
  entityId: string,
  after: Record<string, unknown>,
  before?: Record<string, unknown>,
) {
  return writeAudit(tx, {
    actorId: ctx.actor.id,
    action,
    entityType: "Notice",
    entityId,
    before: before ? JSON.parse(JSON.stringify(before)) : undefined,
    after: JSON.parse(JSON.stringify(after)),
    ip: ctx.ip,
  });
}

/** Creates a draft (version 1 of a new notice) with its Vietnamese text and area. */
export async function createNotice(input: TCreateNotice, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const area = await reachableArea(tx, ctx, input);
    const id = randomUUID();
    const data = settingsData(input, now);
    const notice = await tx.notice.create({
      data: {
        id,
        seriesId: id,
        ...data,
        communeId: area.communeId,
        authorId: ctx.actor.id,
        areas: { create: area.unitIds.map((unitId) => ({ unitId })) },
        translations: {
          create: { locale: "vi", headline: input.headline, description: input.description, instruction: input.instruction },
        },
      },
    });
    await audit(tx, ctx, "notice.created", id, { ...data, communeId: area.communeId, unitIds: area.unitIds, headline: input.headline });
    return notice;
  });
}

/** A draft's settings and area. */
export async function updateNoticeSettings(input: TNoticeSettings, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await loadNotice(tx, input.id);
    assertStep(ctx, before, "edit", now);
    const area = await reachableArea(tx, ctx, input);
    const data = settingsData(input, now);
    await tx.noticeArea.deleteMany({ where: { noticeId: input.id } });
    const notice = await tx.notice.update({
      where: { id: input.id },
      data: { ...data, communeId: area.communeId, areas: { create: area.unitIds.map((unitId) => ({ unitId })) } },
    });
    await audit(
      tx,
      ctx,
      "notice.updated",
      input.id,
      { ...data, communeId: area.communeId, unitIds: area.unitIds },
      { severity: before.severity, expiresAt: before.expiresAt, communeId: before.communeId, unitIds: before.areas.map((a) => a.unitId) },
    );
    return notice;
  });
}

/** One language of a draft. */
export async function saveNoticeTranslation(input: TSaveNoticeTranslation, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const notice = await loadNotice(tx, input.noticeId);
    assertStep(ctx, notice, "edit", now);
    const data = { headline: input.headline, description: input.description, instruction: input.instruction };
    await tx.noticeTranslation.upsert({
      where: { noticeId_locale: { noticeId: notice.id, locale: input.locale } },
      create: { noticeId: notice.id, locale: input.locale, ...data },
      update: data,
    });
    await tx.notice.update({ where: { id: notice.id }, data: { updatedAt: now } });
    await audit(tx, ctx, "notice.translationSaved", notice.id, { locale: input.locale, headline: input.headline });
  });
}

/** Attaches a stored recording (lib/storage) to one language of a draft. */
export async function attachNoticeAudio(noticeId: string, locale: string, file: NewMediaFile, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const notice = await loadNotice(tx, noticeId);
    assertStep(ctx, notice, "edit", now);
    if (!notice.translations.some((tr) => tr.locale === locale))
      throw new AppError("invalid", "notices:errors.audioNeedsText", undefined, "file");
    const media = await tx.mediaFile.create({ data: file });
    await tx.noticeTranslation.update({ where: { noticeId_locale: { noticeId, locale } }, data: { audioId: media.id } });
    await audit(tx, ctx, "notice.mediaAttached", noticeId, { locale, mediaId: media.id, size: media.size, type: media.mimeType });
    return media;
  });
}

/** Takes a recording off one language of a draft (the file stays in storage, unused). */
export async function detachNoticeAudio(noticeId: string, locale: string, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const notice = await loadNotice(tx, noticeId);
    assertStep(ctx, notice, "edit", now);
    await tx.noticeTranslation.updateMany({ where: { noticeId, locale }, data: { audioId: null } });
    await audit(tx, ctx, "notice.mediaRemoved", noticeId, { locale });
  });
}

/** The version a new one supersedes steps back; a prepared update of it that was never issued goes. */
async function retire(tx: Tx, previous: Loaded, keepDraft: string | null) {
  if (previous.supersededBy && previous.supersededBy.state === "DRAFT" && previous.supersededBy.id !== keepDraft) {
    await tx.notice.delete({ where: { id: previous.supersededBy.id } });
  }
  await tx.notice.update({ where: { id: previous.id }, data: { state: "SUPERSEDED" } });
}

/**
 * Issues a draft: the first version of a notice, or a prepared update (which supersedes the
 * version it references, in the same transaction). A cadre's notice is issued at once too; it
 * is marked so the province sees it on the dashboard.
 */
export async function issueNotice(id: string, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const notice = await loadNotice(tx, id);
    assertStep(ctx, notice, "issue", now);
    if (notice.supersedesId) {
      const previous = await loadNotice(tx, notice.supersedesId);
      assertStep(ctx, previous, "cancel", now); // still in force, still within reach
      await retire(tx, previous, notice.id);
    }
    const issued = await tx.notice.update({
      where: { id },
      data: { state: "ISSUED", issuedAt: now, issuedById: ctx.actor.id, issuedByCadre: issuedByCommune(ctx.actor) },
    });
    const reached = await reachPeople(tx, id);
    await audit(
      tx,
      ctx,
      "notice.issued",
      id,
      {
        msgType: notice.msgType,
        version: notice.version,
        supersedes: notice.supersedesId,
        severity: notice.severity,
        communeId: notice.communeId,
        queued: reached,
      },
      { state: notice.state },
    );
    return issued;
  }, REACH_TRANSACTION);
}

/** Copies a version into a new one (settings, area, every language with its recording). */
async function newVersion(
  tx: Tx,
  previous: Loaded,
  ctx: MutationContext,
  data: { msgType: "UPDATE" | "CANCEL"; allClear?: boolean; reason?: string | null; issue: boolean },
  now: Date,
) {
  const id = randomUUID();
  await tx.notice.create({
    data: {
      id,
      seriesId: previous.seriesId,
      version: previous.version + 1,
      state: data.issue ? "ISSUED" : "DRAFT",
      msgType: data.msgType,
      allClear: data.allClear ?? false,
      reason: data.reason ?? null,
      category: previous.category,
      hazard: previous.hazard,
      severity: previous.severity,
      urgency: previous.urgency,
      certainty: previous.certainty,
      provinceWide: previous.provinceWide,
      communeId: previous.communeId,
      effectiveAt: data.issue ? startOfMinute(now) : previous.effectiveAt,
      expiresAt: previous.expiresAt,
      supersedesId: previous.id,
      authorId: ctx.actor.id,
      issuedAt: data.issue ? now : null,
      issuedById: data.issue ? ctx.actor.id : null,
      issuedByCadre: data.issue && issuedByCommune(ctx.actor),
      areas: { create: previous.areas.map((area) => ({ unitId: area.unitId })) },
      translations: {
        create: previous.translations.map((tr) => ({
          locale: tr.locale,
          headline: tr.headline,
          description: tr.description,
          instruction: tr.instruction,
          audioId: tr.audioId,
        })),
      },
    },
  });
  return id;
}

/** Prepares an update: a new draft version of an issued notice, to edit and then issue. */
export async function prepareNoticeUpdate(id: string, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const previous = await loadNotice(tx, id);
    assertStep(ctx, previous, "update", now);
    const draftId = await newVersion(tx, previous, ctx, { msgType: "UPDATE", issue: false }, now);
    await audit(tx, ctx, "notice.updatePrepared", draftId, { supersedes: previous.id, version: previous.version + 1 });
    return draftId;
  });
}

/** Cancels a notice in force, with a public reason: a CANCEL version, issued at once. */
export async function cancelNotice(input: TCancelNotice, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const previous = await loadNotice(tx, input.id);
    assertStep(ctx, previous, "cancel", now);
    await retire(tx, previous, null);
    const id = await newVersion(tx, previous, ctx, { msgType: "CANCEL", reason: input.reason, issue: true }, now);
    const reached = await reachPeople(tx, id);
    await audit(tx, ctx, "notice.cancelled", id, { supersedes: previous.id, reason: input.reason, queued: reached });
    return id;
  }, REACH_TRANSACTION);
}

/** "All clear": the threat is over. An UPDATE version with CAP responseType AllClear, issued at once. */
export async function allClearNotice(input: TAllClearNotice, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const previous = await loadNotice(tx, input.id);
    assertStep(ctx, previous, "allClear", now);
    await retire(tx, previous, null);
    const id = await newVersion(tx, previous, ctx, { msgType: "UPDATE", allClear: true, reason: input.note, issue: true }, now);
    const reached = await reachPeople(tx, id);
    await audit(tx, ctx, "notice.allClear", id, { supersedes: previous.id, note: input.note, queued: reached });
    return id;
  }, REACH_TRANSACTION);
}
