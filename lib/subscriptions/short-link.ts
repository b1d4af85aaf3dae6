/**
 * The short unsubscribe link of SMS (and Zalo) messages: `<PUBLIC_URL>/u/<code>`, about 40
 * characters where the personal page's signed link takes about 100 — a whole SMS segment. The
 * code is the subscription's `shortCode`: ten random base62 characters made by the database
 * (migration 20261205140000, ≈ 59 bits), stored and unique, so it cannot be guessed; it opens
 * only that subscription's personal page (app/(dynamic)/u/[code]), in the subscriber's language.
 */
export const SHORT_CODE_LENGTH = 10;
export const SHORT_LINK_PATH = "u";

const SHORT_CODE = new RegExp(`^[0-9A-Za-z]{${SHORT_CODE_LENGTH}}$`);

export function isShortCode(value: unknown): value is string {
  return typeof value === "string" && SHORT_CODE.test(value);
}

/** `baseUrl` is the configured public address (PUBLIC_URL), never a request's Host. */
export function shortUnsubscribeUrl(baseUrl: string, code: string): string {
  return `${baseUrl}/${SHORT_LINK_PATH}/${code}`;
}

/** A stand-in code of the real length, for counting what an SMS will cost before it exists. */
export const SAMPLE_SHORT_CODE = "x".repeat(SHORT_CODE_LENGTH);
