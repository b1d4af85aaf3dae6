import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "./permissions";
import { THROTTLES } from "./throttle";

/** The sign-in kinds of the throttle table an administrator looks after. */
const SIGN_IN_KINDS = ["accountAddress", "ip"] as const;

export type SignInLock = {
  key: string;
  kind: (typeof SIGN_IN_KINDS)[number];
  email: string | null;
  address: string;
  failures: number;
  lockedUntil: Date | null;
  firstFailureAt: Date;
};

function describe(row: { key: string; failures: number; lockedUntil: Date | null; firstFailureAt: Date }): SignInLock | null {
  const [kind, ...rest] = row.key.split(":");
  const value = rest.join(":");
  if (kind === "accountAddress") {
    const space = value.lastIndexOf(" ");
    return { ...row, kind, email: value.slice(0, space), address: value.slice(space + 1) };
  }
  if (kind === "ip") return { ...row, kind, email: null, address: value };
  return null;
}

/**
 * Sign-in throttles in force: locked keys first, then those with recent failures (within
 * their window). For administrators only.
 */
export async function listSignInLocks(viewer: Actor, now = new Date()): Promise<SignInLock[]> {
  if (!can(viewer, "signInLocks.manage")) throw new AppError("forbidden", "form.forbidden");
  const windowStart = new Date(now.getTime() - THROTTLES.ip.windowMinutes * 60_000);
  const rows = await db.loginThrottle.findMany({
    where: {
      OR: SIGN_IN_KINDS.map((kind) => ({ key: { startsWith: `${kind}:` } })),
      AND: [{ OR: [{ lockedUntil: { gt: now } }, { firstFailureAt: { gte: windowStart } }] }],
    },
    orderBy: [{ lockedUntil: { sort: "desc", nulls: "last" } }, { failures: "desc" }],
    take: 200,
  });
  return rows.map(describe).filter((lock): lock is SignInLock => lock !== null);
}

/** Lifts a sign-in lock (forgets its failures), with an audit row naming who lifted it. */
export async function liftSignInLock(key: string, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    if (!can(ctx.actor, "signInLocks.manage")) throw new AppError("forbidden", "form.forbidden");
    const row = await tx.loginThrottle.findUnique({ where: { key } });
    const lock = row ? describe(row) : null;
    if (!row || !lock) throw new AppError("notFound", "form.notFound");
    await tx.loginThrottle.delete({ where: { key } });
    const user = lock.email ? await tx.user.findUnique({ where: { email: lock.email }, select: { id: true } }) : null;
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "auth.lockLifted",
      entityType: user ? "User" : "SignInAddress",
      entityId: user?.id ?? lock.address,
      before: { address: lock.address, failures: row.failures, lockedUntil: row.lockedUntil?.toISOString() ?? null },
      ip: ctx.ip,
    });
  });
}
