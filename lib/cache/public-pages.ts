import { requestLog } from "@/lib/log/server";

/**
 * Whether a front server serves this portal's public pages (`npm start` gives Next.js its purge
 * address): it then puts each reader's notice banner into a page stored for every reader.
 */
export function frontServerInFront(): boolean {
  return Boolean(process.env.PAGE_CACHE_PURGE_URL && process.env.PAGE_CACHE_PURGE_TOKEN);
}

/**
 * Tells the front server (scripts/lib/front-server.mjs) that public pages changed, so it drops
 * the pages it keeps: those carrying one of the page keys `pages`, or all of them.
 * Without a front server (`npm run dev`) there is nothing to tell.
 */
export async function purgePublicPages(pages?: string[]): Promise<void> {
  const url = process.env.PAGE_CACHE_PURGE_URL;
  const token = process.env.PAGE_CACHE_PURGE_TOKEN;
  if (!url || !token) return;
  try {
    await fetch(url, {
      method: "POST",
      headers: { "x-purge-token": token, "content-type": "application/json" },
      body: pages ? JSON.stringify({ keys: pages }) : undefined,
      signal: AbortSignal.timeout(2000),
    });
  } catch (error) {
    // The change is saved; pages expire within PAGE_CACHE_TTL anyway. Say so in the log.
    (await requestLog()).error({ err: error }, "could not purge the public page cache");
  }
}
