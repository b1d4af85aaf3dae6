import { formatDateTime, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { NoticeTotalsRow } from "@/lib/outbox/admin-queries";
import { DataTable } from "@/components/ui/data-table";

/** Messages per notice version (the latest 20): sent, delivered, waiting, failed. */
export function NoticeTotals({ totals, locale }: { totals: NoticeTotalsRow[]; locale: Locale }) {
  const t = getT(locale, "reach");
  if (totals.length === 0) return null;
  return (
    <section aria-labelledby="notice-totals" className="mt-8">
      <h2 id="notice-totals" className="text-xl font-bold">
        {t("outbox.perNotice")}
      </h2>
      <DataTable
        headings={[
          t("outbox.columns.notice"),
          { label: t("outbox.columns.total"), numeric: true },
          { label: t("outbox.states.SENT"), numeric: true },
          { label: t("outbox.states.DELIVERED"), numeric: true },
          { label: t("outbox.columns.waiting"), numeric: true },
          { label: t("outbox.states.DEAD"), numeric: true },
          t("outbox.columns.last"),
        ]}
      >
        {totals.map((row) => {
          const notice = row.notice;
          const s = row.byState;
          const waiting = (s.QUEUED ?? 0) + (s.SENDING ?? 0) + (s.FAILED ?? 0);
          return (
            <tr key={row.subjectId} className="border-b border-brand-100">
              <td className="py-1 pr-3">
                <a className="underline" href={`/admin/outbox?about=Notice:${row.subjectId}`}>
                  {notice?.translations[0]?.headline ?? row.subjectId}
                </a>
                {notice && (
                  <span className="block text-muted">
                    {t(`outbox.noticeStep.${notice.allClear ? "ALL_CLEAR" : notice.msgType}`, { version: notice.version })}
                  </span>
                )}
              </td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(row.total, locale)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(s.SENT ?? 0, locale)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(s.DELIVERED ?? 0, locale)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(waiting, locale)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(s.DEAD ?? 0, locale)}</td>
              <td className="py-1 pr-3">{formatDateTime(row.lastAt, locale)}</td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
