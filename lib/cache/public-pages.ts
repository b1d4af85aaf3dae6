/**
 * Tells the front server (scripts/lib/front-server.mjs) that public pages changed, so it drops
 * the pages it keeps: all of them, or only those under one language's prefix (`/tyz/…`) when
 * only that language changed (an approved translation). Without a front server (`npm run dev`)
 * there is nothing to tell.
 */
export async function purgePublicPages(locale?: string): Promise<void> {
  const base = process.env.PAGE_CACHE_PURGE_URL;
  const url = base && locale ? `${base}?locale=${encodeURIComponent(locale)}` : base;
  const token = process.env.PAGE_CACHE_PURGE_TOKEN;
  if (!url || !token) return;
  try {
    await fetch(url, { method: "POST", headers: { "x-purge-token": token }, signal: AbortSignal.timeout(2000) });
  } catch (error) {
    // The change is saved; pages expire within PAGE_CACHE_TTL anyway. Say so in the log.
    console.error("Could not purge the public page cache:", error instanceof Error ? error.message : error);
  }
}
