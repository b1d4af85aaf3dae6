// The data cache of this server process, in memory only.
//
// Next's default handler also writes cached reads (unstable_cache) to .next/cache on disk,
// where they outlive the process: after a database restore, a reseed or a fresh test database,
// the portal would keep serving rows that no longer exist until someone edits them. Cached
// reads here live exactly as long as the process; tag invalidation (updateTag/revalidateTag)
// drops them. With several portal instances on one database, a change made on another instance
// arrives over PostgreSQL (LISTEN/NOTIFY, lib/cache/invalidation-channel.cjs) and drops the same
// tags here; after a lost connection to the channel, everything is dropped once.
//
// Bounded by entries and by bytes (the JSON size of what is kept, keys included): 20,000
// distinct addresses must not grow the process without limit.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next.js loads this handler as CommonJS
const { listenForInvalidations } = require("./invalidation-channel.cjs");

const MAX_ENTRIES = 5000;
const MAX_BYTES = Number(process.env.DATA_CACHE_MAX_BYTES ?? 64 * 1024 * 1024);

/** @type {Map<string, { value: unknown; lastModified: number; tags: string[]; size: number }>} */
const entries = new Map();
let bytes = 0;

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  bytes -= entry.size;
  entries.delete(key);
}

function dropTags(tags) {
  const wanted = new Set(tags);
  for (const [key, entry] of entries) {
    if (entry.tags.some((tag) => wanted.has(tag))) remove(key);
  }
}

function dropAll() {
  entries.clear();
  bytes = 0;
}

function sizeOf(key, value) {
  try {
    return key.length * 2 + Buffer.byteLength(JSON.stringify(value) ?? "");
  } catch {
    return key.length * 2 + 1024;
  }
}

// Listen once per process, and only when the start script says instances share a database.
const state = globalThis;
if (process.env.PORTAL_INVALIDATION === "listen" && process.env.DATABASE_URL && !state.portalDataCacheListener) {
  state.portalDataCacheListener = listenForInvalidations({
    url: process.env.DATABASE_URL,
    origin: process.env.PORTAL_INSTANCE_ID ?? "",
    name: "portal-data-cache",
    onChange: (change) => (change.all ? dropAll() : dropTags(change.tags)),
    onResync: dropAll,
  });
}

module.exports = class MemoryCacheHandler {
  /** For metrics and tests. */
  static stats() {
    return { entries: entries.size, bytes };
  }

  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    // Least recently used last out: re-insert on read.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    remove(key);
    if (data === null) return;
    const size = sizeOf(key, data);
    entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [], size });
    bytes += size;
    while (entries.size > MAX_ENTRIES || (bytes > MAX_BYTES && entries.size > 1)) remove(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    dropTags([tags].flat());
  }

  resetRequestCache() {}
};
