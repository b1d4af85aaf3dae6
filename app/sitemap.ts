import type { MetadataRoute } from "next";
import { currentMinute, listSitemapArticles } from "@/lib/articles/queries";
import { sectionOf } from "@/lib/articles/states";
import { publicOrigin } from "@/lib/http/absolute-url";
import { LOCALES } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import { listSitemapShowcase } from "@/lib/products/queries";
import { listCommunes } from "@/lib/units/queries";

// Read from the database on each request (cached reads), never at build time.
export const dynamic = "force-dynamic";

/** /sitemap.xml: the sections in every language, communes and every public article address. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, articles, communes, showcase] = await Promise.all([publicOrigin(), listSitemapArticles(currentMinute()), listCommunes(), listSitemapShowcase()]);
  const url = (path: string) => `${origin}${path}`;
  const pages = LOCALES.flatMap((locale) =>
    ["", "news", "law", "products", "communes", ...communes.map((c) => `communes/${c.slug}`)].map((path) => ({ url: url(localePath(locale, path)) })),
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
  const producerPages = showcase.producers.flatMap((producer) =>
    (["vi", "en"] as const).map((locale) => ({ url: url(localePath(locale, `producers/${producer.slug}`)), lastModified: producer.updatedAt })),
  );
  return [...pages, ...articlePages, ...productPages, ...producerPages];
}
