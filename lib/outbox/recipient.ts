import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import { normalizeVietnamesePhone } from "@/lib/text/phone";

/** A plausible e-mail address (the confirmation message proves it is real). */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** Mobile numbers only: an SMS or a Zalo message cannot reach a landline or a service number. */
export function normalizeMobile(input: string): string | null {
  const national = normalizeVietnamesePhone(input);
  return national && /^0[35789]\d{8}$/.test(national) ? national : null;
}

export function normalizeEmail(input: string): string | null {
  const value = input.trim().toLowerCase();
  return value.length <= 254 && EMAIL.test(value) ? value : null;
}

/** The stored form of a recipient for a channel, or null when it is not one. */
export function normalizeRecipient(channel: OutboxChannel, input: string): string | null {
  return channel === "EMAIL" ? normalizeEmail(input) : normalizeMobile(input);
}

/** How a recipient is shown in the back office: enough to recognise it, not to copy it. */
export function maskRecipient(channel: OutboxChannel, recipient: string): string {
  if (channel === "EMAIL") {
    const [user = "", domain = ""] = recipient.split("@");
    return `${user.slice(0, 2)}…@${domain}`;
  }
  return `${recipient.slice(0, 4)}…${recipient.slice(-3)}`;
}
