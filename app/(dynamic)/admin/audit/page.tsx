import type { Metadata } from "next";
import { ListTable } from "@/components/admin/list-table";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { describeEntities, fieldChanges } from "@/lib/audit/describe";
import { auditFilterOptions, listAuditEntries } from "@/lib/audit/queries";
import { TextDiff } from "@/components/ui/text-diff";
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

/** Before → after, field by field; long texts as a line diff. */
function Changes({
  before,
  after,
  labels,
}: {
  before: unknown;
  after: unknown;
  labels: { added: string; removed: string; empty: string; field: (name: string) => string };
}) {
  const changes = fieldChanges(before, after);
  if (changes.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="font-semibold">{labels.field(change.field)}:</span>{" "}
          {change.lines ? (
            <TextDiff lines={change.lines} labels={labels} />
          ) : (
            <>
              <del className="bg-red-50">{change.before ?? labels.empty}</del> →{" "}
              <ins className="bg-green-50">{change.after ?? labels.empty}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const viewer = await requirePermission("audit.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const filters = ZAuditFilters.parse(await searchParams);
  const [{ entries, total, pageCount }, options] = await Promise.all([listAuditEntries({ viewer, filters }), auditFilterOptions(viewer)]);
  const things = await describeEntities(entries);
  const tEveryday = getT(locale, "everyday");
  const kindName = (type: string) => translateKey(tEveryday, `audit.entities.${type}`, { defaultValue: type });
  const diffLabels = {
    added: tEveryday("diff.added"),
    removed: tEveryday("diff.removed"),
    empty: tEveryday("audit.empty"),
    field: (name: string) => translateKey(tEveryday, `audit.fields.${name}`, { defaultValue: name }),
  };
  return (
    <>
      <PageHeading title={t("audit.title")} lead={t("audit.lead")} />
      <FilterForm action="/admin/audit" submitLabel={t("common.filter")} clearLabel={t("common.clearFilters")}>
        <FilterSelect
          name="actorId"
          label={t("audit.actor")}
          value={filters.actorId}
          options={[
            { value: "", label: t("common.all") },
            ...options.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` })),
          ]}
        />
        <FilterSelect
          name="entityType"
          label={t("audit.entity")}
          value={filters.entityType}
          options={[{ value: "", label: t("common.all") }, ...options.entityTypes.map((type) => ({ value: type, label: kindName(type) }))]}
        />
        {filters.entityId && <input type="hidden" name="entityId" value={filters.entityId} />}
        <FilterInput name="from" type="date" label={t("audit.from")} value={filters.from} />
        <FilterInput name="to" type="date" label={t("audit.to")} value={filters.to} />
      </FilterForm>
      <ListTable
        status={t("common.resultCount", { count: total })}
        isEmpty={entries.length === 0}
        emptyLabel={t("audit.empty")}
        headings={[t("audit.time"), t("audit.what"), t("audit.ip")]}
        small
      >
        {entries.map((entry) => {
          const thing = entry.entityId ? things.get(`${entry.entityType}:${entry.entityId}`) : null;
          const raw = entry.before !== null || entry.after !== null;
          return (
            <tr key={entry.id} className="border-b border-brand-100 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(entry.createdAt, locale)}</td>
              <td className="py-2 pr-3">
                <p>
                  {entry.actor ? (
                    <a href={`/admin/audit?actorId=${entry.actor.id}`} className="font-semibold underline">
                      {entry.actor.name}
                    </a>
                  ) : (
                    <span className="font-semibold">{t("audit.system")}</span>
                  )}{" "}
                  {translateKey(t, `audit.actions.${entry.action}`, { defaultValue: entry.action })}
                  {thing && (
                    <>
                      {": "}
                      {thing.href ? (
                        <a href={thing.href} className="underline">
                          {thing.name}
                        </a>
                      ) : (
                        thing.name
                      )}
                    </>
                  )}
                  <span className="block text-xs text-muted">{kindName(entry.entityType)}</span>
                </p>
                <Changes before={entry.before} after={entry.after} labels={diffLabels} />
                {raw && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-brand-700">{tEveryday("audit.raw")}</summary>
                    <div className="grid gap-2 sm:grid-cols-2">
                      <div>
                        <p className="text-xs font-semibold">{t("audit.before")}</p>
                        <Json value={entry.before} />
                      </div>
                      <div>
                        <p className="text-xs font-semibold">{t("audit.after")}</p>
                        <Json value={entry.after} />
                      </div>
                    </div>
                  </details>
                )}
              </td>
              <td className="py-2 pr-3">{entry.ip}</td>
            </tr>
          );
        })}
      </ListTable>
      <AdminPagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/audit"
        query={{ actorId: filters.actorId, entityType: filters.entityType, entityId: filters.entityId, from: filters.from, to: filters.to }}
        locale={locale}
      />
    </>
  );
}
