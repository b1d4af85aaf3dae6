import type { Tx } from "@/lib/db";

/**
 * Counted events per key, each kind with its own window: `max` events inside `windowMinutes`
 * lock the key for `lockMinutes`; with `maxLockMinutes`, each further event doubles the lock
 * up to that cap (growing delays).
 * - accountAddress, ip: failed sign-ins per (e-mail, address) and per address. There is no lock
 *   per account alone: anyone could otherwise lock the province's officials out by typing
 *   wrong passwords for them, during a disaster too; the right password from another address
 *   is never blocked by someone else's failures;
 * - forumAsk: questions sent from one address (residents behind one commune connection share it,
 *   hence a limit a family or a cultural house does not reach);
 * - forumTrack: tracking-code lookups from one address;
 * - subscribeIp, confirmAddress, confirmCode: subscriptions from one address, confirmation
 *   messages to one phone or e-mail, wrong SMS codes for one subscription.
 * Rows live in the LoginThrottle table (its name predates the other kinds), keyed "<kind>:<value>".
 */
export const THROTTLES = {
  accountAddress: { max: 5, windowMinutes: 24 * 60, lockMinutes: 1, maxLockMinutes: 60 },
  ip: { max: 30, windowMinutes: 24 * 60, lockMinutes: 1, maxLockMinutes: 60 },
  forumAsk: { max: 10, windowMinutes: 60, lockMinutes: 60, maxLockMinutes: 60 },
  // Forum tracking pages looked up from one address: the codes are the only key to a private
  // page, so guessing them is slowed down; a family checking its questions stays far below.
  forumTrack: { max: 30, windowMinutes: 10, lockMinutes: 10, maxLockMinutes: 10 },
  // Subscriptions (lib/subscriptions): SMS costs money and nobody may use the form to bomb a
  // phone. An address (IP) subscribes a few times an hour; a phone or e-mail address gets a few
  // confirmation messages a day; wrong SMS codes for one subscription are few.
  subscribeIp: { max: 5, windowMinutes: 60, lockMinutes: 60, maxLockMinutes: 60 },
  confirmAddress: { max: 3, windowMinutes: 24 * 60, lockMinutes: 24 * 60, maxLockMinutes: 24 * 60 },
  confirmCode: { max: 5, windowMinutes: 24 * 60, lockMinutes: 24 * 60, maxLockMinutes: 24 * 60 },
  // "Forgot password" requests from one address, and for one account: nobody can flood an
  // official's mailbox with links, and an address cannot probe many accounts.
  passwordResetIp: { max: 10, windowMinutes: 60, lockMinutes: 60, maxLockMinutes: 60 },
  passwordResetAccount: { max: 3, windowMinutes: 60, lockMinutes: 60, maxLockMinutes: 60 },
} as const;

export type ThrottleKind = keyof typeof THROTTLES;

/** Events allowed per key inside the window before it is locked. */
export const LIMITS = Object.fromEntries(Object.entries(THROTTLES).map(([kind, rule]) => [kind, rule.max])) as {
  [K in ThrottleKind]: (typeof THROTTLES)[K]["max"];
};

export type ThrottleKey = { kind: ThrottleKind; value: string };

export const keyString = (key: ThrottleKey) => `${key.kind}:${key.value}`;

/** The sign-in keys of an attempt: the account from this address, and the address. */
export function signInKeys(email: string, ip: string | null): ThrottleKey[] {
  const address = ip ?? "unknown";
  return [
    { kind: "accountAddress", value: `${email} ${address}` },
    { kind: "ip", value: address },
  ];
}

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
             make_interval(mins => ${rule.lockMinutes}) AS first_lock,
             make_interval(mins => ${rule.maxLockMinutes}) AS max_lock,
             ${rule.max}::int AS max_failures
    )
    INSERT INTO "LoginThrottle" ("key", "failures", "firstFailureAt", "lockedUntil")
    SELECT ${keyString(key)}, 1, now(), CASE WHEN max_failures <= 1 THEN now() + first_lock END FROM params
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."firstFailureAt" < (SELECT window_start FROM params)
                        THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "firstFailureAt" = CASE WHEN "LoginThrottle"."firstFailureAt" < (SELECT window_start FROM params)
                              THEN now() ELSE "LoginThrottle"."firstFailureAt" END,
      -- The n-th event past the limit locks for first_lock × 2^n, at most max_lock.
      "lockedUntil" = CASE
        WHEN "LoginThrottle"."firstFailureAt" >= (SELECT window_start FROM params)
         AND "LoginThrottle"."failures" + 1 >= (SELECT max_failures FROM params)
        THEN now() + (SELECT least(max_lock, first_lock * power(2, least(20, "LoginThrottle"."failures" + 1 - max_failures))) FROM params)
        ELSE "LoginThrottle"."lockedUntil" END
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

/** A successful sign-in forgets the account's failures from that address (the address keeps its count). */
export async function clearAccountAddress(tx: Tx, email: string, ip: string | null): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { key: keyString(signInKeys(email, ip)[0]!) } });
}
