import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { normaliseTrackingCode } from "@/lib/forum/tracking-code";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { TrackForm } from "./track-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/forum/track">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getT(locale, "forum")("track.title"), robots: { index: false, follow: false } } : {};
}

/** /{locale}/forum/track?code=…: the code typed by the reader, tidied, leads to its private page. */
export default async function TrackPage({ params, searchParams }: PageProps<"/[locale]/forum/track">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = await searchParams;
  const typed = typeof query.code === "string" ? query.code.slice(0, 40) : undefined;
  const code = typed ? normaliseTrackingCode(typed) : null;
  if (code) redirect(localePath(locale, `forum/track/${code}`));
  const t = getT(locale, "forum");
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t("track.title")}</h1>
      <p className="mt-2">{t("track.lead")}</p>
      <TrackForm locale={locale} value={typed} error={typed !== undefined} />
    </div>
  );
}
