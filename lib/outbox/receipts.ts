import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A delivery receipt from a gateway: our message (`reference`, the id we sent as
 * `{{reference}}`) or the provider's id, and what became of it. Status words of common gateways
 * are understood ("DELIVRD", "UNDELIV", …); anything else (accepted, buffered) is noted as not final.
 */
export const ZReceipt = z
  .object({
    reference: z.string().trim().max(100).optional(),
    providerId: z.string().trim().max(200).optional(),
    status: z.string().trim().min(1).max(40),
    error: z.string().trim().max(500).optional(),
  })
  .refine((r) => r.reference || r.providerId, { error: "reference.required" });
export type TReceipt = z.infer<typeof ZReceipt>;

const DELIVERED = new Set(["delivered", "delivrd", "success", "ok", "read", "received"]);
const UNDELIVERABLE = new Set(["failed", "undelivered", "undeliv", "undeliverable", "rejected", "rejectd", "expired", "blocked", "error"]);

export function receiptOutcome(status: string): "delivered" | "undeliverable" | null {
  const word = status.toLowerCase();
  return DELIVERED.has(word) ? "delivered" : UNDELIVERABLE.has(word) ? "undeliverable" : null;
}

/** The webhook's shared secret, compared in constant time; false while none is configured. */
export function webhookSecretMatches(given: string | null, secret: string | null): boolean {
  if (!secret || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Applies receipts: a sent message becomes DELIVERED, or DEAD with the provider's reason when it
 * could not be delivered. Repeating a receipt changes nothing. Returns how many messages changed.
 */
export async function applyReceipts(db: PrismaClient, receipts: TReceipt[], now = new Date()): Promise<number> {
  let changed = 0;
  for (const receipt of receipts) {
    const outcome = receiptOutcome(receipt.status);
    if (!outcome) continue;
    const which = receipt.reference ? { id: receipt.reference } : { providerId: receipt.providerId };
    const { count } =
      outcome === "delivered"
        ? await db.outboxMessage.updateMany({ where: { ...which, state: "SENT" }, data: { state: "DELIVERED", deliveredAt: now } })
        : await db.outboxMessage.updateMany({
            where: { ...which, state: { in: ["SENT", "DELIVERED"] } },
            data: { state: "DEAD", lastError: `Receipt: ${receipt.status}${receipt.error ? ` (${receipt.error})` : ""}`.slice(0, 500) },
          });
    changed += count;
  }
  return changed;
}
