import { randomBytes } from "node:crypto";

/** 32 letters and digits without the look-alikes 0/O and 1/I: easy to read out and type. */
export const TRACKING_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const TRACKING_LENGTH = 8;

/**
 * A new tracking code: 8 characters from a cryptographic source (32 = 2^5 symbols, so each
 * byte's low 5 bits pick one without bias): 32^8 ≈ 10^12 codes, not guessable.
 */
export function newTrackingCode(): string {
  const bytes = randomBytes(TRACKING_LENGTH);
  let code = "";
  for (const byte of bytes) code += TRACKING_ALPHABET[byte & 31];
  return code;
}

/**
 * A code as a resident typed it ("abcd efgh", "ABCD-EFGH") in its stored form, or null when it
 * cannot be one.
 */
export function normaliseTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s\-.]/g, "");
  if (code.length !== TRACKING_LENGTH) return null;
  for (const char of code) if (!TRACKING_ALPHABET.includes(char)) return null;
  return code;
}
