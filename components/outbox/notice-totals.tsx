import { formatDateTime, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { NoticeTotalsRow } from "@/lib/outbox/admin-queries";

/** Messages per notice version (the latest 20): sent, delivered, waiting, failed. */
export function NoticeTotals({ totals, locale }: { totals: NoticeTotalsRow[]; locale: Locale }) {
  const t = getT(locale, "reach");
  if (totals.length === 0) return null;
  return (
    <section aria-labelledby="notice-totals" className="mt-8">
      <h2 id="notice-totals" className="text-xl font-bold">{t("outbox.perNotice")}</h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-brand-700">
              <th scope="col" className="py-2 pr-3">{t("outbox.columns.notice")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("outbox.columns.total")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("outbox.states.SENT")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("outbox.states.DELIVERED")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("outbox.columns.waiting")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("outbox.states.DEAD")}</th>
              <th scope="col" className="py-2 pr-3">{t("outbox.columns.last")}</th>
            </tr>
          </thead>
          <tbody>
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
                    {notice && <span className="block text-muted">{t(`outbox.noticeStep.${notice.allClear ? "ALL_CLEAR" : notice.msgType}`, { version: notice.version })}</span>}
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
          </tbody>
        </table>
      </div>
    </section>
  );
}
