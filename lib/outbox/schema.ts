import { z } from "zod";
import { nullableText } from "@/lib/text/fields";
import type { OutboxChannel } from "@/lib/generated/prisma/enums";

export const CHANNELS = ["EMAIL", "SMS", "ZALO"] as const satisfies readonly OutboxChannel[];
export const ZChannel = z.enum(CHANNELS);

const optionalText = nullableText;

/** How fast and how many at once a channel may send (every worker of every instance together). */
const limits = {
  ratePerSecond: z.coerce
    .number({ error: "reach:errors.number" })
    .min(0.01, { error: "reach:errors.number" })
    .max(1000, { error: "reach:errors.number" }),
  concurrency: z.coerce
    .number({ error: "reach:errors.number" })
    .int({ error: "reach:errors.number" })
    .min(1, { error: "reach:errors.number" })
    .max(100, { error: "reach:errors.number" }),
};

/**
 * An HTTP gateway (SMS, or Zalo OA template messages): where to POST and the body to send, a
 * JSON or form template whose `{{placeholders}}` are filled per message (see README, "Outbox").
 * The credential for `authHeader` is never stored: it comes from the environment.
 */
export const ZHttpGateway = z.object({
  url: optionalText(500).refine((value) => value === null || /^https?:\/\/\S+$/.test(value), { error: "reach:errors.url" }),
  format: z.enum(["json", "form"]).default("json"),
  bodyTemplate: z
    .string()
    .trim()
    .max(4000, { error: "text.tooLong" })
    .default('{"to":"{{to}}","text":"{{text}}","reference":"{{reference}}"}'),
  authHeader: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9_-]*$/, { error: "reach:errors.header" })
    .default("Authorization"),
  /** Where the provider's message id is in its JSON answer ("id", "data.msg_id"). */
  providerIdField: z.string().trim().max(100).default("id"),
  timeoutSeconds: z.coerce
    .number({ error: "reach:errors.number" })
    .int()
    .min(1, { error: "reach:errors.number" })
    .max(120, { error: "reach:errors.number" })
    .default(10),
});
export type THttpGateway = z.infer<typeof ZHttpGateway>;

export const ZSmtp = z.object({
  host: optionalText(255),
  port: z.coerce
    .number({ error: "reach:errors.number" })
    .int()
    .min(1, { error: "reach:errors.number" })
    .max(65535, { error: "reach:errors.number" })
    .default(587),
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: z.boolean().default(false),
  user: optionalText(255),
  from: optionalText(255),
  timeoutSeconds: z.coerce.number({ error: "reach:errors.number" }).int().min(1).max(120).default(20),
});
export type TSmtp = z.infer<typeof ZSmtp>;

/**
 * The outbox settings (one Setting row, key "outbox"). Every channel starts on the demo "log"
 * transport: what would have been sent is kept for the back office, nothing leaves the portal.
 */
const ZALO_BODY =
  '{"phone":"{{to84}}","template_id":"{{templateId}}","template_data":{"title":"{{subject}}","content":"{{text}}"},"tracking_id":"{{reference}}"}';

export const ZOutboxSettings = z.object({
  email: z
    .object({
      transport: z.enum(["log", "smtp"]).default("log"),
      ratePerSecond: limits.ratePerSecond.default(5),
      concurrency: limits.concurrency.default(2),
      smtp: ZSmtp.prefault({}),
    })
    .prefault({}),
  sms: z
    .object({
      transport: z.enum(["log", "http"]).default("log"),
      ratePerSecond: limits.ratePerSecond.default(5),
      concurrency: limits.concurrency.default(4),
      /** Many gateways and old phones need text without diacritics (and it costs fewer segments). */
      stripDiacritics: z.boolean().default(true),
      http: ZHttpGateway.prefault({}),
    })
    .prefault({}),
  zalo: z
    .object({
      transport: z.enum(["log", "http"]).default("log"),
      ratePerSecond: limits.ratePerSecond.default(5),
      concurrency: limits.concurrency.default(4),
      /** Zalo Notification Service: an approved template, the phone in international form. */
      http: ZHttpGateway.prefault({ bodyTemplate: ZALO_BODY, authHeader: "access_token", providerIdField: "data.msg_id" }),
      templateId: z.string().trim().max(100).default(""),
    })
    .prefault({}),
  /**
   * Automatic reminders to prestigious persons who have not confirmed receipt of a relayed
   * notice or article (lib/relays/reminders.ts): after this many minutes since it was sent (or
   * since the last reminder), at most `max` reminders each (0: none).
   */
  relayReminders: z
    .object({
      noticeAfterMinutes: z.coerce
        .number({ error: "reach:errors.number" })
        .int({ error: "reach:errors.number" })
        .min(5, { error: "reach:errors.number" })
        .max(10_080, { error: "reach:errors.number" })
        .default(120),
      articleAfterMinutes: z.coerce
        .number({ error: "reach:errors.number" })
        .int({ error: "reach:errors.number" })
        .min(5, { error: "reach:errors.number" })
        .max(43_200, { error: "reach:errors.number" })
        .default(1440),
      max: z.coerce
        .number({ error: "reach:errors.number" })
        .int({ error: "reach:errors.number" })
        .min(0, { error: "reach:errors.number" })
        .max(10, { error: "reach:errors.number" })
        .default(2),
    })
    .prefault({}),
  retry: z
    .object({
      /** First wait after a failed attempt; each next one doubles, up to `maxSeconds`. */
      baseSeconds: z.coerce.number().min(0.05).max(86_400).default(30),
      maxSeconds: z.coerce
        .number()
        .min(0.05)
        .max(7 * 86_400)
        .default(3600),
      /** How long a worker owns a message it is sending; after a crash, another takes it over then. */
      leaseSeconds: z.coerce.number().min(1).max(3600).default(120),
    })
    .prefault({}),
});
export type TOutboxSettings = z.infer<typeof ZOutboxSettings>;
export type TChannelKey = "email" | "sms" | "zalo";

export const OUTBOX_SETTINGS_KEY = "outbox";

export const CHANNEL_KEY: Record<OutboxChannel, TChannelKey> = { EMAIL: "email", SMS: "sms", ZALO: "zalo" };
