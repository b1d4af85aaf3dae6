import type { OutboxChannel, OutboxState } from "@/lib/generated/prisma/enums";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { CHANNELS } from "@/lib/outbox/schema";
import { OUTBOX_STATES } from "@/lib/outbox/states";

/** States × channels, each count a link to those messages; and the oldest one still waiting. */
export function OutboxOverview({
  counts,
  oldest,
  locale,
}: {
  counts: { channel: OutboxChannel; state: OutboxState; count: number }[];
  oldest: Date | null;
  locale: Locale;
}) {
  const t = getT(locale, "reach");
  const count = (channel: OutboxChannel, state: OutboxState) => counts.find((c) => c.channel === channel && c.state === state)?.count ?? 0;
  return (
    <section aria-labelledby="outbox-overview" className="mt-6">
      <h2 id="outbox-overview" className="text-xl font-bold">
        {t("outbox.overview")}
      </h2>
      <p className="mt-1 text-sm text-muted">
        {oldest ? t("outbox.oldestWaiting", { time: formatDateTime(oldest, locale) }) : t("outbox.nothingWaiting")}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-brand-700">
              <th scope="col" className="py-2 pr-4">
                {t("outbox.columns.state")}
              </th>
              {CHANNELS.map((channel) => (
                <th key={channel} scope="col" className="py-2 pr-4 text-right">
                  {t(`channels.${channel}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {OUTBOX_STATES.map((state) => (
              <tr key={state} className="border-b border-brand-100">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {t(`outbox.states.${state}`)}
                </th>
                {CHANNELS.map((channel) => {
                  const n = count(channel, state);
                  return (
                    <td key={channel} className="py-1 pr-4 text-right tabular-nums">
                      {n > 0 ? (
                        <a className="underline" href={`/admin/outbox?state=${state}&channel=${channel}`}>
                          {formatNumber(n, locale)}
                        </a>
                      ) : (
                        "0"
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
