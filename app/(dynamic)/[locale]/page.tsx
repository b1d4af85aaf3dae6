import Link from "next/link";
import { notFound } from "next/navigation";
import { LatestArticles } from "@/components/articles/latest-articles";
import { RecordingsInLanguage } from "@/components/translations/recordings-in-language";
import { MINORITY_LOCALES, isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { getSiteIdentity } from "@/lib/settings/queries";
import { listCommunes } from "@/lib/units/queries";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "common");
  const tArticles = getT(locale, "articles");
  const [identity, communes] = await Promise.all([getSiteIdentity(locale), listCommunes()]);
  const hasDemo = communes.some((commune) => commune.isDemo);
  return (
    <>
      <section aria-labelledby="home-title" className="rounded-lg bg-brand-50 p-5">
        <h1 id="home-title" className="text-2xl font-bold text-brand-800 sm:text-3xl">
          {identity.portalName}
        </h1>
        <p className="mt-2 text-lg">{t("home.lead")}</p>
        <p className="mt-3 text-muted">{t("home.intro")}</p>
        {hasDemo && <p className="mt-3 text-sm font-semibold">{t("home.demoNotice")}</p>}
      </section>

      {/* A minority language leads with what exists in it: articles translated, then what can be listened to. */}
      {MINORITY_LOCALES.includes(locale) && (
        <>
          <LatestArticles
            locale={locale}
            inLocale={locale}
            kinds={["POLICY", "LAW", "COMMUNE_UPDATE"]}
            heading={t("home.inLanguage", { language: t(`languageNames.${locale}`) })}
            moreHref={localePath(locale, "languages")}
            moreLabel={t("languages.title")}
            limit={6}
          />
          <RecordingsInLanguage locale={locale} />
        </>
      )}
      <LatestArticles locale={locale} kinds={["POLICY"]} heading={tArticles("home.policy")} moreHref={localePath(locale, "news")} />
      <LatestArticles locale={locale} kinds={["LAW"]} heading={tArticles("home.law")} moreHref={localePath(locale, "law")} />
      <LatestArticles
        locale={locale}
        kinds={["COMMUNE_UPDATE"]}
        heading={tArticles("home.communeUpdates")}
        moreHref={localePath(locale, "news")}
      />

      <section aria-labelledby="home-communes" className="mt-8">
        <h2 id="home-communes" className="text-xl font-bold">
          {t("home.communesHeading")}
        </h2>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {communes.map((commune) => (
            <li key={commune.id}>
              <Link
                href={localePath(locale, `communes/${commune.slug}`)}
                prefetch={false}
                className="block rounded border border-brand-100 px-4 py-3 font-medium hover:border-brand-600 hover:bg-brand-50"
              >
                {commune.fullName}
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3">
          <Link href={localePath(locale, "communes")} prefetch={false} className="font-medium text-brand-700 underline">
            {t("home.communesLink")}
          </Link>
        </p>
      </section>
    </>
  );
}
