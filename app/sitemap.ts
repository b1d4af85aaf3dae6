import type { MetadataRoute } from "next";
import { currentMinute, listSitemapArticles } from "@/lib/articles/queries";
import { sectionOf } from "@/lib/articles/states";
import { listSitemapQuestions } from "@/lib/forum/queries";
import { publicOrigin } from "@/lib/http/absolute-url";
import { LOCALES } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import { listSitemapNotices } from "@/lib/notices/queries";
import { listCommunes } from "@/lib/units/queries";

// Read from the database on each request (cached reads), never at build time.
export const dynamic = "force-dynamic";

/** /sitemap.xml: the sections in every language, communes, every public article, notice and forum question. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, articles, communes, notices, questions] = await Promise.all([
    publicOrigin(),
    listSitemapArticles(currentMinute()),
    listCommunes(),
    listSitemapNotices(),
    listSitemapQuestions(),
  ]);
  const url = (path: string) => `${origin}${path}`;
  const pages = LOCALES.flatMap((locale) =>
    ["", "news", "law", "notices", "forum", "communes", ...communes.map((c) => `communes/${c.slug}`)].map((path) => ({ url: url(localePath(locale, path)) })),
  );
  const articlePages = articles.flatMap((article) =>
    article.translations.map((tr) => ({
      url: url(localePath(tr.locale as (typeof LOCALES)[number], `${sectionOf(article.kind)}/${tr.slug}`)),
      lastModified: article.updatedAt,
    })),
  );
  const noticePages = LOCALES.flatMap((locale) =>
    notices.map((notice) => ({ url: url(localePath(locale, `notices/${notice.id}`)), lastModified: notice.updatedAt })),
  );
  const questionPages = LOCALES.flatMap((locale) =>
    questions.map((question) => ({ url: url(localePath(locale, `forum/${question.number}`)), lastModified: question.updatedAt })),
  );
  return [...pages, ...articlePages, ...noticePages, ...questionPages];
}
