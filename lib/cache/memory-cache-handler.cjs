// The data cache and the stored renders of this server process, in memory only.
//
// Next's default handler also writes cached reads (unstable_cache) to .next/cache on disk,
// where they outlive the process: after a database restore, a reseed or a fresh test database,
// the portal would keep serving rows that no longer exist until someone edits them. Cached
// reads here live exactly as long as the process; tag invalidation (updateTag/revalidateTag)
// drops them. With several portal instances on one database, a change made on another instance
// arrives over PostgreSQL (LISTEN/NOTIFY, lib/cache/invalidation-channel.cjs) and drops the same
// tags here; after a lost connection to the channel, everything is dropped once.
//
// Stored renders are the public pages Next.js renders once and keeps (app/(stored)): kept apart
// from the reads, each with what it shows as the front server reads it (its page keys,
// scripts/lib/page-html.mjs), and dropped exactly when the front server drops its copies — by
// those keys (lib/cache/invalidate.ts gives them as `page:<key>` tags), or everything — or when
// the page's own validity ends (a notice in its banner expires), not when a read it made is
// invalidated: "articles" changes with every article, an article's page only with its own.
//
// Both bounded by entries and by bytes (keys included): 20,000 distinct addresses must not grow
// the process without limit.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next.js loads this handler as CommonJS
const { EVERY_PAGE_TAG, listenForInvalidations, pageTag } = require("./invalidation-channel.cjs");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the front server's reading of a page (ES module, require(esm))
const { pageKeys, validUntil } = require("../../scripts/lib/page-html.mjs");

const NEXT_CACHE_TAGS = "x-next-cache-tags";

/** A least-recently-used map bounded by entries and bytes. */
class Store {
  constructor(maxEntries, maxBytes) {
    /** @type {Map<string, { value: any; lastModified: number; tags: string[]; size: number; validUntil: number | null }>} */
    this.entries = new Map();
    this.bytes = 0;
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.validUntil !== null && Date.now() >= entry.validUntil) {
      this.remove(key);
      return null;
    }
    // Least recently used first out: re-insert on read.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key, entry) {
    this.remove(key);
    this.entries.set(key, entry);
    this.bytes += entry.size;
    while (this.entries.size > this.maxEntries || (this.bytes > this.maxBytes && this.entries.size > 1))
      this.remove(this.entries.keys().next().value);
  }

  remove(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.size;
    this.entries.delete(key);
  }

  dropTags(tags) {
    const wanted = new Set(tags);
    for (const [key, entry] of this.entries) if (entry.tags.some((tag) => wanted.has(tag))) this.remove(key);
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }
}

// One pair of stores per process: Next.js loads this file itself and may bundle a second copy of
// it into its server chunks (the copy a route sees); both must hold, drop and count the same.
const state = globalThis;
state.portalCacheStores ??= {
  reads: new Store(5000, Number(process.env.DATA_CACHE_MAX_BYTES ?? 64 * 1024 * 1024)),
  renders: new Store(5000, Number(process.env.RENDER_STORE_MAX_BYTES ?? 64 * 1024 * 1024)),
};
const { reads, renders } = state.portalCacheStores;

function readSize(key, value) {
  try {
    return key.length * 2 + Buffer.byteLength(JSON.stringify(value) ?? "");
  } catch {
    return key.length * 2 + 1024;
  }
}

function byteLength(value) {
  if (!value) return 0;
  return typeof value === "string" ? Buffer.byteLength(value) : (value.byteLength ?? 0);
}

/** A stored render of `path` as kept here, or null for one not to keep (a 404: an address anyone can make up). */
function renderEntry(path, value) {
  if ((value.status ?? 200) !== 200 || typeof value.html !== "string") return null;
  let size = path.length * 2 + byteLength(value.html) + byteLength(value.rscData);
  for (const [segment, data] of value.segmentData ?? []) size += segment.length * 2 + byteLength(data);
  // What it shows, as the front server reads it; the reads' tags Next.js noted no longer expire it.
  const headers = { ...value.headers };
  delete headers[NEXT_CACHE_TAGS];
  return {
    value: { ...value, headers },
    lastModified: Date.now(),
    tags: [EVERY_PAGE_TAG, ...pageKeys(path, value.html).map(pageTag)],
    size,
    validUntil: validUntil(value.html),
  };
}

function dropAll() {
  reads.clear();
  renders.clear();
}

function dropPages(keys) {
  if (keys === null) renders.clear();
  else renders.dropTags(keys.map(pageTag));
}

// Listen once per process, and only when the start script says instances share a database.
if (process.env.PORTAL_INVALIDATION === "listen" && process.env.DATABASE_URL && !state.portalDataCacheListener) {
  state.portalDataCacheListener = listenForInvalidations({
    url: process.env.DATABASE_URL,
    origin: process.env.PORTAL_INSTANCE_ID ?? "",
    name: "portal-data-cache",
    onChange: (change) => {
      if (change.all) return dropAll();
      reads.dropTags(change.tags);
      dropPages(change.pages);
    },
    onResync: dropAll,
  });
}

/** What both hold, for the metrics (app/api/internal/caches) and tests. */
function stats() {
  return { entries: reads.entries.size, bytes: reads.bytes, renders: renders.entries.size, renderBytes: renders.bytes };
}
state.portalCacheStats = stats;

module.exports = class MemoryCacheHandler {
  static stats() {
    return stats();
  }

  async get(key) {
    const entry = renders.get(key) ?? reads.get(key);
    return entry && { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    reads.remove(key);
    renders.remove(key);
    if (data === null) return;
    if (data.kind === "APP_PAGE") {
      const entry = renderEntry(key, data);
      if (entry) renders.set(key, entry);
      return;
    }
    reads.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [], size: readSize(key, data), validUntil: null });
  }

  async revalidateTag(tags) {
    const list = [tags].flat();
    reads.dropTags(list);
    renders.dropTags(list);
  }

  resetRequestCache() {}
};
