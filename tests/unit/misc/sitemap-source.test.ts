import { describe, expect, it, vi } from "vitest";

// Next's data cache keys a cached read by its key parts and the arguments it is called with: this
// stand-in keeps one result per (key parts, arguments), as the real cache would.
vi.mock("next/cache", () => ({
  unstable_cache: <A extends unknown[], R>(fn: (...args: A) => Promise<R>, parts: string[]) => {
    const kept = new Map<string, Promise<R>>();
    return (...args: A) => {
      const key = JSON.stringify([parts, args]);
      if (!kept.has(key)) kept.set(key, fn(...args));
      return kept.get(key)!;
    };
  },
}));

const { sitemapSource } = await import("@/lib/sitemap/source");

function source(dueByMinute: boolean) {
  const read = {
    count: vi.fn(async (minute: string) => (minute ? 2 : 1)),
    page: vi.fn(async (_minute: string, skip: number) => [{ locale: "every" as const, path: `p/${skip}`, updatedAt: "" }]),
  };
  return { read, cached: sitemapSource(dueByMinute ? "due" : "plain", "tag", read, { dueByMinute }) };
}

describe("sitemap sources in the data cache", () => {
  it("a source without scheduled pages is read once whatever the minute", async () => {
    const { read, cached } = source(false);
    await cached.count("2026-12-06T01:00");
    await cached.count("2026-12-06T01:01");
    await cached.page("2026-12-06T01:00", 0, 10);
    await cached.page("2026-12-06T01:01", 0, 10);
    expect(read.count).toHaveBeenCalledTimes(1);
    expect(read.page).toHaveBeenCalledTimes(1);
  });

  it("a source whose pages fall due at a minute is read again each minute", async () => {
    const { read, cached } = source(true);
    await cached.count("2026-12-06T01:00");
    await cached.count("2026-12-06T01:00");
    await cached.count("2026-12-06T01:01");
    await cached.page("2026-12-06T01:00", 0, 10);
    await cached.page("2026-12-06T01:01", 0, 10);
    expect(read.count.mock.calls.map(([minute]) => minute)).toEqual(["2026-12-06T01:00", "2026-12-06T01:01"]);
    expect(read.page).toHaveBeenCalledTimes(2);
    expect(await cached.count("2026-12-06T01:01")).toBe(2);
  });
});
