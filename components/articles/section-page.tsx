import { FallbackNote } from "@/components/layout/fallback-note";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PublicList } from "@/components/ui/public-list";
import { listPublished, listTopics } from "@/lib/articles/queries";
import { ZPublicFilters } from "@/lib/articles/schema";
import { SECTIONS, type Section } from "@/lib/articles/states";
import type { Locale } from "@/lib/i18n/config";
import { getT, interfaceFallsBack } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { listCommunes } from "@/lib/units/queries";
import { ArticleCardItem, topicName } from "./article-card";
import { currentMinute } from "@/lib/time/minute";
import { readPublicQuery } from "@/lib/http/public-query.mjs";

/** /{locale}/news and /{locale}/law: 20 a page, newest first, filtered by topic and commune. */
export async function SectionPage({
  locale,
  section,
  searchParams,
}: {
  locale: Locale;
  section: Section;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const t = getT(locale, "articles");
  const tCommon = getT(locale, "common");
  const filters = ZPublicFilters.parse(readPublicQuery(section, searchParams));
  const kinds = SECTIONS[section];
  const [{ items, total, pageCount }, topics, communes] = await Promise.all([
    listPublished({ kinds, topic: filters.topic, commune: filters.commune, page: filters.page }, currentMinute()),
    listTopics(kinds),
    listCommunes(),
  ]);
  const basePath = localePath(locale, section);
  const anyFallback = items.some((item) => !item.translations.some((tr) => tr.locale === locale));
  const all = { value: "", label: t("list.all") };
  return (
    <>
      <h1 className="text-2xl font-bold">{t(`sections.${section}.title`)}</h1>
      <p className="mt-2 text-muted">{t(`sections.${section}.lead`)}</p>
      <FilterForm
        variant="public"
        action={basePath}
        label={t("list.filters")}
        submitLabel={t("list.apply")}
        clear={filters.topic || filters.commune ? { href: basePath, label: t("list.clear") } : null}
      >
        <FilterSelect
          name="topic"
          label={t("list.topic")}
          value={filters.topic}
          options={[all, ...topics.map((topic) => ({ value: topic.slug, label: topicName(topic, locale) }))]}
        />
        {section === "news" && (
          <FilterSelect
            name="commune"
            label={t("list.commune")}
            value={filters.commune}
            options={[all, ...communes.map((commune) => ({ value: commune.slug, label: commune.fullName }))]}
          />
        )}
      </FilterForm>
      {anyFallback && !interfaceFallsBack(locale) && (
        <div className="mt-4">
          <FallbackNote>{t("list.someInVietnamese", { language: tCommon(`languageNames.${locale}`) })}</FallbackNote>
        </div>
      )}
      <p className="mt-4 text-sm text-muted">{t("list.count", { count: total })}</p>
      <PublicList
        locale={locale}
        ns="articles"
        empty={t("list.empty")}
        pages={{ page: filters.page, pageCount, basePath, query: { topic: filters.topic, commune: filters.commune } }}
      >
        {items.map((item) => (
          <ArticleCardItem key={item.id} card={item} locale={locale} />
        ))}
      </PublicList>
      <p className="no-print mt-8 text-sm text-muted">
        {getT(locale, "everyday")("feeds.forOtherSystems")}{" "}
        <a href={`${basePath}/feed.xml`} className="underline">
          {t("list.rss")}
        </a>
      </p>
    </>
  );
}
