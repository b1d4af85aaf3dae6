/**
 * The client's address as the reverse proxy in front of the portal reports it (the first
 * X-Forwarded-For entry; `next start` fills the header from the socket when no proxy set it).
 * Used only for throttling and the audit trail. A client talking to the portal directly can
 * forge it, which is why sign-in is also throttled per account.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  if (first) return first.slice(0, 64);
  return headers.get("x-real-ip")?.slice(0, 64) ?? null;
}
