/**
 * Tells the front server (scripts/lib/front-server.mjs) not to serve this page from its store
 * after `time`: the first expiry of a notice the page shows.
 */
export function ValidUntil({ time }: { time: string | null }) {
  return time ? <meta name="portal-valid-until" content={time} /> : null;
}
