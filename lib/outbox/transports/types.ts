import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import type { Rendered } from "../template";

export type Outgoing = {
  id: string;
  channel: OutboxChannel;
  recipient: string;
  idempotencyKey: string;
  rendered: Rendered;
};

export type Sent = { providerId: string | null; status?: number | null };

/** One way of carrying messages (SMTP, an HTTP gateway, the demo log), behind one interface. */
export type Transport = {
  name: "smtp" | "http" | "log";
  send: (message: Outgoing) => Promise<Sent>;
  close?: () => void;
};

/**
 * A delivery that did not happen. `retryable`: try again later (a timeout, a 5xx, a busy
 * provider); otherwise the provider refused the message for good (a bad address, a 4xx).
 * `retryAfterMs`: the provider asked the whole channel to wait (HTTP 429 Retry-After).
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status: number | null = null,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}
