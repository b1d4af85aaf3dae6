import type { Metadata } from "next";
import { ListTable } from "@/components/admin/list-table";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PageHeading, buttonLinkClass } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listLibraryForAdmin } from "@/lib/library/admin-queries";
import { LIBRARY_STATES } from "@/lib/library/catalog";
import { ZLibraryAdminFilters } from "@/lib/library/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("library.title") };
}

/** The library in the back office: reviewers see every item, contributors their own. */
export default async function AdminLibraryPage({ searchParams }: PageProps<"/admin/library">) {
  const viewer = await requirePermission("library.contribute");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const tl = getT(locale, "library");
  const filters = ZLibraryAdminFilters.parse(await searchParams);
  const { items, total, pageCount } = await listLibraryForAdmin(viewer, filters);
  const reviewer = can(viewer, "library.publish");
  const all = { value: "", label: t("common.all") };
  return (
    <>
      <PageHeading title={t("library.title")} lead={t("library.lead")}>
        <a href="/admin/library/new" className={buttonLinkClass}>
          {t("library.new")}
        </a>
      </PageHeading>
      <FilterForm action="/admin/library" submitLabel={t("common.filter")} clearLabel={t("common.clearFilters")}>
        <FilterSelect
          name="state"
          label={t("library.state")}
          value={filters.state}
          options={[all, ...LIBRARY_STATES.map((s) => ({ value: s, label: t(`library.states.${s}`) }))]}
        />
        {reviewer && (
          <FilterSelect
            name="mine"
            label={t("library.mine")}
            value={filters.mine}
            options={[all, { value: "1", label: t("library.mine") }]}
          />
        )}
      </FilterForm>
      <ListTable
        status={t("common.resultCount", { count: total })}
        isEmpty={items.length === 0}
        emptyLabel={t("library.empty")}
        headings={[t("library.itemTitle"), t("library.state"), t("library.files"), t("library.updated")]}
      >
        {items.map((item) => (
          <tr key={item.id} className="border-b border-brand-100 align-top">
            <td className="py-2 pr-3">
              <a href={`/admin/library/${item.id}`} className="font-semibold text-brand-700 underline">
                {item.translations[0]?.title ?? item.id}
              </a>
              <span className="block text-sm text-muted">
                {tl(`types.${item.type}`)} · {item.itemLanguages.map((code) => tl(`languages.${code}` as "languages.vi")).join(", ")}
                {item.author && <> · {item.author.name}</>}
              </span>
            </td>
            <td className="py-2 pr-3">{t(`library.states.${item.state}`)}</td>
            <td className="py-2 pr-3">{item._count.files}</td>
            <td className="py-2 pr-3 text-sm">{formatDateTime(item.updatedAt, locale)}</td>
          </tr>
        ))}
      </ListTable>
      <Pagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/library"
        query={{ state: filters.state, mine: filters.mine }}
        labels={{
          nav: t("common.pagination"),
          previous: t("common.previous"),
          next: t("common.next"),
          page: `${filters.page}/${pageCount}`,
        }}
      />
    </>
  );
}
