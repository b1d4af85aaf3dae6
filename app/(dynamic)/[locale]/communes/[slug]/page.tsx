import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommuneOffice } from "@/components/contact/commune-office";
import { PageKeys } from "@/components/layout/page-keys";
import { CommuneKeyFigures } from "@/components/dataset/key-figures";
import { LatestArticles } from "@/components/articles/latest-articles";
import { CommuneNotices } from "@/components/notices/commune-notices";
import { CommuneQuestions } from "@/components/forum/commune-questions";
import { CommuneShowcase } from "@/components/products/commune-showcase";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { communePageKey } from "@/lib/units/page-keys";
import { getCommuneBySlug } from "@/lib/units/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/communes/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const commune = await getCommuneBySlug(slug);
  return commune ? { title: commune.fullName } : {};
}

/** A commune's page; the sections of other parts of the portal (updates, notices, products) join it. */
export default async function CommunePage({ params }: PageProps<"/[locale]/communes/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const commune = await getCommuneBySlug(slug);
  if (!commune) notFound();
  const t = getT(locale, "common");
  const tArticles = getT(locale, "articles");
  return (
    <article>
      {/* What this page shows, for the purge by what changed (lib/units/page-keys.ts). */}
      <PageKeys keys={[communePageKey(commune.id)]} />
      <h1 className="text-2xl font-bold">{commune.fullName}</h1>
      {commune.isDemo && <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold">{t("communes.demo")}</p>}
      <section
        aria-label={getT(locale, "everyday")("contact.officeOf", { commune: commune.fullName })}
        className="mt-4 rounded border border-brand-100 p-3"
      >
        <CommuneOffice locale={locale} commune={commune} />
      </section>
      <CommuneNotices locale={locale} slug={commune.slug} />
      <CommuneKeyFigures locale={locale} slug={commune.slug} />
      <LatestArticles
        locale={locale}
        kinds={["COMMUNE_UPDATE"]}
        commune={commune.slug}
        limit={5}
        heading={tArticles("commune.updates")}
        emptyLabel={tArticles("commune.noUpdates")}
        moreHref={`${localePath(locale, "news")}?commune=${commune.slug}`}
        moreLabel={tArticles("commune.allUpdates")}
      />
      <CommuneQuestions locale={locale} commune={commune.slug} />
      <p className="mt-6">
        <a href={localePath(locale, "library")} className="underline">
          {t("nav.library")}
        </a>
      </p>
      <CommuneShowcase locale={locale} communeSlug={commune.slug} />
      <section aria-labelledby="villages" className="mt-6">
        <h2 id="villages" className="text-xl font-bold">
          {t("communes.villages")}
        </h2>
        {commune.villages.length ? (
          <ul className="mt-2 list-disc pl-6">
            {commune.villages.map((village) => (
              <li key={village.id}>{village.fullName}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">{t("communes.noVillages")}</p>
        )}
      </section>
    </article>
  );
}
