import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { purgePublicPages } from "./public-pages";

/**
 * After a change made in a server action: expire the cached reads tagged with `tags` (the
 * next read sees the change) and the public pages the front server keeps.
 */
export async function invalidate(...tags: string[]): Promise<void> {
  for (const tag of tags) updateTag(tag);
  await purgePublicPages();
}

/**
 * The same after a change made in a route handler (an upload), where `updateTag` is not
 * available: the tagged reads expire at once (no stale answer is served), pages are purged.
 */
export async function invalidateFromRoute(...tags: string[]): Promise<void> {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  await purgePublicPages();
}

/**
 * After a change that only one language's pages show (an approved translation): the tagged
 * reads expire, and only that language's stored pages are purged.
 */
export async function invalidateLanguage(locale: string, ...tags: string[]): Promise<void> {
  for (const tag of tags) updateTag(tag);
  await purgePublicPages(locale);
}
