import "server-only";
import { headers } from "next/headers";

/**
 * The portal's public origin, for links that leave the page (feeds, share links, sitemap):
 * PUBLIC_URL when set (a deployment), else the address the request came to (the front server
 * forwards the reader's host).
 */
export async function publicOrigin(): Promise<string> {
  if (process.env.PUBLIC_URL) return process.env.PUBLIC_URL.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
