import type { z } from "zod";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import { normalizeRecipient } from "./recipient";
import { PRIORITIES, type Priority } from "./states";
import { TEMPLATES, type TemplateName } from "./registry";

type DataOf<N extends TemplateName> = z.input<(typeof TEMPLATES)[N]["data"]>;

export type NewMessage<N extends TemplateName> = {
  channel: OutboxChannel;
  /** E-mail address or Vietnamese mobile number, in any common spelling. */
  recipient: string;
  template: N;
  data: DataOf<N>;
  /**
   * The message's identity for ever, e.g. `notice:<versionId>:EMAIL:<address>`: queuing the same
   * key again does nothing, so a retried request or a replayed fan-out never sends twice.
   */
  idempotencyKey: string;
  /** The language to render in; a translation is used only where one exists. */
  locale?: string;
  /** "interactive" (someone is waiting: a confirmation code) goes before "alert", then "normal". */
  priority?: Priority;
  /** What caused it, for totals per notice, article or question. */
  subject?: { type: string; id: string };
  communeId?: string | null;
  maxAttempts?: number;
};

/**
 * Queues one message inside the caller's transaction: it exists exactly when the change that
 * caused it commits. Returns whether it was new (false: this idempotency key was queued before).
 * Throws when the data does not fit the template or the recipient is not an address (a bug:
 * user input is checked by the caller's schema first).
 */
export async function enqueueMessage<N extends TemplateName>(tx: Tx, message: NewMessage<N>): Promise<{ queued: boolean }> {
  const data = TEMPLATES[message.template].data.parse(message.data) as Prisma.InputJsonValue;
  const recipient = normalizeRecipient(message.channel, message.recipient);
  if (!recipient) throw new Error(`enqueueMessage: not a ${message.channel} recipient`);
  const { count } = await tx.outboxMessage.createMany({
    data: [
      {
        channel: message.channel,
        recipient,
        template: message.template,
        data,
        idempotencyKey: message.idempotencyKey,
        locale: message.locale ?? "vi",
        priority: PRIORITIES[message.priority ?? "normal"],
        subjectType: message.subject?.type ?? null,
        subjectId: message.subject?.id ?? null,
        communeId: message.communeId ?? null,
        ...(message.maxAttempts ? { maxAttempts: message.maxAttempts } : {}),
      },
    ],
    skipDuplicates: true,
  });
  return { queued: count === 1 };
}

export type MessageBatch<N extends TemplateName> = {
  template: N;
  /** Data common to every message; each row may add its own (`data` column, jsonb). */
  data: DataOf<N>;
  priority?: Priority;
  subject?: { type: string; id: string };
  /**
   * A SELECT giving one row per message, with the columns `channel` (text), `recipient` (already
   * normalised), `locale`, `key` (the idempotency key), `commune_id` (text or null) and `data`
   * (jsonb or null).
   */
  recipients: Prisma.Sql;
};

/**
 * Queues many messages with one set-based INSERT … SELECT inside the caller's transaction (a
 * notice to 100,000 subscribers is one statement, not 100,000). Keys queued before are skipped.
 * Returns how many were new.
 */
export async function enqueueMessages<N extends TemplateName>(tx: Tx, batch: MessageBatch<N>): Promise<number> {
  const data = JSON.stringify(TEMPLATES[batch.template].data.parse(batch.data));
  return tx.$executeRaw`
    INSERT INTO "OutboxMessage" ("id", "channel", "recipient", "locale", "template", "data", "idempotencyKey", "priority",
                                 "subjectType", "subjectId", "communeId", "nextAttemptAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, r.channel::"OutboxChannel", r.recipient, r.locale, ${batch.template},
           ${data}::jsonb || COALESCE(r.data, '{}'::jsonb), r.key, ${PRIORITIES[batch.priority ?? "normal"]},
           ${batch.subject?.type ?? null}, ${batch.subject?.id ?? null}, r.commune_id, now(), now(), now()
    FROM (${batch.recipients}) AS r
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
}
