import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { db } from "@/lib/db";
import { encodeInvalidation } from "./invalidation-channel.cjs";
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
 * After a change made in a server action: expire the cached reads tagged with `tags` (the
 * next read sees the change) and the public pages the front server keeps, here and on every
 * other instance.
 */
export async function invalidate(...tags: string[]): Promise<void> {
  for (const tag of tags) updateTag(tag);
  await Promise.all([purgePublicPages(), announce(tags)]);
}

/**
 * After a change whose public pages are known: expire the cached reads tagged with `tags`, and
 * only the stored public pages carrying one of the page keys `pages` (the front server's keys,
 * e.g. lib/articles/page-keys.ts), here and on every other instance.
 */
export async function invalidateSome(tags: string[], pages: string[]): Promise<void> {
  for (const tag of tags) updateTag(tag);
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
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  await Promise.all([purgePublicPages(), announce(tags)]);
}

/** The same as `invalidateSome` after a change made in a route handler (an upload to something whose pages are known). */
export async function invalidateSomeFromRoute(tags: string[], pages: string[]): Promise<void> {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
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
