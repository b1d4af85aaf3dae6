import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FallbackNote } from "@/components/layout/fallback-note";
import { ProductCardItem } from "@/components/products/product-card";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PublicList } from "@/components/ui/public-list";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { currentDay, listProductCommunes, listPublicProducts } from "@/lib/products/queries";
import { OCOP_STARS, PRODUCT_CATEGORIES, ZPublicProductFilters } from "@/lib/products/schema";
import { readPublicQuery } from "@/lib/http/public-query.mjs";

export async function generateMetadata({ params }: PageProps<"/[locale]/products">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getT(locale, "products");
  return { title: t("list.title"), description: t("list.lead") };
}

/** /{locale}/products: a grid of product cards with filters (plain GET form) and pages. */
export default async function ProductsPage({ params, searchParams }: PageProps<"/[locale]/products">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "products");
  const tCommon = getT(locale, "common");
  const filters = ZPublicProductFilters.parse(readPublicQuery("products", await searchParams));
  const day = currentDay();
  const [{ items, total, pageCount }, communes] = await Promise.all([listPublicProducts(filters, day), listProductCommunes()]);
  const now = new Date();
  const basePath = localePath(locale, "products");
  const anyFallback = items.some((item) => !item.translations.some((tr) => tr.locale === locale));
  const all = { value: "", label: t("list.all") };
  const filtered = filters.category || filters.commune || filters.stars || filters.season;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("list.title")}</h1>
      <p className="mt-2 text-muted">{t("list.lead")}</p>
      <FilterForm
        variant="public"
        action={basePath}
        label={t("list.filters")}
        submitLabel={t("list.apply")}
        clear={filtered ? { href: basePath, label: t("list.clear") } : null}
      >
        <FilterSelect
          wide
          name="category"
          label={t("list.category")}
          value={filters.category}
          options={[all, ...PRODUCT_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))]}
        />
        <FilterSelect
          wide
          name="commune"
          label={t("list.commune")}
          value={filters.commune}
          options={[all, ...communes.map((commune) => ({ value: commune.slug, label: commune.fullName }))]}
        />
        <FilterSelect
          wide
          name="stars"
          label={t("list.stars")}
          value={filters.stars ? String(filters.stars) : ""}
          options={[all, ...OCOP_STARS.map((stars) => ({ value: String(stars), label: t("rating.stars", { count: stars }) }))]}
        />
        <label className="flex min-h-11 items-center gap-2 text-sm font-semibold">
          <input type="checkbox" name="season" value="now" defaultChecked={filters.season === "now"} className="h-5 w-5" />
          {t("list.season")}
        </label>
      </FilterForm>
      {anyFallback && (
        <div className="mt-4">
          <FallbackNote>{t("list.someInVietnamese", { language: tCommon(`languageNames.${locale}`) })}</FallbackNote>
        </div>
      )}
      <p className="mt-4 text-sm text-muted">{t("list.count", { count: total })}</p>
      <PublicList
        locale={locale}
        ns="products"
        empty={t("list.empty")}
        listClassName="mt-2 grid grid-cols-[repeat(auto-fill,minmax(min(100%,9rem),1fr))] gap-3 sm:grid-cols-3 lg:grid-cols-4"
        pages={{
          page: filters.page,
          pageCount,
          basePath,
          query: {
            category: filters.category,
            commune: filters.commune,
            stars: filters.stars ? String(filters.stars) : undefined,
            season: filters.season,
          },
        }}
      >
        {items.map((item) => (
          <ProductCardItem key={item.id} product={item} locale={locale} now={now} />
        ))}
      </PublicList>
    </>
  );
}
