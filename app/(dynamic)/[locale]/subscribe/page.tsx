import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DigestSubscribeForm, NoticesSubscribeForm } from "@/components/reach/subscribe-forms";
import { listTopics } from "@/lib/articles/queries";
import { I18nProvider } from "@/lib/i18n/client";
import { clientResources } from "@/lib/i18n/client-resources";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { NOTICE_SEVERITIES } from "@/lib/notices/states";
import { CHANNELS } from "@/lib/outbox/schema";
import { subscribeDigestAction, subscribeNoticesAction } from "@/lib/subscriptions/actions";
import { listCommunes } from "@/lib/units/queries";
import { readPublicQuery } from "@/lib/http/public-query.mjs";

export async function generateMetadata({ params }: PageProps<"/[locale]/subscribe">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getT(locale, "reach")("subscribe.title") } : {};
}

/**
 * /{locale}/subscribe: notices of a commune and a weekly digest by topic, by e-mail, SMS or
 * Zalo, without an account. Plain HTML forms (public pages run no JavaScript); `?commune=`
 * preselects the commune (links from commune pages).
 */
export default async function SubscribePage({ params, searchParams }: PageProps<"/[locale]/subscribe">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = readPublicQuery("subscribe", await searchParams);
  const t = getT(locale, "reach");
  const tn = getT(locale, "notices");
  const [communes, topics] = await Promise.all([listCommunes(), listTopics(["POLICY", "LAW"])]);
  const slug = query.commune ?? null;
  const defaultCommune = communes.find((commune) => commune.slug === slug)?.id;
  const channels = CHANNELS.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }));
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t("subscribe.title")}</h1>
      <p className="mt-2">{t("subscribe.lead")}</p>
      <I18nProvider locale={locale} resources={clientResources(locale, ["reach", "errors"])}>
        <section aria-labelledby="notices-heading" className="mt-8">
          <h2 id="notices-heading" className="text-xl font-bold">
            {t("subscribe.noticesTitle")}
          </h2>
          <p className="mt-1">{t("subscribe.noticesLead")}</p>
          <NoticesSubscribeForm
            action={subscribeNoticesAction}
            locale={locale}
            channels={channels}
            communes={communes.map((commune) => ({ value: commune.id, label: commune.fullName }))}
            severities={NOTICE_SEVERITIES.map((severity) => ({ value: severity, label: tn(`severity.${severity}`) }))}
            defaultCommune={defaultCommune}
          />
        </section>
        {topics.length > 0 && (
          <section aria-labelledby="digest-heading" className="mt-10">
            <h2 id="digest-heading" className="text-xl font-bold">
              {t("subscribe.digestTitle")}
            </h2>
            <p className="mt-1">{t("subscribe.digestLead")}</p>
            <DigestSubscribeForm
              action={subscribeDigestAction}
              locale={locale}
              channels={channels}
              topics={topics.map((topic) => ({ value: topic.id, label: (locale === "en" && topic.nameEn) || topic.name }))}
            />
          </section>
        )}
      </I18nProvider>
    </div>
  );
}
