import "server-only";
import { sitemapArticles } from "@/lib/articles/queries";
import { sitemapDocuments } from "@/lib/documents/queries";
import { sitemapQuestions } from "@/lib/forum/queries";
import { publicOrigin } from "@/lib/http/absolute-url";
import { LOCALES } from "@/lib/i18n/config";
import { sitemapLibrary } from "@/lib/library/queries";
import { localePath } from "@/lib/navigation";
import { sitemapNotices } from "@/lib/notices/queries";
import { sitemapProducers, sitemapProducts } from "@/lib/products/queries";
import { listCommunes } from "@/lib/units/queries";
import { ITEMS_PER_FILE, type SitemapItem, type SitemapSource } from "./source";
import type { SitemapEntry } from "./xml";
import { currentMinute } from "@/lib/time/minute";

/*
 * The sitemap is an index (/sitemap.xml) of files named by what they hold: /sitemaps/pages-0.xml
 * (the sections in every language and the communes), then /sitemaps/<kind>-<n>.xml, page n of a
 * kind (articles, products, producers, notices, questions, library, documents) in a stable order
 * — new items go to the last file, so a crawler sees the older files unchanged. Only the counts
 * are read for the index, and one page of one kind for a file: nothing reads a million addresses.
 */
const SOURCES: readonly SitemapSource[] = [
  sitemapArticles,
  sitemapProducts,
  sitemapProducers,
  sitemapNotices,
  sitemapQuestions,
  sitemapLibrary,
  sitemapDocuments,
];

const SECTIONS = ["", "news", "law", "documents", "notices", "products", "forum", "library", "communes", "contact"];

/** The names of the sitemap's files, in the index's order (a kind with nothing public has none). */
export async function sitemapFileNames(): Promise<{ origin: string; files: string[] }> {
  const minute = currentMinute();
  const [origin, counts] = await Promise.all([publicOrigin(), Promise.all(SOURCES.map((source) => source.count(minute)))]);
  const files = ["pages-0"];
  SOURCES.forEach((source, i) => {
    for (let part = 0; part * ITEMS_PER_FILE < counts[i]!; part++) files.push(`${source.name}-${part}`);
  });
  return { origin, files };
}

/** The addresses of one file (`articles-3`), or null for a name that is no file. */
export async function sitemapFileEntries(name: string): Promise<SitemapEntry[] | null> {
  const match = /^([a-z]+)-(\d{1,6})$/.exec(name);
  if (!match) return null;
  const [, kind, partText] = match;
  const part = Number(partText);
  const origin = await publicOrigin();
  const url = (path: string) => `${origin}${path}`;
  if (kind === "pages") {
    if (part !== 0) return null;
    const communes = await listCommunes();
    const paths = [...SECTIONS, ...communes.map((c) => `communes/${c.slug}`)];
    return LOCALES.flatMap((locale) => paths.map((path) => ({ url: url(localePath(locale, path)) })));
  }
  const source = SOURCES.find((s) => s.name === kind);
  if (!source) return null;
  const items = await source.page(currentMinute(), part * ITEMS_PER_FILE, ITEMS_PER_FILE);
  if (items.length === 0 && part > 0) return null;
  return items.flatMap((item) => addresses(item).map((path) => ({ url: url(path), lastModified: item.updatedAt })));
}

/** An item's paths: its own language's, or the same page in every language (text falls back to Vietnamese). */
function addresses(item: SitemapItem): string[] {
  return item.locale === "every" ? LOCALES.map((locale) => localePath(locale, item.path)) : [localePath(item.locale, item.path)];
}
