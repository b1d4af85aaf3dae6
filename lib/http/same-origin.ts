/**
 * A request sent by this site's own pages, not by a foreign page the reader happened to open
 * (cross-site request forgery). Browsers say where a request comes from in Sec-Fetch-Site (all
 * current ones) and Origin (every cross-origin POST): either naming another site refuses it.
 * A request with neither (a script, an old browser) is not a forgery a page can make, since
 * every browser that submits a form across sites sends Origin.
 */
export function sameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  if (origin === "null") return false;
  // The host the browser used: the front server passes it on as X-Forwarded-Host.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
