import { describe, expect, it } from "vitest";
import { URLS_PER_FILE, fileCount, sitemapFileXml, sitemapIndexXml } from "@/lib/sitemap/xml";

const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `https://p.example/vi/forum/${i}?a=1&b=2`, lastModified: new Date(Date.UTC(2026, 0, 1 + (i % 300))) }));

describe("sitemap index", () => {
  it("splits into files of at most 50,000 URLs, listed by the index", () => {
    expect(URLS_PER_FILE).toBe(50_000);
    expect(fileCount(0)).toBe(1);
    expect(fileCount(50_000)).toBe(1);
    expect(fileCount(50_001)).toBe(2);
    const all = entries(120_001);
    const index = sitemapIndexXml("https://p.example", all);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index.match(/<sitemap>/g)).toHaveLength(3);
    expect(index).toContain("<loc>https://p.example/sitemaps/2.xml</loc>");
    const counts = [0, 1, 2].map((n) => sitemapFileXml(all, n)!.match(/<url>/g)!.length);
    expect(counts).toEqual([50_000, 50_000, 20_001]);
    expect(sitemapFileXml(all, 3)).toBeNull();
    expect(sitemapFileXml(all, -1)).toBeNull();
  });

  it("escapes addresses and gives dates in W3C format", () => {
    const xml = sitemapFileXml(entries(1), 0)!;
    expect(xml).toContain("<loc>https://p.example/vi/forum/0?a=1&amp;b=2</loc>");
    expect(xml).toContain("<lastmod>2026-01-01T00:00:00.000Z</lastmod>");
  });
});
