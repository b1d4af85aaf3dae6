import type { NoticeSeverity } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { isRelayed, noticeCommunes, relayPersons } from "@/lib/relays/fanout";
import { noticeSubscriberCounts } from "@/lib/subscriptions/fanout";
import { noticeSmsSample } from "@/lib/subscriptions/templates";

/**
 * Before issuing (and before a cancel or all-clear, which reach the same people): how many
 * subscribers per channel and prestigious persons the version will reach, and what one SMS
 * of it costs in segments — the text a Vietnamese SMS subscriber gets, its short unsubscribe
 * link included (a stand-in code of the real length).
 */
export async function ReachPreview({
  notice,
  locale,
}: {
  notice: { id: string; provinceWide: boolean; severity: NoticeSeverity };
  locale: Locale;
}) {
  const t = getT(locale, "reach");
  const [counts, persons, sample] = await Promise.all([
    noticeSubscriberCounts(db, notice),
    noticeCommunes(db, notice.id).then((communeIds) => relayPersons(db, { provinceWide: notice.provinceWide, communeIds })),
    noticeSmsSample(db, notice.id),
  ]);
  return (
    <section aria-labelledby="reach-preview" className="mt-8 rounded border-2 border-brand-100 p-4">
      <h2 id="reach-preview" className="text-lg font-bold">
        {t("preview.title")}
      </h2>
      <p data-reach-subscribers>{t("preview.subscribers", { email: counts.EMAIL, sms: counts.SMS, zalo: counts.ZALO })}</p>
      <p data-reach-relays>{isRelayed(notice.severity) ? t("preview.relays", { count: persons.length }) : t("preview.noRelays")}</p>
      {sample && (
        <>
          <p data-sms-segments={sample.cost.segments}>
            {t("preview.sms", {
              length: sample.cost.length,
              segments: sample.cost.segments,
              encoding: sample.cost.encoding,
              stripped: sample.stripped ? t("preview.stripped") : "",
            })}
          </p>
          <pre lang="vi" className="mt-2 whitespace-pre-wrap rounded bg-gray-100 p-2 text-sm">
            {sample.text}
          </pre>
        </>
      )}
    </section>
  );
}

/** Relay figures of one notice or article: received / confirmed / told the villagers. */
export function RelayFiguresLine({
  figures,
  locale,
}: {
  figures: { sent: number; received: number; relayed: number; households: number; reminders: number } | undefined;
  locale: Locale;
}) {
  const t = getT(locale, "reach");
  if (!figures) return null;
  return (
    <p data-relay-figures>
      {t("relays.columns.sent")}: {figures.sent} · {t("relays.columns.received")}:{" "}
      <strong>{t("relays.ofTotal", { acknowledged: figures.received, total: figures.sent })}</strong> · {t("relays.columns.relayed")}:{" "}
      {figures.relayed} ({figures.households} {t("relays.columns.households").toLowerCase()}) · {t("relays.columns.reminders")}:{" "}
      <span data-relay-reminders>{figures.reminders}</span>
    </p>
  );
}
