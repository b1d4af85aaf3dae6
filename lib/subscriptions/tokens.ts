import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

/**
 * Personal links in messages (confirm, manage a subscription, a relay's "I received this") are
 * the record's id signed with AUTH_SECRET for one purpose: nothing secret is stored, a link
 * cannot be guessed from an id, and a link for one purpose opens nothing else.
 */
export type TokenPurpose = "confirm" | "code" | "manage" | "relay" | "lookup";

const MAC_LENGTH = 22; // 132 bits, base64url

function mac(purpose: TokenPurpose, payload: string): string {
  return createHmac("sha256", authSecret()).update(`${purpose}:${payload}`).digest("base64url").slice(0, MAC_LENGTH);
}

/** `<payload>.<mac>`; the payload must not contain a dot (ids and nonces do not). */
export function signToken(purpose: TokenPurpose, payload: string): string {
  return `${payload}.${mac(purpose, payload)}`;
}

/** The payload of a token signed for `purpose`, or null (a forged, altered or foreign token). */
export function verifyToken(purpose: TokenPurpose, token: string): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(purpose, payload));
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
}

/** A fresh value that changes with every confirmation message (older links and codes expire). */
export function newNonce(): string {
  return randomBytes(9).toString("base64url").replace(/[-_]/g, "x");
}

/** The six-digit SMS code of a confirmation: derived, never stored. */
export function confirmationCode(subscriptionId: string, nonce: string): string {
  const digest = createHmac("sha256", authSecret()).update(`sms-code:${subscriptionId}:${nonce}`).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0");
}
