import type { Tx } from "@/lib/db";

/** Failures allowed per key inside the window before it is locked. */
export const LIMITS = { account: 5, ip: 20 } as const;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export type ThrottleKey = { kind: keyof typeof LIMITS; value: string };

const keyString = (key: ThrottleKey) => `${key.kind}:${key.value}`;

/** The latest time any of the keys stays locked, or null when none is locked. */
export async function lockedUntil(tx: Tx, keys: ThrottleKey[], now = new Date()): Promise<Date | null> {
  const rows = await tx.loginThrottle.findMany({
    where: { key: { in: keys.map(keyString) }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const times = rows.flatMap((row) => (row.lockedUntil ? [row.lockedUntil.getTime()] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}

/**
 * Counts one failure against each key, in one atomic statement per key so that parallel
 * attempts cannot slip past the limit. A key that reaches its limit is locked; returns the
 * latest lock time among the keys, or null when none is locked.
 */
export async function recordFailure(tx: Tx, keys: ThrottleKey[]): Promise<Date | null> {
  let locked: Date | null = null;
  for (const key of keys) {
    const [row] = await tx.$queryRaw<{ lockedUntil: Date | null }[]>`
      WITH params AS (
        SELECT now() - make_interval(mins => ${WINDOW_MINUTES}) AS window_start,
               now() + make_interval(mins => ${LOCK_MINUTES}) AS lock_end,
               ${LIMITS[key.kind]}::int AS max_failures
      )
      INSERT INTO "LoginThrottle" ("key", "failures", "firstFailureAt", "lockedUntil")
      SELECT ${keyString(key)}, 1, now(), CASE WHEN max_failures <= 1 THEN lock_end END FROM params
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."firstFailureAt" < (SELECT window_start FROM params)
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "firstFailureAt" = CASE WHEN "LoginThrottle"."firstFailureAt" < (SELECT window_start FROM params)
                                THEN now() ELSE "LoginThrottle"."firstFailureAt" END,
        "lockedUntil" = CASE
          WHEN "LoginThrottle"."firstFailureAt" >= (SELECT window_start FROM params)
           AND "LoginThrottle"."failures" + 1 >= (SELECT max_failures FROM params)
          THEN (SELECT lock_end FROM params) ELSE "LoginThrottle"."lockedUntil" END
      RETURNING "lockedUntil"`;
    const until = row?.lockedUntil ?? null;
    if (until && until > new Date() && (!locked || until > locked)) locked = until;
  }
  return locked;
}

/** A successful sign-in forgets the account's failures (the address keeps its count). */
export async function clearAccount(tx: Tx, email: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { key: keyString({ kind: "account", value: email }) } });
}
