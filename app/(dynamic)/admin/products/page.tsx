import type { Metadata } from "next";
import { OcopRating } from "@/components/products/rating";
import { ListTable } from "@/components/admin/list-table";
import { FilterSelect } from "@/components/ui/filter-form";
import { ProductsAdminListTop } from "@/components/products/admin-list-top";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listProductsForViewer } from "@/lib/products/admin-queries";
import { OCOP_STARS, PRODUCT_CATEGORIES, ZAdminProductFilters } from "@/lib/products/schema";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "products")("admin.products.title") };
}

/** /admin/products: the viewer's products (a cadre: their commune's), with filters. */
export default async function AdminProductsPage({ searchParams }: PageProps<"/admin/products">) {
  const viewer = await requirePermission("products.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "products");
  const tAdmin = getT(locale, "admin");
  const filters = ZAdminProductFilters.parse(await searchParams);
  const now = new Date();
  const [{ products, total, pageCount }, communes] = await Promise.all([listProductsForViewer({ viewer, filters, now }), listCommunes()]);
  const all = { value: "", label: tAdmin("common.all") };
  const categoryFilter = (
    <FilterSelect
      name="category"
      label={t("list.category")}
      value={filters.category}
      options={[all, ...PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))]}
    />
  );
  return (
    <>
      <ProductsAdminListTop section="products" locale={locale} viewer={viewer} communes={communes} filters={filters} first={categoryFilter}>
        <FilterSelect
          name="stars"
          label={t("list.stars")}
          value={filters.stars ? String(filters.stars) : undefined}
          options={[all, ...OCOP_STARS.map((s) => ({ value: String(s), label: t("rating.stars", { count: s }) }))]}
        />
        <FilterSelect
          name="missing"
          label={t("admin.filters.missing")}
          value={filters.missing}
          options={[all, { value: "en", label: t("admin.filters.missingEn") }]}
        />
        <FilterSelect
          name="expiring"
          label={t("admin.filters.expiring")}
          value={filters.expiring}
          options={[all, { value: "1", label: t("admin.filters.expiringSoon") }]}
        />
      </ProductsAdminListTop>
      <ListTable
        status={tAdmin("common.resultCount", { count: total })}
        isEmpty={products.length === 0}
        emptyLabel={t("admin.products.empty")}
        headings={[
          t("admin.columns.name"),
          t("admin.columns.state"),
          t("admin.columns.rating"),
          t("admin.columns.languages"),
          t("admin.columns.updated"),
        ]}
      >
        {products.map((product) => {
          const vi = product.translations.find((tr) => tr.locale === "vi") ?? product.translations[0];
          const hasEnglish = product.translations.some((tr) => tr.locale === "en");
          return (
            <tr key={product.id} className="border-b border-brand-100 align-top">
              <td className="py-2 pr-3">
                <a href={`/admin/products/${product.id}`} className="font-semibold text-brand-700 underline">
                  {vi?.name ?? product.id}
                </a>
                <span className="block text-sm text-muted">
                  {t(`categories.${product.category}`)} · {product.producer.name} · {product.producer.commune.fullName}
                  {product.isDemo && <> · {t("admin.demo")}</>}
                </span>
              </td>
              <td className="py-2 pr-3">{product.published ? t("admin.state.published") : t("admin.state.draft")}</td>
              <td className="py-2 pr-3">
                <OcopRating product={product} locale={locale} now={now} />
              </td>
              <td className="py-2 pr-3 text-sm">
                {product.translations.map((tr) => tr.locale).join(", ")}
                {!hasEnglish && <strong className="block text-accent-700">{t("admin.missingEnglish")}</strong>}
              </td>
              <td className="py-2 pr-3 text-sm">{formatDateTime(product.updatedAt, locale)}</td>
            </tr>
          );
        })}
      </ListTable>
      <AdminPagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/products"
        query={{
          q: filters.q,
          category: filters.category,
          communeId: filters.communeId,
          stars: filters.stars ? String(filters.stars) : undefined,
          missing: filters.missing,
          expiring: filters.expiring,
        }}
        locale={locale}
      />
    </>
  );
}
