import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AskForm } from "@/components/forum/ask-form";
import { askQuestionAction } from "@/lib/forum/actions";
import { FORUM_TOPICS } from "@/lib/forum/states";
import { I18nProvider } from "@/lib/i18n/client";
import { clientResources } from "@/lib/i18n/client-resources";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/forum/ask">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getT(locale, "forum")("ask.title"), robots: { index: false } } : {};
}

/** /{locale}/forum/ask: the question form, a plain HTML form that works without JavaScript. */
export default async function AskPage({ params }: PageProps<"/[locale]/forum/ask">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "forum");
  const communes = await listCommunes();
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t("ask.title")}</h1>
      <p className="mt-2">{t("ask.lead")}</p>
      <p id="privacy" className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
        {t("ask.privacy")}
      </p>
      <I18nProvider locale={locale} resources={clientResources(locale, ["forum", "reach", "errors"])}>
        <AskForm
          action={askQuestionAction}
          locale={locale}
          topics={FORUM_TOPICS.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
          communes={communes.map((commune) => ({ value: commune.id, label: commune.fullName }))}
        />
      </I18nProvider>
    </div>
  );
}
