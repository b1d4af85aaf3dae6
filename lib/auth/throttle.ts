import type { Tx } from "@/lib/db";

/**
 * Counted events per key, each kind with its own window: `max` events inside `windowMinutes`
 * lock the key for `lockMinutes`.
 * - account, ip: failed sign-ins per e-mail and per address;
 * - forumAsk: questions sent from one address (residents behind one commune connection share it,
 *   hence a limit a family or a cultural house does not reach).
 * Rows live in the LoginThrottle table (its name predates the other kinds), keyed "<kind>:<value>".
 */
export const THROTTLES = {
  account: { max: 5, windowMinutes: 15, lockMinutes: 15 },
  ip: { max: 20, windowMinutes: 15, lockMinutes: 15 },
  forumAsk: { max: 10, windowMinutes: 60, lockMinutes: 60 },
} as const;

export type ThrottleKind = keyof typeof THROTTLES;

/** Events allowed per key inside the window before it is locked. */
export const LIMITS = Object.fromEntries(Object.entries(THROTTLES).map(([kind, rule]) => [kind, rule.max])) as {
  [K in ThrottleKind]: (typeof THROTTLES)[K]["max"];
};
/** The sign-in window and lock (the same for account and address). */
export const WINDOW_MINUTES = THROTTLES.account.windowMinutes;
export const LOCK_MINUTES = THROTTLES.account.lockMinutes;

export type ThrottleKey = { kind: ThrottleKind; value: string };

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
 * Counts one event against a key in one atomic statement (the row stays locked until the
 * transaction ends, so parallel requests are counted one after another). Returns the key's
 * count inside its window, this event included, and its lock time.
 */
async function countOne(tx: Tx, key: ThrottleKey): Promise<{ count: number; lockedUntil: Date | null }> {
  const rule = THROTTLES[key.kind];
  const [row] = await tx.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    WITH params AS (
      SELECT now() - make_interval(mins => ${rule.windowMinutes}) AS window_start,
             now() + make_interval(mins => ${rule.lockMinutes}) AS lock_end,
             ${rule.max}::int AS max_failures
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
    RETURNING "failures", "lockedUntil"`;
  return { count: row?.failures ?? 1, lockedUntil: row?.lockedUntil ?? null };
}

/**
 * Counts one failure (a wrong password) against each key. A key that reaches its kind's limit is
 * locked; returns the latest lock time among the keys, or null when none is locked.
 */
export async function recordFailure(tx: Tx, keys: ThrottleKey[]): Promise<Date | null> {
  let locked: Date | null = null;
  for (const key of keys) {
    const until = (await countOne(tx, key)).lockedUntil;
    if (until && until > new Date() && (!locked || until > locked)) locked = until;
  }
  return locked;
}

/**
 * Counts one event of a kind that is allowed up to a limit (a question sent) and says whether
 * this one is still within it: the first `max` events of a window are, the next are not (until
 * the lock ends). Decided by the atomic count, so parallel requests cannot slip past.
 */
export async function recordEvent(tx: Tx, key: ThrottleKey): Promise<{ allowed: true } | { allowed: false; until: Date }> {
  const { count, lockedUntil } = await countOne(tx, key);
  if (count <= THROTTLES[key.kind].max) return { allowed: true };
  return { allowed: false, until: lockedUntil ?? new Date(Date.now() + THROTTLES[key.kind].lockMinutes * 60_000) };
}

/** A successful sign-in forgets the account's failures (the address keeps its count). */
export async function clearAccount(tx: Tx, email: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { key: keyString({ kind: "account", value: email }) } });
}
