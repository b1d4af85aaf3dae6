import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { db } from "@/lib/db";
import { EVERY_PAGE_TAG, encodeInvalidation, pageTag } from "./invalidation-channel.cjs";
import { purgePublicPages } from "./public-pages";
import { requestLog } from "@/lib/log/server";

/**
 * Tells the other portal instances on this database what changed (PostgreSQL NOTIFY on the
 * portal's channel; their front servers and data caches listen, lib/cache/invalidation-channel.cjs).
 * The change is saved already: a failed announcement is logged, the other instances' pages
 * expire within PAGE_CACHE_TTL anyway.
 */
async function announce(tags: string[], pages?: string[]): Promise<void> {
  if (process.env.PORTAL_INVALIDATION !== "listen") return;
  const payload = encodeInvalidation({ origin: process.env.PORTAL_INSTANCE_ID ?? "", tags, pages });
  try {
    await db.$executeRaw`SELECT pg_notify('portal_invalidate', ${payload})`;
  } catch (error) {
    (await requestLog()).error({ err: error }, "could not announce a change to the other instances");
  }
}

/**
 * The tags that expire, with the cached reads tagged `tags`, the pages Next.js stores
 * (app/(stored), lib/cache/memory-cache-handler.cjs) carrying one of the page keys `pages` (all
 * of them when not given): the same pages the front server drops.
 */
function expiring(tags: string[], pages?: string[]): string[] {
  return [...tags, ...(pages ? pages.map(pageTag) : [EVERY_PAGE_TAG])];
}

/**
 * After a change made in a server action: expire the cached reads tagged with `tags` (the
 * next read sees the change) and the public pages kept (the front server's and Next's stored
 * renders), here and on every other instance.
 */
export async function invalidate(...tags: string[]): Promise<void> {
  for (const tag of expiring(tags)) updateTag(tag);
  await Promise.all([purgePublicPages(), announce(tags)]);
}

/**
 * After a change whose public pages are known: expire the cached reads tagged with `tags`, and
 * only the stored public pages carrying one of the page keys `pages` (the front server's keys,
 * e.g. lib/articles/page-keys.ts), here and on every other instance.
 */
export async function invalidateSome(tags: string[], pages: string[]): Promise<void> {
  for (const tag of expiring(tags, pages)) updateTag(tag);
  await Promise.all([purgePublicPages(pages), announce(tags, pages)]);
}

/**
 * Runs a change that may move what it changes (a product to another producer, a question to
 * another commune) and gives the page keys of both sides: `keys()` taken before and after.
 */
export async function keysAround(keys: () => Promise<string[]>, change: () => Promise<unknown>): Promise<string[]> {
  const before = await keys();
  await change();
  return [...new Set([...before, ...(await keys())])];
}

/**
 * The same after a change made in a route handler (an upload), where `updateTag` is not
 * available: the tagged reads expire at once (no stale answer is served), pages are purged.
 */
export async function invalidateFromRoute(...tags: string[]): Promise<void> {
  for (const tag of expiring(tags)) revalidateTag(tag, { expire: 0 });
  await Promise.all([purgePublicPages(), announce(tags)]);
}

/** The same as `invalidateSome` after a change made in a route handler (an upload to something whose pages are known). */
export async function invalidateSomeFromRoute(tags: string[], pages: string[]): Promise<void> {
  for (const tag of expiring(tags, pages)) revalidateTag(tag, { expire: 0 });
  await Promise.all([purgePublicPages(pages), announce(tags, pages)]);
}

/** The page key of every stored page in one language (the front server's `locale:` key). */
export function languagePages(locale: string): string[] {
  return [`locale:${locale}`];
}

/**
 * After a change that only one language's pages show (an approved translation): the tagged
 * reads expire, and only that language's stored pages are purged.
 */
export async function invalidateLanguage(locale: string, ...tags: string[]): Promise<void> {
  await invalidateSome(tags, languagePages(locale));
}
