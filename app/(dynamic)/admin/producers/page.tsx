import type { Metadata } from "next";
import { ListTable } from "@/components/admin/list-table";
import { FilterSelect } from "@/components/ui/filter-form";
import { ProductsAdminListTop } from "@/components/products/admin-list-top";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listProducersForViewer } from "@/lib/products/admin-queries";
import { PRODUCER_KINDS, ZAdminProducerFilters } from "@/lib/products/schema";
import { formatVietnamesePhone } from "@/lib/text/phone";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "products")("admin.producers.title") };
}

/** /admin/producers: the viewer's producers (a cadre: their commune's). */
export default async function AdminProducersPage({ searchParams }: PageProps<"/admin/producers">) {
  const viewer = await requirePermission("products.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "products");
  const tAdmin = getT(locale, "admin");
  const filters = ZAdminProducerFilters.parse(await searchParams);
  const [{ producers, total, pageCount }, communes] = await Promise.all([listProducersForViewer({ viewer, filters }), listCommunes()]);
  const all = { value: "", label: tAdmin("common.all") };
  const kindFilter = (
    <FilterSelect
      name="kind"
      label={t("admin.producerFields.kind")}
      value={filters.kind}
      options={[all, ...PRODUCER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
    />
  );
  return (
    <>
      <ProductsAdminListTop section="producers" locale={locale} viewer={viewer} communes={communes} filters={filters} first={kindFilter} />
      <ListTable
        status={tAdmin("common.resultCount", { count: total })}
        isEmpty={producers.length === 0}
        emptyLabel={t("admin.producers.empty")}
        headings={[t("admin.columns.name"), t("admin.columns.state"), t("admin.columns.products"), t("admin.producerFields.phone")]}
      >
        {producers.map((producer) => (
          <tr key={producer.id} className="border-b border-brand-100 align-top">
            <td className="py-2 pr-3">
              <a href={`/admin/producers/${producer.id}`} className="font-semibold text-brand-700 underline">
                {producer.name}
              </a>
              <span className="block text-sm text-muted">
                {t(`kinds.${producer.kind}`)} · {producer.commune.fullName}
                {producer.isDemo && <> · {t("admin.demo")}</>}
              </span>
            </td>
            <td className="py-2 pr-3">{producer.published ? t("admin.state.published") : t("admin.state.draft")}</td>
            <td className="py-2 pr-3">{producer._count.products}</td>
            <td className="py-2 pr-3 text-sm">{producer.phone ? formatVietnamesePhone(producer.phone) : "—"}</td>
          </tr>
        ))}
      </ListTable>
      <AdminPagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/producers"
        query={{ q: filters.q, kind: filters.kind, communeId: filters.communeId }}
        locale={locale}
      />
    </>
  );
}
