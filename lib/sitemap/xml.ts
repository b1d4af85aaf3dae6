/**
 * The sitemap protocol's limit: at most 50,000 URLs per file. /sitemap.xml is an index of
 * /sitemaps/<n>.xml files, each within the limit (at 100,000 articles and questions in five
 * languages, one file would hold ~1,000,000 URLs).
 */
export const URLS_PER_FILE = 50_000;

export type SitemapEntry = { url: string; lastModified?: Date | string };

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
const isoDate = (value: Date | string) => new Date(value).toISOString();

/** How many files `count` URLs take (at least one, so the index is never empty). */
export function fileCount(count: number, perFile = URLS_PER_FILE): number {
  return Math.max(1, Math.ceil(count / perFile));
}

/** The index: one <sitemap> per file, with the newest change among its URLs. */
export function sitemapIndexXml(origin: string, entries: SitemapEntry[], perFile = URLS_PER_FILE): string {
  const files = Array.from({ length: fileCount(entries.length, perFile) }, (_, n) => {
    const slice = entries.slice(n * perFile, (n + 1) * perFile);
    const newest = slice.reduce<number | null>((max, entry) => {
      if (!entry.lastModified) return max;
      const time = new Date(entry.lastModified).getTime();
      return max === null || time > max ? time : max;
    }, null);
    return `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${n}.xml`)}</loc>${newest !== null ? `<lastmod>${new Date(newest).toISOString()}</lastmod>` : ""}</sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.join("\n")}\n</sitemapindex>\n`;
}

/** File `n` of the sitemap, or null past the last one. */
export function sitemapFileXml(entries: SitemapEntry[], n: number, perFile = URLS_PER_FILE): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= fileCount(entries.length, perFile)) return null;
  const urls = entries
    .slice(n * perFile, (n + 1) * perFile)
    .map((entry) => `<url><loc>${escapeXml(entry.url)}</loc>${entry.lastModified ? `<lastmod>${isoDate(entry.lastModified)}</lastmod>` : ""}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
