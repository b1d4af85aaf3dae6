import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/record";
import type { Role } from "@/lib/generated/prisma/enums";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearAccountAddress, lockedUntil, recordFailure, signInKeys } from "./throttle";

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  communeId: string | null;
  sessionVersion: number;
};

export type AuthResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "credentials" }
  | { ok: false; reason: "locked"; until: Date }
  | { ok: false; reason: "inactive" };

/**
 * Checks an e-mail and password, with throttling per (account, address) and per address, with
 * growing delays (lib/auth/throttle.ts): a key with too many recent failures is refused without
 * even checking the password. Failures from one address never lock the account for another
 * address. A deactivated user is told so only after giving the right password. Every outcome
 * costs one argon2 verification.
 */
export async function authenticate(input: { email: string; password: string; ip: string | null }): Promise<AuthResult> {
  const email = input.email.trim().toLowerCase();
  const keys = signInKeys(email, input.ip);

  const lockedAt = await lockedUntil(db, keys);
  if (lockedAt) return { ok: false, reason: "locked", until: lockedAt };

  const user = await db.user.findUnique({ where: { email } });
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyPasswordHash(), input.password), false);

  if (!user || !valid) {
    const until = await db.$transaction(async (tx) => {
      const lockEnd = await recordFailure(tx, keys);
      if (lockEnd) {
        // An administrator sees every lock and can lift it (/admin/users/sign-in-locks).
        await writeAudit(tx, {
          actorId: null,
          action: "auth.locked",
          entityType: user ? "User" : "SignInAddress",
          entityId: user?.id ?? input.ip ?? "unknown",
          after: { lockedUntil: lockEnd.toISOString(), address: input.ip },
          ip: input.ip,
        });
      }
      return lockEnd;
    });
    return until ? { ok: false, reason: "locked", until } : { ok: false, reason: "credentials" };
  }

  if (!user.active) return { ok: false, reason: "inactive" };

  await db.$transaction(async (tx) => {
    await clearAccountAddress(tx, email, input.ip);
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(tx, { actorId: user.id, action: "auth.signedIn", entityType: "User", entityId: user.id, ip: input.ip });
  });

  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      communeId: user.communeId,
      sessionVersion: user.sessionVersion,
    },
  };
}
