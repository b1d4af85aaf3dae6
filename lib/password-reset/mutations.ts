import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { recordEvent } from "@/lib/auth/throttle";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueMessage } from "@/lib/outbox/enqueue";
import { RESET_MINUTES, RESET_PATH } from "./paths";

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a one-time link for a user and queues the e-mail in the same transaction. */
async function issue(tx: Tx, user: { id: string; email: string; name: string }, issuedById: string | null, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const row = await tx.passwordResetToken.create({
    data: { userId: user.id, tokenHash: tokenHash(token), expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000), issuedById },
  });
  await enqueueMessage(tx, {
    channel: "EMAIL",
    recipient: user.email,
    template: "auth.passwordReset",
    data: { token, name: user.name, minutes: RESET_MINUTES },
    idempotencyKey: `password-reset:${row.id}`,
    priority: "interactive",
    subject: { type: "User", id: user.id },
  });
  await writeAudit(tx, {
    actorId: issuedById,
    action: "user.resetLinkIssued",
    entityType: "User",
    entityId: user.id,
    after: { expiresAt: row.expiresAt.toISOString(), byAdministrator: issuedById !== null },
    ip: null,
  });
  return token;
}

/**
 * "Forgot password": when the address belongs to an active account, a link is e-mailed (through
 * the outbox). The answer is the same either way, so nobody learns which addresses have an
 * account; requests are throttled per address and per account.
 */
export async function requestPasswordReset(email: string, ip: string | null, now = new Date()): Promise<"sent" | "throttled"> {
  return db.$transaction(async (tx) => {
    const byIp = await recordEvent(tx, { kind: "passwordResetIp", value: ip ?? "unknown" });
    if (!byIp.allowed) return "throttled";
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, active: true } });
    if (!user || !user.active) return "sent";
    const byAccount = await recordEvent(tx, { kind: "passwordResetAccount", value: user.id });
    if (!byAccount.allowed) return "sent";
    await issue(tx, user, null, now);
    return "sent";
  });
}

/**
 * An administrator issues a link for a user (e-mailed too); returned once so it can be handed
 * over another way when the mailbox is out of reach.
 */
export async function issueResetLink(userId: string, ctx: MutationContext, now = new Date()): Promise<string> {
  if (!can(ctx.actor, "users.resetLink")) throw new AppError("forbidden", "form.forbidden");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, active: true } });
    if (!user) throw new AppError("notFound", "form.notFound");
    if (!user.active) throw new AppError("conflict", "reset.inactive");
    return `${RESET_PATH}?token=${encodeURIComponent(await issue(tx, user, ctx.actor.id, now))}`;
  });
}

/**
 * Sets a new password with a link: works once (the row is marked used in the same statement
 * that checks it) and only before it expires; every other open link of the user stops working
 * and the user's sessions end. Returns false for a wrong, used or expired link.
 */
export async function resetWithToken(input: { token: string; newPassword: string }, ip: string | null, now = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const hash = tokenHash(input.token);
    const { count } = await tx.passwordResetToken.updateMany({
      where: { tokenHash: hash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return false;
    const row = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash: hash },
      select: { id: true, userId: true, user: { select: { active: true } } },
    });
    if (!row.user.active) throw new AppError("conflict", "reset.invalid");
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await writeAudit(tx, { actorId: row.userId, action: "user.resetLinkUsed", entityType: "User", entityId: row.userId, ip });
    return true;
  });
}
