// The two cookies a public page may depend on, read the same way by the pages (through
// lib/preferences.ts) and by the front server (scripts/lib/front-server.mjs), which keeps one copy
// of a page per reader kind and makes the copies for a text size and a commune from one render
// (scripts/lib/page-variants.mjs).

/** The reader's text size: steps from the default, A− … A+ (applied on the server). */
export const TEXT_SIZE_COOKIE = "portal_text_size";
export const TEXT_SIZE_MIN = -1;
export const TEXT_SIZE_MAX = 3;

/**
 * A text size cookie's value as a step (0, the default, for anything else).
 * @param {string | undefined | null} value
 * @returns {number}
 */
export function parseTextSize(value) {
  const size = Number(value);
  return Number.isInteger(size) && size >= TEXT_SIZE_MIN && size <= TEXT_SIZE_MAX ? size : 0;
}

/** The reader's commune, chosen once: its notices show in the banner of every public page. */
export const COMMUNE_COOKIE = "portal_commune";

/**
 * A commune slug as stored in the cookie, or null.
 * @param {string | undefined | null} value
 * @returns {string | null}
 */
export function parseCommuneSlug(value) {
  return value && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 100 ? value : null;
}
