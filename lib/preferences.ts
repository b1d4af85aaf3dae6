import { TEXT_SIZE_MAX, TEXT_SIZE_MIN } from "./reader-cookies.mjs";

// The cookies and their parsing are shared with the front server.
export { COMMUNE_COOKIE, TEXT_SIZE_COOKIE, TEXT_SIZE_MAX, TEXT_SIZE_MIN, parseCommuneSlug, parseTextSize } from "./reader-cookies.mjs";

export function nextTextSize(current: number, change: string | null): number {
  if (change === "larger") return Math.min(current + 1, TEXT_SIZE_MAX);
  if (change === "smaller") return Math.max(current - 1, TEXT_SIZE_MIN);
  return 0;
}
