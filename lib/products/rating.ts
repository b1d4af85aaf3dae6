/** An OCOP rating is valid for 36 months from the date it was recognised. */
export const RATING_VALID_MONTHS = 36;
/** The back office warns about ratings that expire within this many days. */
export const EXPIRING_SOON_DAYS = 90;

/** `date` plus `months` calendar months (UTC), the day clamped to the month's length. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), last)));
}

/** The day a rating recognised on `date` stops being valid. */
export function ratingExpiresAt(date: Date): Date {
  return addMonths(date, RATING_VALID_MONTHS);
}

export type RatingStatus =
  | { kind: "none" }
  | { kind: "valid"; stars: number; expiresAt: Date; expiringSoon: boolean }
  | { kind: "expired"; stars: number; expiredAt: Date };

/**
 * What a product's OCOP rating is at `now`, computed when read so that nobody has to remember
 * to take stars off: within 36 months of the date recognised it shows its stars, after that
 * "rating expired".
 */
export function ratingStatus(rating: { ocopStars: number | null; ocopDate: Date | string | null }, now: Date): RatingStatus {
  if (!rating.ocopStars || !rating.ocopDate) return { kind: "none" };
  const expiresAt = ratingExpiresAt(new Date(rating.ocopDate));
  if (now >= expiresAt) return { kind: "expired", stars: rating.ocopStars, expiredAt: expiresAt };
  const soon = expiresAt.getTime() - now.getTime() <= EXPIRING_SOON_DAYS * 24 * 60 * 60 * 1000;
  return { kind: "valid", stars: rating.ocopStars, expiresAt, expiringSoon: soon };
}

/** The earliest recognition date whose rating is still valid at `now` (for queries). */
export function validSince(now: Date): Date {
  return addMonths(now, -RATING_VALID_MONTHS);
}

/** The current month (1–12) in the province's time zone (UTC+7), for "available this month". */
export function provinceMonth(now: Date): number {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).getUTCMonth() + 1;
}
