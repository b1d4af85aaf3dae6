import "server-only";
import { listSitemapArticles } from "@/lib/articles/queries";
import { sectionOf } from "@/lib/articles/states";
import { listSitemapQuestions } from "@/lib/forum/queries";
import { publicOrigin } from "@/lib/http/absolute-url";
import { LOCALES } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import { listSitemapNotices } from "@/lib/notices/queries";
import { listSitemapLibrary } from "@/lib/library/queries";
import { listSitemapShowcase } from "@/lib/products/queries";
import { listCommunes } from "@/lib/units/queries";
import { listDocumentSlugs } from "@/lib/documents/queries";
import type { SitemapEntry } from "./xml";
import { currentMinute } from "@/lib/time/minute";

/**
 * Every public address for the sitemap (app/sitemap.xml, app/sitemaps/[file]): the sections in
 * every language, communes, every public article, notice, forum question, library item and legal document.
 */
export async function sitemapEntries(): Promise<{ origin: string; entries: SitemapEntry[] }> {
  const [origin, articles, communes, notices, questions, library, showcase] = await Promise.all([
    publicOrigin(),
    listSitemapArticles(currentMinute()),
    listCommunes(),
    listSitemapNotices(),
    listSitemapQuestions(),
    listSitemapLibrary(),
    listSitemapShowcase(),
  ]);
  const documents = await listDocumentSlugs();
  const url = (path: string) => `${origin}${path}`;
  const pages = LOCALES.flatMap((locale) =>
    ["", "news", "law", "documents", "notices", "products", "forum", "library", "communes", "contact", ...communes.map((c) => `communes/${c.slug}`)].map((path) => ({ url: url(localePath(locale, path)) })),
  );
  const articlePages = articles.flatMap((article) =>
    article.translations.map((tr) => ({
      url: url(localePath(tr.locale as (typeof LOCALES)[number], `${sectionOf(article.kind)}/${tr.slug}`)),
      lastModified: article.updatedAt,
    })),
  );
  const productPages = showcase.products.flatMap((product) =>
    product.translations.map((tr) => ({ url: url(localePath(tr.locale as (typeof LOCALES)[number], `products/${tr.slug}`)), lastModified: product.updatedAt })),
  );
  // A producer's story exists in Vietnamese and English only.
  const producerPages = showcase.producers.flatMap((producer) =>
    (["vi", "en"] as const).map((locale) => ({ url: url(localePath(locale, `producers/${producer.slug}`)), lastModified: producer.updatedAt })),
  );
  // Pages addressed by id or number exist in every language (the text falls back to Vietnamese).
  const inEveryLocale = (items: { path: string; updatedAt: Date | string }[]) =>
    LOCALES.flatMap((locale) => items.map((item) => ({ url: url(localePath(locale, item.path)), lastModified: item.updatedAt })));
  const entries: SitemapEntry[] = [
    ...pages,
    ...articlePages,
    ...productPages,
    ...producerPages,
    ...inEveryLocale(notices.map((n) => ({ path: `notices/${n.id}`, updatedAt: n.updatedAt }))),
    ...inEveryLocale(questions.map((q) => ({ path: `forum/${q.number}`, updatedAt: q.updatedAt }))),
    ...inEveryLocale(library.map((item) => ({ path: `library/${item.id}`, updatedAt: item.updatedAt }))),
    ...inEveryLocale(documents.map((doc) => ({ path: `documents/${doc.slug}`, updatedAt: doc.updatedAt }))),
  ];
  return { origin, entries };
}
