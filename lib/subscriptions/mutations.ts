import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { lockedUntil, recordEvent, type ThrottleKey } from "@/lib/auth/throttle";
import { db, type Tx } from "@/lib/db";
import type { NoticeSeverity, OutboxChannel, SubscriptionKind } from "@/lib/generated/prisma/enums";
import { enqueueMessage } from "@/lib/outbox/enqueue";
import { normalizeRecipient } from "@/lib/outbox/recipient";
import { confirmationCode, newNonce, signToken, verifyToken } from "./tokens";

export type NewSubscription = {
  kind: SubscriptionKind;
  channel: OutboxChannel;
  address: string;
  locale: string;
  /** The sentence the resident agreed to, in their language (kept as the consent record). */
  consentPurpose: string;
  communeId?: string | null;
  minSeverity?: NoticeSeverity;
  topicIds?: string[];
  questionId?: string | null;
};

export type SubscribeOutcome =
  | { ok: true; id: string; channel: OutboxChannel; /** Where the resident types the SMS code (SMS, Zalo). */ codeToken: string }
  | { ok: false; reason: "ipLimited" | "addressLimited"; until: Date };

/**
 * A new subscription, PENDING until proven, with its confirmation message queued in the same
 * transaction. Refused — nothing stored, nothing sent — while the sender's address subscribed
 * too often this hour (THROTTLES.subscribeIp) or the phone or e-mail was sent too many
 * confirmations today (THROTTLES.confirmAddress). Used by the subscribe page and the forum's
 * "tell me when answered" tick (inside the question's transaction).
 */
export async function createSubscription(tx: Tx, input: NewSubscription, ctx: { ip: string | null }): Promise<SubscribeOutcome> {
  const address = normalizeRecipient(input.channel, input.address);
  if (!address) throw new Error("createSubscription: the address was not checked");
  const ipKey: ThrottleKey | null = ctx.ip ? { kind: "subscribeIp", value: ctx.ip } : null;
  const addressKey: ThrottleKey = { kind: "confirmAddress", value: `${input.channel}:${address}` };
  const locked = await lockedUntil(tx, ipKey ? [ipKey, addressKey] : [addressKey]);
  if (locked) return { ok: false, reason: ipKey && (await lockedUntil(tx, [ipKey])) ? "ipLimited" : "addressLimited", until: locked };
  if (ipKey) {
    const counted = await recordEvent(tx, ipKey);
    if (!counted.allowed) return { ok: false, reason: "ipLimited", until: counted.until };
  }
  const counted = await recordEvent(tx, addressKey);
  if (!counted.allowed) return { ok: false, reason: "addressLimited", until: counted.until };

  const nonce = newNonce();
  const subscription = await tx.subscription.create({
    data: {
      kind: input.kind,
      channel: input.channel,
      address,
      locale: input.locale,
      communeId: input.communeId ?? null,
      minSeverity: input.minSeverity ?? "SEVERE",
      topicIds: input.topicIds ?? [],
      questionId: input.questionId ?? null,
      consentPurpose: input.consentPurpose.slice(0, 500),
      confirmNonce: nonce,
      confirmSentAt: new Date(),
      createdIp: ctx.ip,
    },
  });
  await enqueueMessage(tx, {
    channel: input.channel,
    recipient: address,
    template: "subscription.confirm",
    data: { subscriptionId: subscription.id, nonce },
    idempotencyKey: `confirm:${subscription.id}:${nonce}`,
    locale: input.locale,
    priority: "interactive",
    subject: { type: "Subscription", id: subscription.id },
    communeId: input.communeId ?? null,
    maxAttempts: 4,
  });
  await writeAudit(tx, {
    actorId: null,
    action: "subscription.created",
    entityType: "Subscription",
    entityId: subscription.id,
    after: { kind: input.kind, channel: input.channel, communeId: input.communeId ?? null, questionId: input.questionId ?? null },
    ip: ctx.ip,
  });
  return { ok: true, id: subscription.id, channel: input.channel, codeToken: signToken("code", subscription.id) };
}

export function subscribe(input: NewSubscription, ctx: { ip: string | null }) {
  return db.$transaction((tx) => createSubscription(tx, input, ctx));
}

/** The address is proven: the subscription starts, replacing an earlier one for the same thing. */
async function activate(tx: Tx, id: string, ip: string | null) {
  const subscription = await tx.subscription.update({
    where: { id },
    data: { state: "ACTIVE", consentAt: new Date(), confirmNonce: null, confirmFailures: 0 },
  });
  await tx.subscription.updateMany({
    where: {
      id: { not: id },
      state: "ACTIVE",
      kind: subscription.kind,
      channel: subscription.channel,
      address: subscription.address,
      ...(subscription.kind === "NOTICES" ? { communeId: subscription.communeId } : {}),
      ...(subscription.kind === "FORUM_ANSWER" ? { questionId: subscription.questionId } : {}),
    },
    data: { state: "WITHDRAWN", withdrawnAt: new Date() },
  });
  await writeAudit(tx, {
    actorId: null,
    action: "subscription.confirmed",
    entityType: "Subscription",
    entityId: id,
    after: { kind: subscription.kind, channel: subscription.channel },
    ip,
  });
  return subscription;
}

