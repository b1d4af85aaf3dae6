import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { NOTICE_SEVERITIES } from "@/lib/notices/states";
import { ZChannel } from "@/lib/outbox/schema";
import { normalizeRecipient } from "@/lib/outbox/recipient";

/** The honeypot: a field people never see (bots that fill it get the ordinary answer). */
export const HONEYPOT_FIELD = "website";
export const SUBSCRIPTION_KINDS = ["NOTICES", "DIGEST"] as const;

const base = {
  channel: ZChannel,
  address: z.string().trim().max(254, { error: "reach:subscribe.errors.address" }),
  locale: z.enum(LOCALES).catch("vi"),
  consent: z.literal("on", { error: "reach:subscribe.errors.consent" }),
};

/** The address must fit the channel: an e-mail address, or a mobile number for SMS and Zalo. */
function withAddress<T extends { channel: "EMAIL" | "SMS" | "ZALO"; address: string }>(value: T, ctx: z.RefinementCtx) {
  if (!normalizeRecipient(value.channel, value.address)) {
    ctx.addIssue({
      code: "custom",
      path: ["address"],
      message: value.channel === "EMAIL" ? "reach:subscribe.errors.email" : "reach:subscribe.errors.phone",
    });
  }
}

/** Notices of a commune ("" = only province-wide ones) from a chosen severity. */
export const ZSubscribeNotices = z
  .object({
    ...base,
    communeId: z
      .string()
      .trim()
      .max(40)
      .transform((value) => value || null),
    minSeverity: z.enum(NOTICE_SEVERITIES, { error: "reach:subscribe.errors.severity" }),
  })
  .superRefine(withAddress);
export type TSubscribeNotices = z.infer<typeof ZSubscribeNotices>;

/** A weekly digest of new articles on the chosen topics (a checkbox group, at least one). */
export const ZSubscribeDigest = z
  .object({
    ...base,
    topicIds: z
      .string({ error: "reach:subscribe.errors.topics" })
      .transform((value) => [
        ...new Set(
          value
            .split(",")
            .map((id) => id.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.string().max(40)).min(1, { error: "reach:subscribe.errors.topics" }).max(30)),
  })
  .superRefine(withAddress);
export type TSubscribeDigest = z.infer<typeof ZSubscribeDigest>;

/** The SMS code typed on the confirmation page. */
export const ZConfirmCode = z.object({
  token: z.string().max(200),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "reach:subscribe.errors.code" }),
});

export const ZToken = z.object({ token: z.string().min(1).max(200) });

/**
 * Back office: what an official types to find a resident's subscriptions — an e-mail address or
 * a mobile number, read as the subscribe form stores them. Null when it is neither.
 */
export function lookupAddress(query: string): { channels: ("EMAIL" | "SMS" | "ZALO")[]; address: string } | null {
  const text = query.trim().slice(0, 254);
  if (text.includes("@")) {
    const address = normalizeRecipient("EMAIL", text);
    return address ? { channels: ["EMAIL"], address } : null;
  }
  const address = normalizeRecipient("SMS", text);
  return address ? { channels: ["SMS", "ZALO"], address } : null;
}

/** Back office: the lookup form — one e-mail address or mobile number, in any spelling lookupAddress reads. */
export const ZLookupSubscribers = z.object({
  q: z
    .string()
    .trim()
    .max(254, { error: "text.tooLong" })
    .refine((q) => lookupAddress(q) !== null, { error: "reach:subscribers.invalidQuery" }),
});
export type TLookupSubscribers = z.infer<typeof ZLookupSubscribers>;

/** Back office: a subscription withdrawn at the resident's request, and why (kept in the audit log). */
export const ZWithdrawForResident = z.object({
  subscriptionId: z.string().trim().min(1).max(40),
  reason: z.string().trim().min(5, { error: "reach:subscribers.errors.reason" }).max(500, { error: "text.tooLong" }),
});
export type TWithdrawForResident = z.infer<typeof ZWithdrawForResident>;
