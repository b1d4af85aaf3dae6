/** The origin a candidate path is resolved against: any fixed origin will do, none is real. */
const PROBE_ORIGIN = "http://portal.invalid";

/**
 * A path to send the user to after a form or a sign-in: only a path on this site. The value is
 * read as a browser reads a Location header (the WHATWG URL parser): browsers drop tabs and
 * newlines and take "\" for "/", so "/\t/evil.example" and "/\\evil.example" both lead to
 * //evil.example. Anything with a control character or a backslash is refused outright; the rest
 * must resolve on this origin, and is returned as the parser serialises it, which can never
 * start with "//".
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.length > 2048) return fallback;
  if (/[\u0000-\u001F\u007F\\]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
