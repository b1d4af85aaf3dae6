import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionPage } from "@/components/articles/section-page";
import { isLocale } from "@/lib/i18n/config";
import { getCanonicalPath, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";

export async function generateMetadata({ params }: PageProps<"/[locale]/law">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getT(locale, "articles");
  return {
    title: t("sections.law.title"),
    description: t("sections.law.lead"),
    alternates: { canonical: await getCanonicalPath(), types: { "application/rss+xml": localePath(locale, "law/feed.xml") } },
  };
}

export default async function LawPage({ params, searchParams }: PageProps<"/[locale]/law">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SectionPage locale={locale} section="law" searchParams={await searchParams} />;
}
