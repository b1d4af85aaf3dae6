import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import { CHANNEL_KEY, type TOutboxSettings } from "./schema";
import { PRIORITY_LEVELS } from "./states";

export type ClaimedMessage = {
  id: string;
  channel: OutboxChannel;
  recipient: string;
  locale: string;
  template: string;
  data: unknown;
  idempotencyKey: string;
  attempts: number;
  maxAttempts: number;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Date;
};

export type Claim = {
  messages: ClaimedMessage[];
  /** When it is worth asking again for this channel (a rate-limit token, a provider's pause). */
  retryInMs: number | null;
};

/**
 * Takes due messages of one channel for this worker, in one short transaction:
 * - the channel's row in OutboxChannelState is locked, so workers of every instance take turns
 *   and the limits below hold for all of them together;
 * - no more than the channel's rate allows (a token bucket: `ratePerSecond`, bursts of one
 *   second) and no more than `concurrency` minus the messages already being sent anywhere;
 * - due = queued or failed and due, or being sent by a worker whose lease ran out (it crashed);
 *   `FOR UPDATE SKIP LOCKED`, highest priority first;
 * - each taken message is SENDING, leased to this worker, its attempt counted.
 * Works the same on PostgreSQL and on the embedded PGlite (one session: transactions take turns).
 */
export async function claimMessages(
  db: PrismaClient,
  channel: OutboxChannel,
  settings: TOutboxSettings,
  workerId: string,
  max = 50,
): Promise<Claim> {
  const config = settings[CHANNEL_KEY[channel]];
  const rate = config.ratePerSecond;
  const burst = Math.max(1, rate);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "OutboxChannelState" ("channel", "tokens", "refilledAt", "updatedAt")
      VALUES (${channel}::"OutboxChannel", ${burst}, now(), now()) ON CONFLICT ("channel") DO NOTHING`;
    const [state] = await tx.$queryRaw<{ tokens: number; elapsed: number; pausedMs: number | null }[]>`
      SELECT "tokens", EXTRACT(EPOCH FROM (now() - "refilledAt"))::float8 AS "elapsed",
             CASE WHEN "pausedUntil" > now() THEN (EXTRACT(EPOCH FROM ("pausedUntil" - now())) * 1000)::float8 END AS "pausedMs"
      FROM "OutboxChannelState" WHERE "channel" = ${channel}::"OutboxChannel" FOR UPDATE`;
    if (!state) return { messages: [], retryInMs: null };
    if (state.pausedMs) return { messages: [], retryInMs: Math.ceil(state.pausedMs) };

    const tokens = Math.min(burst, state.tokens + Math.max(0, state.elapsed) * rate);
    const [{ inflight } = { inflight: 0 }] = await tx.$queryRaw<{ inflight: number }[]>`
      SELECT count(*)::int AS "inflight" FROM "OutboxMessage"
      WHERE "channel" = ${channel}::"OutboxChannel" AND "state" = 'SENDING' AND "nextAttemptAt" > now()`;
    let wanted = Math.min(Math.floor(tokens), config.concurrency - inflight, max);
    const messages: ClaimedMessage[] = [];
    // One short index range per priority level (index channel, priority, nextAttemptAt).
    for (const priority of PRIORITY_LEVELS) {
      if (wanted <= 0) break;
      const taken = await tx.$queryRaw<ClaimedMessage[]>`
        UPDATE "OutboxMessage" AS m
        SET "state" = 'SENDING', "attempts" = m."attempts" + 1, "lockedBy" = ${workerId},
            "lockedUntil" = now() + make_interval(secs => ${settings.retry.leaseSeconds}),
            "nextAttemptAt" = now() + make_interval(secs => ${settings.retry.leaseSeconds}), "updatedAt" = now()
        WHERE m."id" IN (
          SELECT "id" FROM "OutboxMessage"
          WHERE "channel" = ${channel}::"OutboxChannel" AND "priority" = ${priority} AND "nextAttemptAt" <= now()
          ORDER BY "nextAttemptAt" LIMIT ${wanted} FOR UPDATE SKIP LOCKED)
        RETURNING m."id", m."channel", m."recipient", m."locale", m."template", m."data", m."idempotencyKey",
                  m."attempts", m."maxAttempts", m."subjectType", m."subjectId", m."createdAt"`;
      messages.push(...taken);
      wanted -= taken.length;
    }
    const left = tokens - messages.length;
    await tx.$executeRaw`
      UPDATE "OutboxChannelState" SET "tokens" = ${left}, "refilledAt" = now(), "updatedAt" = now()
      WHERE "channel" = ${channel}::"OutboxChannel"`;
    return { messages, retryInMs: left < 1 ? Math.ceil(((1 - left) / rate) * 1000) : null };
  });
}
