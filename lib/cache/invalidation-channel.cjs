// Invalidations between portal instances, over PostgreSQL itself (LISTEN/NOTIFY).
//
// Every instance keeps public pages (the front server's page store) and cached reads (the data
// cache, lib/cache/memory-cache-handler.cjs) in its own memory. A change made on one instance
// is announced on the channel `portal_invalidate` (lib/cache/invalidate.ts): each instance's
// front server and Next.js process listen, and drop what the change touched. A listener that
// lost its connection cannot know what it missed: when it connects again it drops everything
// once, then carries on. Used by CommonJS (the cache handler) and ESM (the front server).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS: loaded by the cache handler
const pg = require("pg");

const CHANNEL = "portal_invalidate";

/**
 * Stored renders (lib/cache/memory-cache-handler.cjs) are dropped by the front server's page
 * keys, given to Next.js's tag invalidation as these tags: `page:<key>`, and `page:*` for all.
 */
const EVERY_PAGE_TAG = "page:*";
/** @param {string} key */
function pageTag(key) {
  return `page:${key}`;
}
/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more: a bigger change purges everything. */
const MAX_PAYLOAD = 7900;

/**
 * The payload announcing a change: the instance it came from, the data cache's tags it touched,
 * and the page keys of the public pages it may alter (none: every page); `all` when everything
 * must go.
 * @param {{ origin: string, tags: string[], pages?: string[] }} change
 */
function encodeInvalidation({ origin, tags, pages }) {
  const payload = JSON.stringify(pages ? { origin, tags, pages } : { origin, tags });
  return payload.length <= MAX_PAYLOAD ? payload : JSON.stringify({ origin, all: true, tags: [] });
}

/** @returns {{ origin: string, tags: string[], pages: string[] | null, all: boolean } | null} */
function decodeInvalidation(payload) {
  try {
    const value = JSON.parse(payload);
    if (!value || typeof value.origin !== "string") return null;
    const tags = Array.isArray(value.tags) ? value.tags.filter((tag) => typeof tag === "string") : [];
    const pages = Array.isArray(value.pages) ? value.pages.filter((key) => typeof key === "string") : null;
    return { origin: value.origin, tags, pages, all: value.all === true };
  } catch {
    return null;
  }
}

/**
 * Listens on the channel until closed, reconnecting with a growing delay (up to 5 s).
 * `onChange` gets each decoded change from another instance; `onResync` runs after every
 * (re)connection, when notifications may have been missed: drop everything once.
 * @param {{ url: string, origin: string, name: string, onChange: (change: { tags: string[], all: boolean }) => void,
 *   onResync: () => void, onState?: (connected: boolean) => void }} options
 */
function listenForInvalidations({ url, origin, name, onChange, onResync, onState = () => {} }) {
  let client = null;
  let closed = false;
  let delay = 250;
  let timer = null;

  function retry() {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    timer.unref?.();
    delay = Math.min(delay * 2, 5000);
  }

  async function connect() {
    const candidate = new pg.Client({ connectionString: url, application_name: name, keepAlive: true });
    const lost = () => {
      if (client === candidate) {
        client = null;
        onState(false);
      }
      retry();
    };
    candidate.on("error", lost);
    candidate.on("end", lost);
    candidate.on("notification", (message) => {
      if (message.channel !== CHANNEL) return;
      const change = decodeInvalidation(message.payload ?? "");
      if (change && change.origin !== origin) onChange(change);
    });
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${CHANNEL}`);
    } catch {
      candidate.end().catch(() => {});
      retry();
      return;
    }
    if (closed) {
      await candidate.end().catch(() => {});
      return;
    }
    client = candidate;
    delay = 250;
    onState(true);
    onResync();
  }

  void connect();
  return {
    get connected() {
      return client !== null;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}

module.exports = { CHANNEL, EVERY_PAGE_TAG, pageTag, encodeInvalidation, decodeInvalidation, listenForInvalidations };
