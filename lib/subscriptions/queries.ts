import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { maskRecipient } from "@/lib/outbox/recipient";
import { lookupAddress } from "./schema";

/**
 * The subscriptions a lookup of `wanted` shows, newest first, at most 100: one definition for the
 * page (below) and for the audit row that records what the lookup showed (lookup.ts).
 */
export function lookupMatches(wanted: NonNullable<ReturnType<typeof lookupAddress>>) {
  return {
    where: { address: wanted.address, channel: { in: wanted.channels } },
    orderBy: { createdAt: "desc" as const },
    take: 100,
  };
}

/**
 * Back office (`subscribers.manage`): the subscriptions of one e-mail address or mobile number,
 * newest first, with their consent as recorded — purpose, channel, time, withdrawal — and the
 * address masked (the official typed it; the page does not repeat it in full). `invalid` when
 * the query is neither an e-mail address nor a mobile number; null for a viewer without the
 * permission.
 */
export async function lookupSubscriptions(viewer: Actor | null, query: string) {
  if (!can(viewer, "subscribers.manage")) return null;
  const wanted = lookupAddress(query);
  if (!wanted) return "invalid" as const;
  const rows = await db.subscription.findMany({
    ...lookupMatches(wanted),
    select: {
      id: true,
      kind: true,
      channel: true,
      address: true,
      state: true,
      locale: true,
      consentPurpose: true,
      consentAt: true,
      withdrawnAt: true,
      createdAt: true,
      commune: { select: { fullName: true } },
    },
  });
  return rows.map(({ address, commune, ...row }) => ({
    ...row,
    maskedAddress: maskRecipient(row.channel, address),
    communeName: commune?.fullName ?? null,
  }));
}
