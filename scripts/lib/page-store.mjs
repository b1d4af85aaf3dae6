// The front server's store of rendered pages (scripts/lib/front-server.mjs).

/**
 * An LRU of rendered pages, bounded by total bytes: the three encodings of each page, its key
 * and its page keys (20,000 distinct addresses with long queries must not grow it unbounded).
 */
export class PageStore {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.entries = new Map();
  }
  static weight(key, entry) {
    return entry.size + Buffer.byteLength(key) + entry.keys.reduce((sum, k) => sum + k.length, 0) + 256;
  }
  get(key) {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }
  set(key, entry) {
    this.delete(key);
    entry.weight = PageStore.weight(key, entry);
    this.entries.set(key, entry);
    this.bytes += entry.weight;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }
  delete(key) {
    const entry = this.entries.get(key);
    if (entry) {
      this.bytes -= entry.weight;
      this.entries.delete(key);
    }
  }
  clear() {
    this.entries.clear();
    this.bytes = 0;
  }
}
