import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { maskRecipient } from "@/lib/outbox/recipient";
import { lookupMatches } from "./queries";
import { lookupAddress } from "./schema";
import { signToken, verifyToken } from "./tokens";

/**
 * The back office's lookup of a resident's subscriptions: the audited read (recordSubscriberLookup,
 * below) and what carries its address to the page. The address looked up is personal data: in
 * the page's address (`?q=`) it would stay in the browser's history, in every proxy's access
 * log and in the Referer of the next link. So the lookup is a form post (lookupSubscribersAction,
 * audited) that leaves it in this cookie for the page to read: sent only to that page, for a
 * quarter of an hour, signed for the official who looked it up — a cookie written by hand, or
 * by another account, shows nothing (the only way to a result is the audited lookup).
 */
export const LOOKUP_COOKIE = "portal_subscribers_lookup";
export const LOOKUP_PATH = "/admin/subscribers";
export const LOOKUP_SECONDS = 15 * 60;

export function lookupCookieValue(userId: string, query: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ u: userId, q: query, e: now + LOOKUP_SECONDS * 1000 })).toString("base64url");
  return signToken("lookup", payload);
}

/** The query the cookie holds for this official, or null (none, expired, forged or another official's). */
export function readLookupCookie(value: string | undefined, userId: string, now = Date.now()): string | null {
  const payload = value ? verifyToken("lookup", value) : null;
  if (!payload) return null;
  try {
    const { u, q, e } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { u?: unknown; q?: unknown; e?: unknown };
    return u === userId && typeof q === "string" && typeof e === "number" && now < e ? q : null;
  } catch {
    return null;
  }
}

/**
 * Back office: an official looks up a resident's subscriptions. Reading whose consents are on
 * record is itself recorded (who, when, from where, which subscriptions it showed), in the same
 * transaction as the read, so "who has looked at my number?" has an answer. The log keeps the
 * address masked, as the page shows it, and the ids of what was found.
 */
export async function recordSubscriberLookup(input: { q: string }, ctx: MutationContext) {
  if (!can(ctx.actor, "subscribers.manage")) throw new AppError("forbidden", "form.forbidden");
  const wanted = lookupAddress(input.q);
  if (!wanted) throw new AppError("invalid", "reach:subscribers.invalidQuery");
  return db.$transaction(async (tx) => {
    const found = await tx.subscription.findMany({ ...lookupMatches(wanted), select: { id: true } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "subscription.lookedUp",
      entityType: "Subscription",
      after: { address: maskRecipient(wanted.channels[0]!, wanted.address), found: found.map((row) => row.id) },
      ip: ctx.ip,
    });
    return found.length;
  });
}
