/**
 * A path to send the user to after a form: only a path on this site, never "//host" or
 * "/\host" (which browsers treat as another site) and never a full URL.
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
