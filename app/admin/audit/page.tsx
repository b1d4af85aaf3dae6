import type { Metadata } from "next";
import { ListTable } from "@/components/admin/list-table";
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
      <ListTable
        status={t("common.resultCount", { count: total })}
        isEmpty={entries.length === 0}
        emptyLabel={t("audit.empty")}
        headings={[t("audit.time"), t("audit.actor"), t("audit.what"), t("audit.before"), t("audit.after"), t("audit.ip")]}
        small
      >
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
      </ListTable>
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
