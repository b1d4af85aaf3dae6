/**
 * Times that decide what the public sees — an article's publication, a notice's start and
 * expiry — are whole minutes: the back office's time fields have no seconds and "now" is rounded
 * down. Public reads compare them with the current minute, with no job: every read asks for
 * `publishAt <= now` or `expiresAt > now`, where `now` is the current minute and part of each
 * cached read's key. So a cached answer never outlives its minute, an article published now is
 * public at once, a scheduled one from its minute on, and a notice expiring at 18:00 leaves every
 * list and banner at 18:00 exactly (plus at most PAGE_CACHE_TTL for a page the front server
 * already holds); within one minute every reader shares one query.
 */

/** The start of the minute `time` falls in. */
export function startOfMinute(time: number | Date): Date {
  return new Date(Math.floor(new Date(time).getTime() / 60_000) * 60_000);
}

/** The current minute as the key of cached reads (cached results are JSON: dates come back as ISO strings). */
export function currentMinute(now = Date.now()): string {
  return startOfMinute(now).toISOString();
}
