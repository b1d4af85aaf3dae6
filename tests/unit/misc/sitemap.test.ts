import { describe, expect, it } from "vitest";
import { sitemapFileXml, sitemapIndexXml } from "@/lib/sitemap/xml";

describe("sitemap documents", () => {
  it("the index lists each named file under /sitemaps/", () => {
    const index = sitemapIndexXml("https://p.example", ["pages-0", "articles-0", "articles-1"]);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index.match(/<sitemap>/g)).toHaveLength(3);
    expect(index).toContain("<loc>https://p.example/sitemaps/articles-1.xml</loc>");
  });

  it("escapes addresses and gives dates in W3C format", () => {
    const xml = sitemapFileXml([
      { url: "https://p.example/vi/forum/0?a=1&b=2", lastModified: new Date(Date.UTC(2026, 0, 1)) },
      { url: "https://p.example/vi" },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<loc>https://p.example/vi/forum/0?a=1&amp;b=2</loc><lastmod>2026-01-01T00:00:00.000Z</lastmod>");
    expect(xml).toContain("<url><loc>https://p.example/vi</loc></url>");
  });
});
