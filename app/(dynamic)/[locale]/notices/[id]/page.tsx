import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageKeys } from "@/components/layout/page-keys";
import { NoticeView } from "@/components/notices/notice-view";
import { translationOutdatedSince } from "@/lib/translations/public";
import { isLocale } from "@/lib/i18n/config";
import { getCanonicalPath } from "@/lib/i18n/server";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { noticePageKey } from "@/lib/notices/page-keys";
import { getPublicNotice } from "@/lib/notices/queries";
import { officePageKey } from "@/lib/units/page-keys";

async function load(id: string) {
  return /^[A-Za-z0-9-]{1,40}$/.test(id) ? getPublicNotice(id) : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/notices/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return {};
  const notice = await load(id);
  if (!notice) return {};
  const picked = pickTranslation(notice.translations, locale)!;
  return {
    title: picked.value.headline,
    description: picked.value.instruction.slice(0, 200),
    alternates: { canonical: await getCanonicalPath(), types: { "application/cap+xml": `/cap/${notice.id}.xml` } },
  };
}

/** /{locale}/notices/{id}: a notice (its current version, whichever version's id is asked for). */
export default async function NoticePage({ params }: PageProps<"/[locale]/notices/[id]">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const notice = await load(id);
  if (!notice) notFound();
  const outdatedSince = await translationOutdatedSince("NOTICE", notice.id, locale, notice.translations);
  return (
    <>
      {/* What this page shows, for the purge by what changed (lib/notices/page-keys.ts). */}
      <PageKeys keys={[noticePageKey(notice.seriesId), ...(notice.communeId ? [officePageKey(notice.communeId)] : [])]} />
      <NoticeView notice={notice} locale={locale} now={new Date()} outdatedSince={outdatedSince} />
    </>
  );
}
