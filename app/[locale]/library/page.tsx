import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FallbackNote } from "@/components/layout/fallback-note";
import { LibraryCardItem, groupName, itemLanguageNames } from "@/components/library/library-card";
import { Pagination } from "@/components/ui/pagination";
import { isLocale } from "@/lib/i18n/config";
import { getT, interfaceFallsBack } from "@/lib/i18n/server";
import { ITEM_LANGUAGES, LIBRARY_TOPICS, LIBRARY_TYPES, slugOf } from "@/lib/library/catalog";
import { listLibraryGroups, listLibraryItems } from "@/lib/library/queries";
import { ZLibraryFilters } from "@/lib/library/schema";
import { localePath } from "@/lib/navigation";

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
  const filters = ZLibraryFilters.parse(await searchParams);
  const [{ items, total, pageCount }, groups] = await Promise.all([listLibraryItems(filters, locale), listLibraryGroups()]);
  const basePath = localePath(locale, "library");
  const query = { q: filters.q, type: filters.type && slugOf(filters.type), topic: filters.topic && slugOf(filters.topic), group: filters.group, lang: filters.lang };
  const filtered = Object.values(query).some(Boolean);
  const anyFallback = items.some((item) => !item.translations.some((tr) => tr.locale === locale));
  const control = "mt-1 block min-h-11 rounded border-2 border-gray-500 bg-white px-2";
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("lead")}</p>
      <form method="get" action={basePath} role="search" aria-label={t("filters.label")} className="no-print mt-4 flex flex-wrap items-end gap-3 rounded bg-brand-50 p-3">
        <label className="block text-sm font-semibold">
          {t("filters.q")}
          <input type="search" name="q" defaultValue={filters.q ?? ""} className={control} />
        </label>
        <label className="block text-sm font-semibold">
          {t("filters.type")}
          <select name="type" defaultValue={query.type ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {LIBRARY_TYPES.map((type) => <option key={type} value={slugOf(type)}>{t(`types.${type}`)}</option>)}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          {t("filters.topic")}
          <select name="topic" defaultValue={query.topic ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {LIBRARY_TOPICS.map((topic) => <option key={topic} value={slugOf(topic)}>{t(`topics.${topic}`)}</option>)}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          {t("filters.group")}
          <select name="group" defaultValue={filters.group ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {groups.map((group) => <option key={group.slug} value={group.slug}>{groupName(group, locale)}</option>)}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          {t("filters.lang")}
          <select name="lang" defaultValue={filters.lang ?? ""} className={control}>
            <option value="">{t("filters.all")}</option>
            {ITEM_LANGUAGES.map((code) => <option key={code} value={code}>{itemLanguageNames([code], locale)}</option>)}
          </select>
        </label>
        <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">{t("filters.apply")}</button>
        {filtered && <a href={basePath} className="inline-flex min-h-11 items-center underline">{t("filters.clear")}</a>}
      </form>
      {anyFallback && !interfaceFallsBack(locale) && (
        <div className="mt-4">
          <FallbackNote>{t("list.someInVietnamese", { language: tCommon(`languageNames.${locale}`) })}</FallbackNote>
        </div>
      )}
      <p className="mt-4 text-sm text-muted" role="status">{t("list.count", { count: total })}</p>
      {items.length === 0 ? <p className="mt-4">{t("list.empty")}</p> : <ul className="mt-2">{items.map((item) => <LibraryCardItem key={item.id} card={item} locale={locale} />)}</ul>}
      <Pagination
        page={filters.page}
        pageCount={pageCount}
        basePath={basePath}
        query={query}
        labels={{ nav: t("list.pagination"), previous: t("list.previous"), next: t("list.next"), page: t("list.pageOf", { page: filters.page, pageCount }) }}
      />
    </>
  );
}