export type ConfirmOutcome =
  | { ok: true; manageToken: string; locale: string }
  | { ok: false; reason: "invalid" | "expired" | "tooMany" | "wrongCode" };

/** The e-mail link (`confirm` token: id and the nonce of the message that carried it). */
export async function confirmByLink(token: string, ctx: { ip: string | null }): Promise<ConfirmOutcome> {
  const payload = verifyToken("confirm", token);
  if (!payload) return { ok: false, reason: "invalid" };
  const [id = "", nonce = ""] = payload.split("-");
  return db.$transaction(async (tx) => {
    const subscription = await tx.subscription.findUnique({ where: { id } });
    if (!subscription) return { ok: false as const, reason: "invalid" as const };
    if (subscription.state === "ACTIVE") return { ok: true as const, manageToken: signToken("manage", id), locale: subscription.locale };
    if (subscription.state !== "PENDING" || subscription.confirmNonce !== nonce) return { ok: false as const, reason: "expired" as const };
    const active = await activate(tx, id, ctx.ip);
    return { ok: true as const, manageToken: signToken("manage", id), locale: active.locale };
  });
}

/** The SMS (or Zalo) code typed on the page the resident came to after subscribing. */
export async function confirmByCode(token: string, code: string, ctx: { ip: string | null }): Promise<ConfirmOutcome> {
  const id = verifyToken("code", token);
  if (!id) return { ok: false, reason: "invalid" };
  return db.$transaction(async (tx) => {
    const subscription = await tx.subscription.findUnique({ where: { id } });
    if (!subscription) return { ok: false as const, reason: "invalid" as const };
    if (subscription.state === "ACTIVE") return { ok: true as const, manageToken: signToken("manage", id), locale: subscription.locale };
    if (subscription.state !== "PENDING" || !subscription.confirmNonce) return { ok: false as const, reason: "expired" as const };
    const key: ThrottleKey = { kind: "confirmCode", value: id };
    if (await lockedUntil(tx, [key])) return { ok: false as const, reason: "tooMany" as const };
    if (code !== confirmationCode(id, subscription.confirmNonce)) {
      const counted = await recordEvent(tx, key);
      await tx.subscription.update({ where: { id }, data: { confirmFailures: { increment: 1 } } });
      return { ok: false as const, reason: counted.allowed ? ("wrongCode" as const) : ("tooMany" as const) };
    }
    const active = await activate(tx, id, ctx.ip);
    return { ok: true as const, manageToken: signToken("manage", id), locale: active.locale };
  });
}

/**
 * Withdraws the consent (one step, from the personal link in every message): nothing more is
 * sent, and messages still queued for it are dropped by the worker.
 */
export async function withdrawSubscription(token: string, ctx: { ip: string | null }): Promise<boolean> {
  const id = verifyToken("manage", token);
  if (!id) return false;
  return db.$transaction(async (tx) => {
    const subscription = await tx.subscription.findUnique({ where: { id } });
    if (!subscription) return false;
    if (subscription.state === "WITHDRAWN") return true;
    await tx.subscription.update({ where: { id }, data: { state: "WITHDRAWN", withdrawnAt: new Date(), confirmNonce: null } });
    await writeAudit(tx, {
      actorId: null,
      action: "subscription.withdrawn",
      entityType: "Subscription",
      entityId: id,
      after: { kind: subscription.kind, channel: subscription.channel },
      ip: ctx.ip,
    });
    return true;
  });
}

/**
 * Back office: an official withdraws a subscription at the resident's request (by telephone, at
 * the commune office), with the reason, in one transaction with its audit row. The permission
 * is checked again on the row loaded (its commune), so a narrower grant later stays enforced.
 */
export async function withdrawForResident(input: { subscriptionId: string; reason: string }, ctx: MutationContext) {
  if (!can(ctx.actor, "subscribers.manage")) throw new AppError("forbidden", "form.forbidden");
  return db.$transaction(async (tx) => {
    const subscription = await tx.subscription.findUnique({ where: { id: input.subscriptionId } });
    if (!subscription) throw new AppError("notFound", "form.notFound");
    if (!can(ctx.actor, "subscribers.manage", { communeId: subscription.communeId })) throw new AppError("forbidden", "form.forbidden");
    if (subscription.state === "WITHDRAWN") throw new AppError("conflict", "reach:subscribers.errors.alreadyWithdrawn");
    const withdrawnAt = new Date();
    await tx.subscription.update({ where: { id: subscription.id }, data: { state: "WITHDRAWN", withdrawnAt, confirmNonce: null } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "subscription.withdrawnByStaff",
      entityType: "Subscription",
      entityId: subscription.id,
      before: { state: subscription.state },
      after: { state: "WITHDRAWN", kind: subscription.kind, channel: subscription.channel, reason: input.reason },
      ip: ctx.ip,
    });
    return withdrawnAt;
  });
}
