import type { Metadata } from "next";
import { ListTable } from "@/components/admin/list-table";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { OverdueBadge } from "@/components/forum/overdue-badge";
import { PageHeading, buttonLinkClass } from "@/components/ui/page-heading";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listQuestionsForViewer } from "@/lib/forum/admin-queries";
import { ZAdminForumFilters } from "@/lib/forum/schema";
import { FORUM_STATES, FORUM_TOPICS, displayState } from "@/lib/forum/states";
import { excerpt } from "@/lib/forum/text";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "forum")("admin.title") };
}

/** /admin/forum: the queue (officials: every question; a cadre: their commune's). */
export default async function AdminForumPage({ searchParams }: PageProps<"/admin/forum">) {
  const viewer = await requirePermission("forum.answer");
  const locale = await getRequestLocale();
  const t = getT(locale, "forum");
  const filters = ZAdminForumFilters.parse(await searchParams);
  const province = can(viewer, "forum.moderate");
  const [{ questions, total, pageCount }, communes] = await Promise.all([listQuestionsForViewer({ viewer, filters }), listCommunes()]);
  const all = { value: "", label: t("admin.filters.all") };
  return (
    <>
      <PageHeading title={t("admin.title")} lead={t("admin.lead")}>
        <a href="/admin/forum/new" className={buttonLinkClass}>
          {t("admin.newLink")}
        </a>
      </PageHeading>
      <FilterForm action="/admin/forum" submitLabel={t("admin.filters.apply")} clearLabel={t("admin.filters.clear")}>
        <FilterInput name="q" type="search" label={t("admin.filters.q")} value={filters.q} />
        <FilterSelect
          name="state"
          label={t("admin.filters.state")}
          value={filters.state}
          options={[
            all,
            { value: "WAITING", label: t("admin.filters.waiting") },
            ...FORUM_STATES.map((s) => ({ value: s, label: t(`states.${s}`) })),
            { value: "MERGED", label: t("states.MERGED") },
          ]}
        />
        <FilterSelect
          name="late"
          label={t("admin.filters.late")}
          value={filters.late}
          options={[
            all,
            { value: "overdue", label: t("overdue.overdue", { days: 10 }) },
            { value: "veryOverdue", label: t("overdue.veryOverdue", { days: 20 }) },
          ]}
        />
        {province && (
          <FilterSelect
            name="communeId"
            label={t("admin.filters.commune")}
            value={filters.communeId}
            options={[all, ...communes.map((c) => ({ value: c.id, label: c.fullName }))]}
          />
        )}
        <FilterSelect
          name="topic"
          label={t("admin.filters.topic")}
          value={filters.topic}
          options={[all, ...FORUM_TOPICS.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))]}
        />
        <FilterSelect
          name="mine"
          label={t("admin.filters.mine")}
          value={filters.mine}
          options={[all, { value: "1", label: t("admin.filters.yes") }]}
        />
        {province && (
          <FilterSelect
            name="help"
            label={t("admin.filters.help")}
            value={filters.help}
            options={[all, { value: "1", label: t("admin.filters.yes") }]}
          />
        )}
      </FilterForm>
      <ListTable
        status={t("admin.count", { count: total })}
        isEmpty={questions.length === 0}
        emptyLabel={t("admin.empty")}
        headings={[
          t("admin.columns.number"),
          t("admin.columns.question"),
          t("admin.columns.state"),
          t("admin.columns.sent"),
          t("admin.columns.assigned"),
        ]}
      >
        {questions.map((q) => (
          <tr key={q.id} className="border-b border-brand-100 align-top">
            <td className="py-2 pr-3 font-mono">{q.number}</td>
            <td className="py-2 pr-3">
              <a href={`/admin/forum/${q.id}`} className="font-semibold text-brand-700 underline">
                {excerpt(q.publicBody, 100)}
              </a>
              <span className="block text-sm text-muted">
                {t(`topics.${q.topic}`)} · {q.commune.fullName}
              </span>
              {q.helpRequestedAt && <span className="block text-sm font-semibold text-accent-700">{t("admin.helpFlag")}</span>}
            </td>
            <td className="py-2 pr-3">
              {t(`states.${displayState(q)}`)} <OverdueBadge overdue={q.overdue} locale={locale} />
              {q.state === "ANSWERED" && !q.publishedAt && !q.mergedIntoId && (
                <span className="mt-1 block text-sm font-semibold text-accent-700">
                  {getT(locale, "everyday")("forum.answeredAwaitingPublication")}
                </span>
              )}
            </td>
            <td className="py-2 pr-3 text-sm">{formatDateTime(q.createdAt, locale)}</td>
            <td className="py-2 pr-3 text-sm">{[q.assignedCommune?.fullName, q.assignee?.name].filter(Boolean).join(" · ")}</td>
          </tr>
        ))}
      </ListTable>
      <AdminPagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/forum"
        query={{
          q: filters.q,
          state: filters.state,
          late: filters.late,
          communeId: filters.communeId,
          topic: filters.topic,
          mine: filters.mine,
          help: filters.help,
        }}
        locale={locale}
      />
    </>
  );
}
