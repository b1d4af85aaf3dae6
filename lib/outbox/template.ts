import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";

/** What a template makes of a message at sending time. */
export type Rendered = {
  /** The e-mail subject (SMS and Zalo use only `text`). */
  subject: string;
  text: string;
  /** One-step unsubscribe (e-mail: also the List-Unsubscribe header). */
  unsubscribeUrl?: string | null;
  /**
   * The text holds a secret (a confirmation link or code): the back office keeps it only for
   * the demo log transport, where seeing it is the point; otherwise a note replaces it.
   */
  private?: boolean;
};

/** A message whose reason went away before it was sent (a withdrawn subscription): not sent. */
export type Skipped = { skip: string };

export type RenderContext = {
  db: PrismaClient;
  locale: Locale;
  channel: OutboxChannel;
  /** The portal's public address for links (never taken from a request). */
  baseUrl: string;
  message: { id: string; recipient: string; subjectType: string | null; subjectId: string | null; createdAt: Date };
};

/**
 * A kind of message. `data` is checked when the message is queued (a caller cannot queue what
 * the template cannot render) and again when it is rendered, in the message's language, at
 * sending time — so a message sent late shows the content as it then is.
 */
export type MessageTemplate<S extends z.ZodType = z.ZodType> = {
  data: S;
  render: (data: z.output<S>, ctx: RenderContext) => Promise<Rendered | Skipped>;
};

export function defineTemplate<S extends z.ZodType>(template: MessageTemplate<S>): MessageTemplate<S> {
  return template;
}

export function isSkipped(outcome: Rendered | Skipped): outcome is Skipped {
  return "skip" in outcome;
}
