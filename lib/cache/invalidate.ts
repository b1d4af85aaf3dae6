import "server-only";
import { updateTag } from "next/cache";
import { purgePublicPages } from "./public-pages";

/**
 * After a change made in a server action: expire the cached reads tagged with `tags` (the
 * next read sees the change) and the public pages the front server keeps.
 */
export async function invalidate(...tags: string[]): Promise<void> {
  for (const tag of tags) updateTag(tag);
  await purgePublicPages();
}
