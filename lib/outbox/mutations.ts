import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { OUTBOX_SETTINGS_KEY, ZOutboxSettings, type TOutboxSettings } from "./schema";
import { canCancel, canRetry } from "./states";

/** A full new series of attempts for a message staff send again. */
const RETRY_ALLOWANCE = 8;

/** Sends a failed, dead or cancelled message again, now; audited. */
export async function retryMessage(id: string, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const message = await tx.outboxMessage.findUnique({ where: { id }, select: { state: true, attempts: true } });
    if (!message) throw new AppError("notFound", "form.notFound");
    if (!canRetry(message.state)) throw new AppError("conflict", "reach:outbox.errors.notRetryable");
    await tx.outboxMessage.update({
      where: { id },
      data: {
        state: "QUEUED",
        nextAttemptAt: new Date(),
        maxAttempts: message.attempts + RETRY_ALLOWANCE,
        lockedBy: null,
        lockedUntil: null,
      },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "outbox.retried",
      entityType: "OutboxMessage",
      entityId: id,
      before: { state: message.state },
      after: { state: "QUEUED" },
      ip: ctx.ip,
    });
  });
}

/** Stops a message that is not sent yet; audited. A message already being sent cannot be stopped. */
export async function cancelMessage(id: string, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const message = await tx.outboxMessage.findUnique({ where: { id }, select: { state: true } });
    if (!message) throw new AppError("notFound", "form.notFound");
    if (!canCancel(message.state)) throw new AppError("conflict", "reach:outbox.errors.notCancellable");
    // Guarded on the state read: a worker that took it meanwhile wins, and the change is refused.
    const { count } = await tx.outboxMessage.updateMany({
      where: { id, state: message.state },
      data: { state: "CANCELLED", nextAttemptAt: null, lastError: null },
    });
    if (count !== 1) throw new AppError("conflict", "reach:outbox.errors.notCancellable");
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "outbox.cancelled",
      entityType: "OutboxMessage",
      entityId: id,
      before: { state: message.state },
      after: { state: "CANCELLED" },
      ip: ctx.ip,
    });
  });
}

function flatten(value: Record<string, unknown>, prefix = ""): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, v]) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.entries(flatten(v as Record<string, unknown>, `${prefix}${key}.`))
        : [[`${prefix}${key}`, v]],
    ),
  );
}

/** Saves the channel settings; returns whether anything changed. The audit row keeps the fields changed. */
export async function saveOutboxSettings(input: TOutboxSettings, ctx: MutationContext): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const row = await tx.setting.findUnique({ where: { key: OUTBOX_SETTINGS_KEY } });
    const before = ZOutboxSettings.parse(row?.value ?? {});
    const diff = changedFields(flatten(before), flatten(input));
    if (!diff.changed) return false;
    const value = input as unknown as Prisma.InputJsonValue;
    await tx.setting.upsert({ where: { key: OUTBOX_SETTINGS_KEY }, create: { key: OUTBOX_SETTINGS_KEY, value }, update: { value } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "outbox.settingsUpdated",
      entityType: "Setting",
      entityId: OUTBOX_SETTINGS_KEY,
      before: diff.before,
      after: diff.after,
      ip: ctx.ip,
    });
    return true;
  });
}
