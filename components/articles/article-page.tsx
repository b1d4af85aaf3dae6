import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PublicFrame } from "@/components/layout/public-frame";
import { articlePageKey } from "@/lib/articles/page-keys";
import { getPublicArticle } from "@/lib/articles/queries";
import { sectionOf, type Section } from "@/lib/articles/states";
import { publicOrigin } from "@/lib/http/absolute-url";
import { LOCALES, isLocale, type Locale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { imageSources } from "@/lib/storage/urls";
import { translationOutdatedSince } from "@/lib/translations/public";
import { articlePath } from "./article-card";
import { ArticleView } from "./article-view";
import { currentMinute } from "@/lib/time/minute";

/**
 * The article behind an address of a section, or null (an address of another section is not
 * its). Once per render (React's cache()): the metadata and the page both need it, and each
 * read of the data cache parses the stored article (its rendered body included) again.
 */
const load = cache(async (section: Section, slug: string) => {
  const found = await getPublicArticle(decodeURIComponent(slug), currentMinute());
  if (found?.status === "ok" && sectionOf(found.article.kind) !== section) return null;
  return found;
});

/** Title, description, canonical and alternate-language addresses, Open Graph. */
export async function articleMetadata(section: Section, params: Promise<{ locale: string; slug: string }>): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const found = await load(section, slug);
  if (found?.status !== "ok") return { robots: { index: false } };
  const { article } = found;
  const picked = pickTranslation(article.translations, locale)!;
  const cover = article.cover ? imageSources(article.cover) : null;
  const languages = Object.fromEntries(
    LOCALES.filter((lng) => article.translations.some((tr) => tr.locale === lng)).map((lng) => [lng, articlePath(article, lng)]),
  );
  return {
    title: picked.value.title,
    description: picked.value.summary,
    alternates: { canonical: articlePath(article, locale), languages },
    robots: article.state === "WITHDRAWN" ? { index: false } : undefined,
    // What this page shows, for the front server's purge by what changed (lib/articles/page-keys.ts).
    other: { "portal-keys": articlePageKey(article.id) },
    openGraph: {
      type: "article",
      title: picked.value.title,
      description: picked.value.summary,
      locale: picked.lang === "en" ? "en_GB" : "vi_VN",
      publishedTime: article.publishAt,
      url: articlePath(article, locale),
      images: cover ? [{ url: cover.src, width: cover.width, height: cover.height, alt: article.coverAlt ?? "" }] : undefined,
    },
  };
}

/**
 * The page itself, in the public frame (a stored page: no layout knows its address): the
 * article, the 410 page of a deleted one, or a 404. The same for every reader: the front server
 * puts each reader's banner in (without one, it shows the province's).
 */
export async function ArticlePage({ section, params }: { section: Section; params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const found = await load(section, slug);
  if (!found) notFound();
  return (
    <PublicFrame locale={locale} path={`/${locale}/${section}/${slug}`} commune={null} stored>
      {found.status === "gone" ? <GoneView locale={locale} section={section} /> : <FoundView article={found} locale={locale} />}
    </PublicFrame>
  );
}

type Found = Extract<Awaited<ReturnType<typeof load>>, { status: "ok" }>;

async function FoundView({ article: { article, related }, locale }: { article: Found; locale: Locale }) {
  const pageUrl = `${await publicOrigin()}${articlePath(article, locale)}`;
  const outdatedSince = await translationOutdatedSince("ARTICLE", article.id, locale, article.translations);
  return <ArticleView article={article} related={related} locale={locale} pageUrl={pageUrl} outdatedSince={outdatedSince} />;
}

/** A page deleted as published in error: says so, and asks the front server for 410 Gone. */
function GoneView({ locale, section }: { locale: Locale; section: Section }) {
  const t = getT(locale, "articles");
  return (
    <div className="mx-auto max-w-2xl py-6">
      <meta name="portal-status" content="410" />
      <meta name="robots" content="noindex" />
      <h1 className="text-2xl font-bold">{t("article.goneTitle")}</h1>
      <p className="mt-3">{t("article.goneBody")}</p>
      <p className="mt-6">
        <a
          href={localePath(locale, section)}
          className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("article.goneLink")}
        </a>
      </p>
    </div>
  );
}
