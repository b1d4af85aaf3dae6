import { FallbackNote } from "@/components/layout/fallback-note";
import { Pagination } from "@/components/ui/pagination";
import { listPublished, listTopics } from "@/lib/articles/queries";
import { ZPublicFilters } from "@/lib/articles/schema";
import { SECTIONS, type Section } from "@/lib/articles/states";
import type { Locale } from "@/lib/i18n/config";
import { getT, interfaceFallsBack } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { listCommunes } from "@/lib/units/queries";
import { ArticleCardItem, topicName } from "./article-card";
import { currentMinute } from "@/lib/time/minute";

/** /{locale}/news and /{locale}/law: 20 a page, newest first, filtered by topic and commune. */
export async function SectionPage({ locale, section, searchParams }: { locale: Locale; section: Section; searchParams: Record<string, string | string[] | undefined> }) {
  const t = getT(locale, "articles");
  const tCommon = getT(locale, "common");
  const filters = ZPublicFilters.parse(searchParams);
  const kinds = SECTIONS[section];
  const [{ items, total, pageCount }, topics, communes] = await Promise.all([
    listPublished({ kinds, topic: filters.topic, commune: filters.commune, page: filters.page }, currentMinute()),
    listTopics(kinds),
    listCommunes(),
  ]);
  const basePath = localePath(locale, section);
  const anyFallback = items.some((item) => !item.translations.some((tr) => tr.locale === locale));
  const control = "mt-1 block min-h-11 rounded border-2 border-gray-500 bg-white px-2";
  return (
    <>
      <h1 className="text-2xl font-bold">{t(`sections.${section}.title`)}</h1>
      <p className="mt-2 text-muted">{t(`sections.${section}.lead`)}</p>
      <form method="get" action={basePath} aria-label={t("list.filters")} className="no-print mt-4 flex flex-wrap items-end gap-3 rounded bg-brand-50 p-3">
        <label className="block text-sm font-semibold">
          {t("list.topic")}
          <select name="topic" defaultValue={filters.topic ?? ""} className={control}>
            <option value="">{t("list.all")}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.slug}>{topicName(topic, locale)}</option>
            ))}
          </select>
        </label>
        {section === "news" && (
          <label className="block text-sm font-semibold">
            {t("list.commune")}
            <select name="commune" defaultValue={filters.commune ?? ""} className={control}>
              <option value="">{t("list.all")}</option>
              {communes.map((commune) => (
                <option key={commune.id} value={commune.slug}>{commune.fullName}</option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">{t("list.apply")}</button>
        {(filters.topic || filters.commune) && <a href={basePath} className="inline-flex min-h-11 items-center underline">{t("list.clear")}</a>}
      </form>
      {anyFallback && !interfaceFallsBack(locale) && (
        <div className="mt-4">
          <FallbackNote>{t("list.someInVietnamese", { language: tCommon(`languageNames.${locale}`) })}</FallbackNote>
        </div>
      )}
      <p className="mt-4 text-sm text-muted">{t("list.count", { count: total })}</p>
      {items.length === 0 ? (
        <p className="mt-4">{t("list.empty")}</p>
      ) : (
        <ul className="mt-2">
          {items.map((item) => <ArticleCardItem key={item.id} card={item} locale={locale} />)}
        </ul>
      )}
      <Pagination
        page={filters.page}
        pageCount={pageCount}
        basePath={basePath}
        query={{ topic: filters.topic, commune: filters.commune }}
        labels={{ nav: t("list.pagination"), previous: t("list.previous"), next: t("list.next"), page: t("list.pageOf", { page: filters.page, pageCount }) }}
      />
      <p className="no-print mt-8 text-sm text-muted">
        {getT(locale, "everyday")("feeds.forOtherSystems")} <a href={`${basePath}/feed.xml`} className="underline">{t("list.rss")}</a>
      </p>
    </>
  );
}
