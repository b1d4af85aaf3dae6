import type { Metadata } from "next";
import { z } from "zod";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { pageParam } from "@/lib/http/search-params";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listLoggedMessages } from "@/lib/outbox/admin-queries";
import { CHANNELS } from "@/lib/outbox/schema";

const ZFilters = z.object({ channel: z.enum(CHANNELS).optional().catch(undefined), page: pageParam });

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "reach")("outbox.log.title") };
}

/**
 * /admin/outbox/log: what the demo "log" transport kept instead of sending — every message as
 * the resident would have received it, so the flow can be seen working with no provider.
 */
export default async function OutboxLogPage({ searchParams }: PageProps<"/admin/outbox/log">) {
  await requirePermission("outbox.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "reach");
  const tAdmin = getT(locale, "admin");
  const filters = ZFilters.parse(await searchParams);
  const { messages, total, pageCount } = await listLoggedMessages(filters);
  return (
    <>
      <PageHeading title={t("outbox.log.title")} lead={t("outbox.log.lead")}>
        <a href="/admin/outbox" className="inline-flex min-h-11 items-center underline">
          {t("outbox.back")}
        </a>
      </PageHeading>
      <FilterForm action="/admin/outbox/log" submitLabel={tAdmin("common.filter")} clearLabel={tAdmin("common.clearFilters")}>
        <FilterSelect
          name="channel"
          label={t("outbox.columns.channel")}
          value={filters.channel}
          options={[
            { value: "", label: tAdmin("common.all") },
            ...CHANNELS.map((channel) => ({ value: channel, label: t(`channels.${channel}`) })),
          ]}
        />
      </FilterForm>
      <p className="mt-4 text-sm text-muted" role="status">
        {tAdmin("common.resultCount", { count: total })}
      </p>
      {messages.length === 0 ? (
        <p className="mt-4">{t("outbox.log.empty")}</p>
      ) : (
        <ol className="mt-2 space-y-4">
          {messages.map((message) => (
            <li key={message.id} className="rounded border-2 border-brand-100 p-3">
              <p className="text-sm text-muted">
                {t(`channels.${message.channel}`)} · {t("outbox.log.to", { recipient: message.recipient })} · {message.locale}
                {message.sentAt && <> · {formatDateTime(message.sentAt, locale)}</>}
              </p>
              {message.channel === "EMAIL" && message.subject && <p className="mt-1 font-semibold">{message.subject}</p>}
              <pre className="mt-1 whitespace-pre-wrap font-sans">{message.body}</pre>
            </li>
          ))}
        </ol>
      )}
      <AdminPagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/outbox/log"
        query={{ channel: filters.channel }}
        locale={locale}
      />
    </>
  );
}
