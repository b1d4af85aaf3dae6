import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCommune } from "@/lib/units/checks";
import { verifyToken } from "@/lib/subscriptions/tokens";
import { relayArticle, remindRelays } from "./fanout";

/** The relay row behind a personal link, or null for a forged or foreign link. */
export async function relayByToken(token: string) {
  const id = verifyToken("relay", token);
  if (!id) return null;
  return db.relayDelivery.findUnique({ where: { id }, include: { person: { select: { relayConsentAt: true } } } });
}

/**
 * "I received this" (first tap) and "I told the villagers (≈ households)" (later): recorded
 * from the personal link; the first time counts, a later tap changes only the households.
 */
export async function acknowledgeRelay(token: string, step: { relayed: boolean; households: number | null }, ctx: { ip: string | null }) {
  const id = verifyToken("relay", token);
  if (!id) return false;
  return db.$transaction(async (tx) => {
    const relay = await tx.relayDelivery.findUnique({ where: { id } });
    if (!relay) return false;
    const now = new Date();
    await tx.relayDelivery.update({
      where: { id },
      data: {
        receivedAt: relay.receivedAt ?? now,
        ...(step.relayed ? { relayedAt: relay.relayedAt ?? now, households: step.households } : {}),
      },
    });
    await writeAudit(tx, {
      actorId: null,
      action: step.relayed ? "relay.relayed" : "relay.received",
      entityType: "RelayDelivery",
      entityId: id,
      after: { subjectType: relay.subjectType, subjectId: relay.subjectId, households: step.households },
      ip: ctx.ip,
    });
    return true;
  });
}

/**
 * "Send me no more messages", from the personal link every relay message carries: the person's
 * consent to be a relay is withdrawn (Decree 13: as easy as it was given), their messages still
 * waiting are not sent, and the commune office sees it in the register. Registering them again
 * takes their new consent, recorded by the office.
 */
export async function stopRelayMessages(token: string, ctx: { ip: string | null }) {
  const id = verifyToken("relay", token);
  if (!id) return false;
  return db.$transaction(async (tx) => {
    const relay = await tx.relayDelivery.findUnique({
      where: { id },
      select: { personId: true, person: { select: { relayConsentAt: true } } },
    });
    if (!relay) return false;
    if (!relay.person.relayConsentAt) return true;
    // Messages already queued for them are skipped when their turn comes (lib/relays/templates.ts).
    await tx.prestigiousPerson.update({ where: { id: relay.personId }, data: { relayConsentAt: null } });
    await writeAudit(tx, {
      actorId: null,
      action: "relay.consentWithdrawn",
      entityType: "PrestigiousPerson",
      entityId: relay.personId,
      before: { relayConsentAt: relay.person.relayConsentAt.toISOString() },
      after: { relayConsentAt: null },
      ip: ctx.ip,
    });
    return true;
  });
}

/** Sends a published article to the prestigious persons of a commune, or (officials) of the province. */
export async function sendArticleToRelays(input: { articleId: string; communeId: string | null }, ctx: MutationContext) {
  if (!can(ctx.actor, "relays.manage", { communeId: input.communeId })) throw new AppError("forbidden", "form.forbidden");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, state: "PUBLISHED", deletedAt: null },
      select: { id: true },
    });
    if (!article) throw new AppError("conflict", "reach:relays.errors.notPublished");
    await assertCommune(tx, input.communeId, { message: "reach:relays.errors.commune" });
    const queued = await relayArticle(tx, article, {
      provinceWide: input.communeId === null,
      communeIds: input.communeId ? [input.communeId] : [],
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "relay.sent",
      entityType: "Article",
      entityId: article.id,
      after: { communeId: input.communeId, queued },
      ip: ctx.ip,
    });
    return queued;
  });
}

/**
 * Reminds those who have not told the villagers yet: a cadre the persons of their own commune,
 * officials everyone (or one commune).
 */
export async function remindRelayPersons(
  input: { subjectType: "Notice" | "Article"; subjectId: string; communeId: string | null },
  ctx: MutationContext,
) {
  if (!can(ctx.actor, "relays.manage", { communeId: input.communeId })) throw new AppError("forbidden", "form.forbidden");
  return db.$transaction(async (tx) => {
    let messageSubjectId = input.subjectId;
    if (input.subjectType === "Notice") {
      const current = await tx.notice.findFirst({
        where: { seriesId: input.subjectId, state: "ISSUED" },
        orderBy: { version: "desc" },
        select: { id: true },
      });
      if (!current) throw new AppError("notFound", "form.notFound");
      messageSubjectId = current.id;
    }
    const queued = await remindRelays(
      tx,
      { type: input.subjectType, id: input.subjectId, messageSubjectId },
      { communeIds: input.communeId ? [input.communeId] : "all" },
    );
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "relay.reminded",
      entityType: input.subjectType,
      entityId: input.subjectId,
      after: { communeId: input.communeId, queued },
      ip: ctx.ip,
    });
    return queued;
  });
}
