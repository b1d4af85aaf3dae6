import type { MetadataRoute } from "next";
import { currentMinute, listSitemapArticles } from "@/lib/articles/queries";
import { sectionOf } from "@/lib/articles/states";
import { publicOrigin } from "@/lib/http/absolute-url";
import { LOCALES } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import { listSitemapLibrary } from "@/lib/library/queries";
import { listCommunes } from "@/lib/units/queries";

// Read from the database on each request (cached reads), never at build time.
export const dynamic = "force-dynamic";

/** /sitemap.xml: the sections in every language, communes and every public article address. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, articles, communes, library] = await Promise.all([publicOrigin(), listSitemapArticles(currentMinute()), listCommunes(), listSitemapLibrary()]);
  const url = (path: string) => `${origin}${path}`;
  const pages = LOCALES.flatMap((locale) =>
    ["", "news", "law", "communes", "library", ...communes.map((c) => `communes/${c.slug}`)].map((path) => ({ url: url(localePath(locale, path)) })),
  );
  const articlePages = articles.flatMap((article) =>
    article.translations.map((tr) => ({
      url: url(localePath(tr.locale as (typeof LOCALES)[number], `${sectionOf(article.kind)}/${tr.slug}`)),
      lastModified: article.updatedAt,
    })),
  );
  const libraryPages = LOCALES.flatMap((locale) => library.map((item) => ({ url: url(localePath(locale, `library/${item.id}`)), lastModified: item.updatedAt })));
  return [...pages, ...articlePages, ...libraryPages];
}
