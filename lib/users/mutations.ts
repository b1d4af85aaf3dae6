import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { assertCommune } from "@/lib/units/checks";
import type { Role } from "@/lib/generated/prisma/enums";
import { userChangeProblem } from "./policy";
import type { TCreateUser, TUpdateUser } from "./schema";

async function loadTarget(tx: Tx, id: string) {
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new AppError("notFound", "form.notFound");
  return user;
}

/** Applies the keep-the-portal-administrable rules inside the transaction of the change. */
async function assertAllowedChange(
  tx: Tx,
  actorId: string,
  target: { id: string; role: Role; active: boolean },
  next: { role: Role; active: boolean },
) {
  const otherActiveAdmins = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: target.id } } });
  const problem = userChangeProblem({ actorId, target, next, otherActiveAdmins });
  if (problem) throw new AppError("conflict", problem);
}

/** Creates an account. An e-mail already in use is a conflict on the email field. */
export async function createUser(input: TCreateUser, ctx: MutationContext) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      await assertCommune(tx, input.communeId);
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, communeId: input.communeId, passwordHash },
      });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "user.created",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, name: user.name, role: user.role, communeId: user.communeId },
        ip: ctx.ip,
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "email.taken", undefined, "email");
    throw error;
  }
}

/** Changes e-mail, name, role and commune of an account. */
export async function updateUser(input: TUpdateUser, ctx: MutationContext) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadTarget(tx, input.id);
      await assertCommune(tx, input.communeId);
      await assertAllowedChange(tx, ctx.actor.id, before, { role: input.role, active: before.active });
      const { id, ...data } = input;
      const diff = changedFields(before, data);
      if (!diff.changed) return before;
      const user = await tx.user.update({ where: { id }, data });
      await writeAudit(tx, { actorId: ctx.actor.id, action: "user.updated", entityType: "User", entityId: id, ...diff, ip: ctx.ip });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "email.taken", undefined, "email");
    throw error;
  }
}

/** Deactivates (ending the account's sessions) or reactivates an account. */
export async function setUserActive(input: { id: string; active: boolean }, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const before = await loadTarget(tx, input.id);
    if (before.active === input.active) return before;
    await assertAllowedChange(tx, ctx.actor.id, before, { role: before.role, active: input.active });
    const user = await tx.user.update({
      where: { id: input.id },
      data: { active: input.active, sessionVersion: input.active ? undefined : { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: input.active ? "user.reactivated" : "user.deactivated",
      entityType: "User",
      entityId: input.id,
      before: { active: before.active },
      after: { active: input.active },
      ip: ctx.ip,
    });
    return user;
  });
}

/** Sets a new password chosen by an administrator; the account's sessions end. */
export async function resetPassword(input: { id: string; password: string }, ctx: MutationContext) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await loadTarget(tx, input.id);
    await tx.user.update({ where: { id: input.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // Never the password or its hash: only that it happened.
    await writeAudit(tx, { actorId: ctx.actor.id, action: "user.passwordReset", entityType: "User", entityId: input.id, ip: ctx.ip });
  });
}
