/** The reader's text size: steps from the default, A− … A+ (cookie, applied on the server). */
export const TEXT_SIZE_COOKIE = "portal_text_size";
export const TEXT_SIZE_MIN = -1;
export const TEXT_SIZE_MAX = 3;

export function parseTextSize(value: string | undefined | null): number {
  const size = Number(value);
  return Number.isInteger(size) && size >= TEXT_SIZE_MIN && size <= TEXT_SIZE_MAX ? size : 0;
}

export function nextTextSize(current: number, change: string | null): number {
  if (change === "larger") return Math.min(current + 1, TEXT_SIZE_MAX);
  if (change === "smaller") return Math.max(current - 1, TEXT_SIZE_MIN);
  return 0;
}

/** The reader's commune, chosen once: its notices show in the banner of every public page. */
export const COMMUNE_COOKIE = "portal_commune";

/** A commune slug as stored in the cookie, or null. */
export function parseCommuneSlug(value: string | undefined | null): string | null {
  return value && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 100 ? value : null;
}
