import type { Metadata } from "next";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { ListTable } from "@/components/admin/list-table";
import { OutboxOverview } from "@/components/outbox/outbox-overview";
import { NoticeTotals } from "@/components/outbox/notice-totals";
import { PageHeading } from "@/components/ui/page-heading";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listOutboxMessages, noticeTotals, oldestWaiting, outboxCounts, ZOutboxFilters } from "@/lib/outbox/admin-queries";
import { CHANNELS } from "@/lib/outbox/schema";
import { OUTBOX_STATES } from "@/lib/outbox/states";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "reach")("outbox.title") };
}

/** /admin/outbox: the queue by state and channel, each message with its error, totals per notice. */
export default async function OutboxPage({ searchParams }: PageProps<"/admin/outbox">) {
  await requirePermission("outbox.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "reach");
  const tAdmin = getT(locale, "admin");
  const filters = ZOutboxFilters.parse(await searchParams);
  const [counts, oldest, totals, { messages, total, pageCount }] = await Promise.all([
    outboxCounts(),
    oldestWaiting(),
    noticeTotals(),
    listOutboxMessages(filters),
  ]);
  const all = { value: "", label: tAdmin("common.all") };
  return (
    <>
      <PageHeading title={t("outbox.title")} lead={t("outbox.lead")}>
        <a href="/admin/outbox/log" className="inline-flex min-h-11 items-center underline">
          {t("outbox.log.link")}
        </a>
      </PageHeading>
      <OutboxOverview counts={counts} oldest={oldest} locale={locale} />
      <NoticeTotals totals={totals} locale={locale} />
      <h2 className="mt-8 text-xl font-bold">{t("outbox.messages")}</h2>
      <FilterForm action="/admin/outbox" submitLabel={tAdmin("common.filter")} clearLabel={tAdmin("common.clearFilters")}>
        <FilterSelect
          name="state"
          label={t("outbox.columns.state")}
          value={filters.state}
          options={[all, ...OUTBOX_STATES.map((state) => ({ value: state, label: t(`outbox.states.${state}`) }))]}
        />
        <FilterSelect
          name="channel"
          label={t("outbox.columns.channel")}
          value={filters.channel}
          options={[all, ...CHANNELS.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }))]}
        />
        {filters.about && <input type="hidden" name="about" value={filters.about} />}
      </FilterForm>
      <ListTable
        status={tAdmin("common.resultCount", { count: total })}
        isEmpty={messages.length === 0}
        emptyLabel={t("outbox.empty")}
        headings={[t("outbox.columns.recipient"), t("outbox.columns.state"), t("outbox.columns.attempts"), t("outbox.columns.created")]}
      >
        {messages.map((message) => (
          <tr key={message.id} className="border-b border-brand-100 align-top">
            <td className="py-2 pr-3">
              <a href={`/admin/outbox/${message.id}`} className="font-semibold text-brand-700 underline">
                {message.recipient}
              </a>
              <span className="block text-sm text-muted">
                {t(`channels.${message.channel}`)} · {message.template}
              </span>
            </td>
            <td className="py-2 pr-3">
              {t(`outbox.states.${message.state}`)}
              {message.lastError && <span className="block max-w-md break-words text-sm text-accent-700">{message.lastError}</span>}
            </td>
            <td className="py-2 pr-3">{message.attempts}</td>
            <td className="py-2 pr-3 text-sm">{formatDateTime(message.createdAt, locale)}</td>
          </tr>
        ))}
      </ListTable>
      <AdminPagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/outbox"
        query={{ state: filters.state, channel: filters.channel, about: filters.about }}
        locale={locale}
      />
    </>
  );
}
