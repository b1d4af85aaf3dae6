import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import type { ClaimedMessage } from "./claim";
import { templateOf } from "./registry";
import type { TOutboxSettings } from "./schema";
import { publicBaseUrl } from "./settings";
import { smsText } from "./sms";
import { retryDelayMs } from "./states";
import { isSkipped, type Rendered } from "./template";
import { DeliveryError, transportFor } from "./transports";

export type Outcome =
  | { kind: "sent"; transport: string; providerId: string | null; status: number | null; rendered: Rendered }
  | { kind: "failed"; error: string; retryable: boolean; status: number | null; retryAfterMs: number | null; rendered?: Rendered }
  | { kind: "skipped"; reason: string };

/** Renders a claimed message in its language, at sending time. */
async function render(db: PrismaClient, message: ClaimedMessage, settings: TOutboxSettings): Promise<Rendered | { skip: string }> {
  const template = templateOf(message.template);
  if (!template) throw new DeliveryError(`Unknown template "${message.template}"`, false);
  const data = template.data.safeParse(message.data);
  if (!data.success) throw new DeliveryError(`The data does not fit template "${message.template}"`, false);
  const outcome = await template.render(data.data, {
    db,
    locale: isLocale(message.locale) ? message.locale : DEFAULT_LOCALE,
    channel: message.channel,
    baseUrl: publicBaseUrl(),
    message,
  });
  if (isSkipped(outcome) || message.channel !== "SMS") return outcome;
  return { ...outcome, text: smsText(outcome.text, settings.sms.stripDiacritics) };
}

/** Renders and sends one message; never throws (the outcome says what happened). */
export async function attemptDelivery(db: PrismaClient, message: ClaimedMessage, settings: TOutboxSettings): Promise<Outcome> {
  let rendered: Rendered | undefined;
  try {
    const outcome = await render(db, message, settings);
    if (isSkipped(outcome)) return { kind: "skipped", reason: outcome.skip };
    rendered = outcome;
    const transport = transportFor(message.channel, settings);
    const sent = await transport.send({
      id: message.id,
      channel: message.channel,
      recipient: message.recipient,
      idempotencyKey: message.idempotencyKey,
      rendered,
    });
    return { kind: "sent", transport: transport.name, providerId: sent.providerId, status: sent.status ?? null, rendered };
  } catch (error) {
    if (error instanceof DeliveryError) {
      return {
        kind: "failed",
        error: error.message,
        retryable: error.retryable,
        status: error.status,
        retryAfterMs: error.retryAfterMs,
        rendered,
      };
    }
    // A bug while rendering (a template that throws): kept as a failure to look at, tried again later.
    return {
      kind: "failed",
      error: `Error: ${(error as Error).message ?? String(error)}`.slice(0, 500),
      retryable: true,
      status: null,
      retryAfterMs: null,
      rendered,
    };
  }
}

/** The text kept on the row: a secret-bearing text only for the demo log (where it is the point). */
function keptBody(rendered: Rendered, transport: string | null): string {
  return rendered.private && transport !== "log" ? "[…]" : rendered.text;
}

/**
 * Records the outcome of one attempt, fenced on the lease: if this worker's lease ran out and
 * another worker took the message over, nothing is overwritten (the other one records it).
 * Returns false when the lease was lost.
 */
export async function recordOutcome(
  db: PrismaClient,
  message: ClaimedMessage,
  outcome: Outcome,
  settings: TOutboxSettings,
  workerId: string,
  startedAt: Date,
): Promise<boolean> {
  const fence = { id: message.id, state: "SENDING" as const, lockedBy: workerId, attempts: message.attempts };
  const release = { lockedBy: null, lockedUntil: null };
  let data;
  if (outcome.kind === "sent") {
    data = {
      ...release,
      state: "SENT" as const,
      nextAttemptAt: null,
      sentAt: new Date(),
      lastError: null,
      transport: outcome.transport,
      providerId: outcome.providerId,
      subject: outcome.rendered.subject,
      body: keptBody(outcome.rendered, outcome.transport),
    };
  } else if (outcome.kind === "skipped") {
    data = { ...release, state: "CANCELLED" as const, nextAttemptAt: null, lastError: outcome.reason, attempts: message.attempts - 1 };
  } else {
    // A provider asking to slow down (429) is not the message's fault: that try does not count.
    const throttled = outcome.retryAfterMs !== null;
    const attempts = throttled ? message.attempts - 1 : message.attempts;
    const dead = !outcome.retryable || attempts >= message.maxAttempts;
    const wait = Math.max(retryDelayMs(attempts, settings.retry), outcome.retryAfterMs ?? 0);
    data = {
      ...release,
      attempts,
      lastError: outcome.error,
      state: dead ? ("DEAD" as const) : ("FAILED" as const),
      nextAttemptAt: dead ? null : new Date(Date.now() + wait),
      ...(outcome.rendered ? { subject: outcome.rendered.subject, body: keptBody(outcome.rendered, null) } : {}),
    };
  }
  const [updated] = await db.$transaction([
    db.outboxMessage.updateMany({ where: fence, data }),
    db.outboxAttempt.create({
      data: {
        messageId: message.id,
        attempt: message.attempts,
        worker: workerId,
        startedAt,
        ok: outcome.kind === "sent",
        status: outcome.kind === "skipped" ? null : outcome.status,
        error: outcome.kind === "failed" ? outcome.error : outcome.kind === "skipped" ? outcome.reason : null,
      },
    }),
    ...(outcome.kind === "failed" && outcome.retryAfterMs !== null
      ? [
          db.outboxChannelState.update({
            where: { channel: message.channel },
            data: { pausedUntil: new Date(Date.now() + outcome.retryAfterMs) },
          }),
        ]
      : []),
  ]);
  return updated.count === 1;
}
