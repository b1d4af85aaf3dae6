// The data cache of this server process, in memory only.
//
// Next's default handler also writes cached reads (unstable_cache) to .next/cache on disk,
// where they outlive the process: after a database restore, a reseed or a fresh test database,
// the portal would keep serving rows that no longer exist until someone edits them. Cached
// reads here live exactly as long as the process; tag invalidation (updateTag/revalidateTag)
// drops them. With several portal instances behind a balancer, each keeps its own cache and a
// change is seen at once only by the instance that made it: use a shared handler (Redis) there.
const MAX_ENTRIES = 5000;

/** @type {Map<string, { value: unknown; lastModified: number; tags: string[] }>} */
const entries = new Map();

module.exports = class MemoryCacheHandler {
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    // Least recently used last out: re-insert on read.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    entries.delete(key);
    if (data === null) return;
    entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const wanted = new Set([tags].flat());
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => wanted.has(tag))) entries.delete(key);
    }
  }

  resetRequestCache() {}
};
