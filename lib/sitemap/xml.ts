/** Sitemap protocol documents: the index and one file (at most URLS_PER_FILE addresses, lib/sitemap/source.ts). */
export type SitemapEntry = { url: string; lastModified?: Date | string };

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
const isoDate = (value: Date | string) => new Date(value).toISOString();

/** The index: one <sitemap> per file name (`articles-0` → <origin>/sitemaps/articles-0.xml). */
export function sitemapIndexXml(origin: string, files: readonly string[]): string {
  const rows = files.map((name) => `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${name}.xml`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join("\n")}\n</sitemapindex>\n`;
}

/** One file of the sitemap. */
export function sitemapFileXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.url)}</loc>${entry.lastModified ? `<lastmod>${isoDate(entry.lastModified)}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
