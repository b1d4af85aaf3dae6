import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionPage } from "@/components/articles/section-page";
import { isLocale } from "@/lib/i18n/config";
import { getCanonicalPath, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";

export async function generateMetadata({ params }: PageProps<"/[locale]/news">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getT(locale, "articles");
  return {
    title: t("sections.news.title"),
    description: t("sections.news.lead"),
    alternates: { canonical: await getCanonicalPath(), types: { "application/rss+xml": localePath(locale, "news/feed.xml") } },
  };
}

export default async function NewsPage({ params, searchParams }: PageProps<"/[locale]/news">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SectionPage locale={locale} section="news" searchParams={await searchParams} />;
}
