import { unstable_cache } from "next/cache";
import { LOCALES, type Locale } from "@/lib/i18n/config";

/**
 * One kind of public page for the sitemap (articles, questions, …), read a file at a time.
 *
 * The sitemap lists every public address: at 100,000 articles and 100,000 questions in five
 * languages that is about a million URLs, so nothing reads them all at once. A kind is counted
 * (for the index) and read in pages of at most ITEMS_PER_FILE items, in a stable order, so that
 * one file of the sitemap is one page of one kind. An item gives at most one address per
 * language, so a file never exceeds the protocol's 50,000 URLs.
 */
export const URLS_PER_FILE = 50_000;
export const ITEMS_PER_FILE = Math.floor(URLS_PER_FILE / LOCALES.length);

/** One item's addresses: a path per language (`locale: "every"`: the same path in every language). */
export type SitemapItem = { locale: Locale | "every"; path: string; updatedAt: string };

/**
 * `minute` (an ISO minute, from currentMinute()) is given to every read; a source whose pages
 * become due at a minute (a scheduled article enters the sitemap at that minute, not at the next
 * purge) says so with `dueByMinute`, and only then is the minute part of its reads' cache keys:
 * the other sources' files stay cached until their domain changes.
 */
type Reads = {
  count: (minute: string) => Promise<number>;
  /** Items `skip` … `skip + take`, in the source's stable order. */
  page: (minute: string, skip: number, take: number) => Promise<SitemapItem[]>;
};

export type SitemapSource = Reads & { name: string };

/** A source whose count and pages are kept in the data cache under the domain's tag. */
export function sitemapSource(name: string, tag: string, read: Reads, { dueByMinute = false } = {}): SitemapSource {
  const options = { tags: [tag] };
  if (dueByMinute)
    return {
      name,
      count: unstable_cache(read.count, [`sitemap-count-${name}`], options),
      page: unstable_cache(read.page, [`sitemap-page-${name}`], options),
    };
  const count = unstable_cache(() => read.count(""), [`sitemap-count-${name}`], options);
  const page = unstable_cache((skip: number, take: number) => read.page("", skip, take), [`sitemap-page-${name}`], options);
  return { name, count: () => count(), page: (_minute, skip, take) => page(skip, take) };
}
