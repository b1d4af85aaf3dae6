import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FallbackNote } from "@/components/layout/fallback-note";
import { LibraryCardItem, groupName, itemLanguageNames } from "@/components/library/library-card";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { PublicList } from "@/components/ui/public-list";
import { isLocale } from "@/lib/i18n/config";
import { getT, interfaceFallsBack } from "@/lib/i18n/server";
import { ITEM_LANGUAGES, LIBRARY_TOPICS, LIBRARY_TYPES, slugOf } from "@/lib/library/catalog";
import { listLibraryGroups, listLibraryItems } from "@/lib/library/queries";
import { ZLibraryFilters } from "@/lib/library/schema";
import { localePath } from "@/lib/navigation";
import { readPublicQuery } from "@/lib/http/public-query.mjs";

export async function generateMetadata({ params }: PageProps<"/[locale]/library">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getT(locale, "library");
  return { title: t("title"), description: t("lead") };
}

/**
 * /{locale}/library: filters as a plain GET form, so every filter is a linkable address
 * (`?group=tay&topic=language&type=audio&lang=tyz`), and a search that matches without accents.
 */
export default async function LibraryPage({ params, searchParams }: PageProps<"/[locale]/library">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "library");
  const tCommon = getT(locale, "common");
  const filters = ZLibraryFilters.parse(readPublicQuery("library", await searchParams));
  const [{ items, total, pageCount }, groups] = await Promise.all([listLibraryItems(filters, locale), listLibraryGroups()]);
  const basePath = localePath(locale, "library");
  const query = {
    q: filters.q,
    type: filters.type && slugOf(filters.type),
    topic: filters.topic && slugOf(filters.topic),
    group: filters.group,
    lang: filters.lang,
  };
  const filtered = Object.values(query).some(Boolean);
  const anyFallback = items.some((item) => !item.translations.some((tr) => tr.locale === locale));
  const all = { value: "", label: t("filters.all") };
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("lead")}</p>
      <FilterForm
        variant="public"
        action={basePath}
        search
        label={t("filters.label")}
        submitLabel={t("filters.apply")}
        clear={filtered ? { href: basePath, label: t("filters.clear") } : null}
      >
        <FilterInput type="search" name="q" label={t("filters.q")} value={filters.q} />
        <FilterSelect
          name="type"
          label={t("filters.type")}
          value={query.type}
          options={[all, ...LIBRARY_TYPES.map((type) => ({ value: slugOf(type), label: t(`types.${type}`) }))]}
        />
        <FilterSelect
          name="topic"
          label={t("filters.topic")}
          value={query.topic}
          options={[all, ...LIBRARY_TOPICS.map((topic) => ({ value: slugOf(topic), label: t(`topics.${topic}`) }))]}
        />
        <FilterSelect
          name="group"
          label={t("filters.group")}
          value={filters.group}
          options={[all, ...groups.map((group) => ({ value: group.slug, label: groupName(group, locale) }))]}
        />
        <FilterSelect
          name="lang"
          label={t("filters.lang")}
          value={filters.lang}
          options={[all, ...ITEM_LANGUAGES.map((code) => ({ value: code, label: itemLanguageNames([code], locale) }))]}
        />
      </FilterForm>
      {anyFallback && !interfaceFallsBack(locale) && (
        <div className="mt-4">
          <FallbackNote>{t("list.someInVietnamese", { language: tCommon(`languageNames.${locale}`) })}</FallbackNote>
        </div>
      )}
      <p className="mt-4 text-sm text-muted" role="status">
        {t("list.count", { count: total })}
      </p>
      <PublicList locale={locale} ns="library" empty={t("list.empty")} pages={{ page: filters.page, pageCount, basePath, query }}>
        {items.map((item) => (
          <LibraryCardItem key={item.id} card={item} locale={locale} />
        ))}
      </PublicList>
    </>
  );
}
