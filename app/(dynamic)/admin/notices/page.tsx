import { listPublicNotices } from "@/lib/notices/queries";
import type { Metadata } from "next";
import { ListTable } from "@/components/admin/list-table";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { SeverityBadge } from "@/components/notices/severity";
import { PageHeading, buttonLinkClass } from "@/components/ui/page-heading";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { reachOf } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listNoticesForViewer } from "@/lib/notices/admin-queries";
import { ZAdminNoticeFilters } from "@/lib/notices/schema";
import { NOTICE_CATEGORIES, noticeStatus } from "@/lib/notices/states";
import { listCommunes } from "@/lib/units/queries";
import { currentMinute } from "@/lib/time/minute";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "notices")("admin.title") };
}

/** /admin/notices: drafts and current versions, filtered by status, field and commune. */
export default async function AdminNoticesPage({ searchParams }: PageProps<"/admin/notices">) {
  const viewer = await requirePermission("notices.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "notices");
  const tAdmin = getT(locale, "admin");
  const filters = ZAdminNoticeFilters.parse(await searchParams);
  const province = reachOf(viewer, "notices.manage") === "all";
  const now = new Date();
  const [{ notices, total, pageCount }, communes, inForce] = await Promise.all([
    listNoticesForViewer({ viewer, filters, now }),
    listCommunes(),
    // A cadre's list holds their commune's own notices; what is in force there (province alerts
    // included) is shown above it, so "0 notices" never hides an alert covering the commune.
    !province && viewer.commune ? listPublicNotices({ commune: viewer.commune.slug, page: 1 }, currentMinute()) : null,
  ]);
  const tEveryday = getT(locale, "everyday");
  const all = { value: "", label: tAdmin("common.all") };
  return (
    <>
      <PageHeading
        title={t("admin.title")}
        lead={province ? t("admin.lead") : t("admin.leadCadre", { commune: viewer.commune?.fullName ?? "" })}
      >
        <a href="/admin/notices/new" className={buttonLinkClass}>
          {t("admin.new")}
        </a>
      </PageHeading>
      {inForce && viewer.commune && (
        <section aria-labelledby="in-force" className="mt-4 rounded border-l-4 border-brand-600 bg-brand-50 px-4 py-3">
          <h2 id="in-force" className="font-bold">
            {tEveryday("notices.inForce", { count: inForce.total, commune: viewer.commune.fullName })}
          </h2>
          {inForce.items.length > 0 && (
            <ul className="mt-1 list-disc pl-6">
              {inForce.items.map((notice) => {
                const text = notice.translations.find((tr) => tr.locale === "vi") ?? notice.translations[0];
                return (
                  <li key={notice.id}>
                    <a href={`/vi/notices/${notice.seriesId}`} className="underline" lang="vi">
                      {text?.headline}
                    </a>
                    {notice.provinceWide && <> ({t("area.province")})</>}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      <FilterForm action="/admin/notices" submitLabel={tAdmin("common.filter")} clearLabel={tAdmin("common.clearFilters")}>
        <FilterSelect
          name="status"
          label={t("admin.filters.status")}
          value={filters.status}
          options={[
            all,
            ...(["DRAFT", "ACTIVE", "EXPIRED", "CANCELLED", "ALL_CLEAR"] as const).map((status) => ({
              value: status,
              label: t(`status.${status}`),
            })),
          ]}
        />
        <FilterSelect
          name="category"
          label={t("admin.filters.category")}
          value={filters.category}
          options={[all, ...NOTICE_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))]}
        />
        {province && (
          <FilterSelect
            name="communeId"
            label={t("admin.filters.commune")}
            value={filters.communeId}
            options={[all, ...communes.map((c) => ({ value: c.id, label: c.fullName }))]}
          />
        )}
        {filters.issuedBy && <input type="hidden" name="issuedBy" value={filters.issuedBy} />}
      </FilterForm>
      <ListTable
        status={tAdmin("common.resultCount", { count: total })}
        isEmpty={notices.length === 0}
        emptyLabel={t("admin.empty")}
        headings={[t("admin.columns.headline"), t("admin.columns.severity"), t("admin.columns.status"), t("admin.columns.expires")]}
      >
        {notices.map((notice) => {
          const vi = notice.translations.find((tr) => tr.locale === "vi") ?? notice.translations[0];
          return (
            <tr key={notice.id} className="border-b border-brand-100 align-top">
              <td className="py-2 pr-3">
                <a href={`/admin/notices/${notice.id}`} className="font-semibold text-brand-700 underline">
                  {vi?.headline ?? notice.id}
                </a>
                <span className="block text-sm text-muted">
                  {t(`categories.${notice.category}`)} · {notice.provinceWide ? t("area.province") : (notice.commune?.fullName ?? "—")}
                  {notice.version > 1 && <> · {t("admin.version", { version: notice.version })}</>}
                  {notice.issuedByCadre && <> · {t("admin.byCommune")}</>}
                  {notice.issuedBy && <> · {notice.issuedBy.name}</>}
                </span>
              </td>
              <td className="py-2 pr-3">
                <SeverityBadge severity={notice.severity} label={t(`severity.${notice.severity}`)} />
              </td>
              <td className="py-2 pr-3">{t(`status.${noticeStatus(notice, now)}`)}</td>
              <td className="py-2 pr-3 text-sm">{formatDateTime(notice.expiresAt, locale)}</td>
            </tr>
          );
        })}
      </ListTable>
      <AdminPagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/notices"
        query={{ status: filters.status, category: filters.category, communeId: filters.communeId, issuedBy: filters.issuedBy }}
        locale={locale}
      />
    </>
  );
}
