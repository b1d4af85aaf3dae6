import type { Metadata } from "next";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { auditFilterOptions, listAuditEntries } from "@/lib/audit/queries";
import { ZAuditFilters } from "@/lib/audit/schema";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("audit.title") };
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return null;
  return <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-words text-xs">{JSON.stringify(value, null, 1)}</pre>;
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const viewer = await requirePermission("audit.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const filters = ZAuditFilters.parse(await searchParams);
  const [{ entries, total, pageCount }, options] = await Promise.all([
    listAuditEntries({ viewer, filters }),
    auditFilterOptions(viewer),
  ]);
  return (
    <>
      <PageHeading title={t("audit.title")} lead={t("audit.lead")} />
      <FilterForm action="/admin/audit" submitLabel={t("common.filter")} clearLabel={t("common.clearFilters")}>
        <FilterSelect
          name="actorId"
          label={t("audit.actor")}
          value={filters.actorId}
          options={[{ value: "", label: t("common.all") }, ...options.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))]}
        />
        <FilterSelect
          name="entityType"
          label={t("audit.entity")}
          value={filters.entityType}
          options={[{ value: "", label: t("common.all") }, ...options.entityTypes.map((type) => ({ value: type, label: type }))]}
        />
        {filters.entityId && <input type="hidden" name="entityId" value={filters.entityId} />}
        <FilterInput name="from" type="date" label={t("audit.from")} value={filters.from} />
        <FilterInput name="to" type="date" label={t("audit.to")} value={filters.to} />
      </FilterForm>
      <p className="mt-4 text-sm text-muted" role="status">
        {t("common.resultCount", { count: total })}
      </p>
      {entries.length === 0 ? (
        <p className="mt-4">{t("audit.empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-brand-700">
                <th scope="col" className="py-2 pr-3">{t("audit.time")}</th>
                <th scope="col" className="py-2 pr-3">{t("audit.actor")}</th>
                <th scope="col" className="py-2 pr-3">{t("audit.what")}</th>
                <th scope="col" className="py-2 pr-3">{t("audit.before")}</th>
                <th scope="col" className="py-2 pr-3">{t("audit.after")}</th>
                <th scope="col" className="py-2 pr-3">{t("audit.ip")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b border-brand-100 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(entry.createdAt, locale)}</td>
                  <td className="py-2 pr-3">{entry.actor ? entry.actor.name : t("audit.system")}</td>
                  <td className="py-2 pr-3">
                    {translateKey(t, `audit.actions.${entry.action}`, { defaultValue: entry.action })}
                    <span className="block text-xs text-muted">
                      {entry.entityType}
                      {entry.entityId && ` · ${entry.entityId}`}
                    </span>
                  </td>
                  <td className="py-2 pr-3"><Json value={entry.before} /></td>
                  <td className="py-2 pr-3"><Json value={entry.after} /></td>
                  <td className="py-2 pr-3">{entry.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/audit"
        query={{ actorId: filters.actorId, entityType: filters.entityType, entityId: filters.entityId, from: filters.from, to: filters.to }}
        labels={{
          nav: t("common.pagination"),
          previous: t("common.previous"),
          next: t("common.next"),
          page: t("common.pageOf", { page: filters.page, pageCount }),
        }}
      />
    </>
  );
}
