import { EmergencyNumbers } from "@/components/contact/emergency-numbers";
import { getSiteIdentity } from "@/lib/settings/queries";
import { FallbackNote } from "@/components/layout/fallback-note";
import { OutdatedNote } from "@/components/layout/outdated-note";
import { RecordedReading } from "@/components/ui/recorded-reading";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT, interfaceFallsBack } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { areaNames, type PublicNotice } from "@/lib/notices/queries";
import { noticeStatus } from "@/lib/notices/states";
import { SEVERITY_STYLE, SeverityBadge, SeverityIcon } from "./severity";
import { ValidUntil } from "./valid-until";

/**
 * A notice's public page: how it stands (in force, cancelled with its reason, all clear,
 * expired), what to do in large text, the area by name, validity in the province's time, the
 * recording, the CAP document and the history of its versions. All server-rendered.
 */
export async function NoticeView({
  notice,
  locale,
  now,
  outdatedSince = null,
}: {
  notice: PublicNotice;
  locale: Locale;
  now: Date;
  outdatedSince?: string | null;
}) {
  const { agencyName } = await getSiteIdentity(locale);
  const tEveryday = getT(locale, "everyday");
  // Who issued it: the commune's People's Committee for a cadre's notice, else the province's committee.
  const issuer =
    notice.issuedByCadre && notice.commune ? tEveryday("notice.communeIssuer", { commune: notice.commune.fullName }) : agencyName;
  const t = getT(locale, "notices");
  const tCommon = getT(locale, "common");
  const picked = pickTranslation(notice.translations, locale)!;
  const tr = picked.value;
  const status = noticeStatus(notice, now);
  const names = areaNames(notice);
  const time = (iso: string) => formatDateTime(new Date(iso), locale);
  return (
    <article>
      {status === "ACTIVE" && <ValidUntil time={notice.expiresAt} />}
      {outdatedSince && !picked.isFallback && <OutdatedNote locale={locale} since={outdatedSince} />}
      {picked.isFallback && !interfaceFallsBack(locale) && (
        <div className="mb-4">
          <FallbackNote>{tCommon("fallback.content", { language: tCommon(`languageNames.${locale}`) })}</FallbackNote>
        </div>
      )}
      <div className={`rounded border-l-8 p-4 ${SEVERITY_STYLE[notice.severity].box}`}>
        <p className="flex flex-wrap items-center gap-2">
          <SeverityIcon severity={notice.severity} className="h-8 w-8" />
          <SeverityBadge severity={notice.severity} label={t(`severity.${notice.severity}`)} />
          <span className="font-semibold">{notice.hazard ? t(`hazards.${notice.hazard}`) : t(`categories.${notice.category}`)}</span>
          <span className="text-sm">· {t(`status.${status}`)}</span>
        </p>
        <h1 lang={picked.lang} className="mt-2 text-2xl font-bold leading-snug sm:text-3xl">
          {tr.headline}
        </h1>
      </div>
      {status === "CANCELLED" && (
        <div role="note" className="mt-4 rounded border-l-8 border-gray-700 bg-gray-100 px-4 py-3">
          <h2 className="text-xl font-bold">{t("detail.cancelledTitle")}</h2>
          <p>
            {t("detail.cancelledBody", { time: time(notice.issuedAt) })}
            <span lang="vi">{notice.reason}</span>
          </p>
        </div>
      )}
      {status === "ALL_CLEAR" && (
        <div role="note" className="mt-4 rounded border-l-8 border-green-700 bg-green-50 px-4 py-3">
          <h2 className="text-xl font-bold">{t("detail.allClearTitle")}</h2>
          <p>
            {t("detail.allClearBody", { time: time(notice.issuedAt) })} {notice.reason && <span lang="vi">{notice.reason}</span>}
          </p>
        </div>
      )}
      {status === "EXPIRED" && (
        <div role="note" className="mt-4 rounded border-l-8 border-gray-700 bg-gray-100 px-4 py-3">
          <h2 className="text-xl font-bold">{t("detail.expiredTitle")}</h2>
          <p>{t("detail.expiredBody", { time: time(notice.expiresAt) })}</p>
        </div>
      )}
      <section aria-labelledby="instruction" className="mt-4 rounded border-4 border-brand-700 p-4">
        <h2 id="instruction" className="text-xl font-bold">
          {t("detail.instruction")}
        </h2>
        <p lang={picked.lang} className="mt-2 whitespace-pre-line text-2xl font-semibold leading-relaxed">
          {tr.instruction}
        </p>
      </section>
      {(notice.category === "DISASTER" || notice.category === "HEALTH") && <EmergencyNumbers locale={locale} office={notice.commune} />}
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">{tEveryday("notice.issuedBy")}</dt>
        <dd lang="vi">{issuer}</dd>
        <dt className="font-bold">{t("detail.area")}</dt>
        <dd>{names ? names.join(", ") : t("area.province")}</dd>
        <dt className="font-bold">{t("detail.validity")}</dt>
        <dd>{t("detail.validityRange", { from: time(notice.effectiveAt), to: time(notice.expiresAt) })}</dd>
        <dt className="font-bold">{t("detail.urgency")}</dt>
        <dd>{t(`urgency.${notice.urgency}`)}</dd>
        <dt className="font-bold">{t("detail.certainty")}</dt>
        <dd>{t(`certainty.${notice.certainty}`)}</dd>
      </dl>
      {tr.audio && <RecordedReading audio={tr.audio} locale={locale} heading={t("detail.listen")} />}
      <section aria-labelledby="description" className="mt-6">
        <h2 id="description" className="text-xl font-bold">
          {t("detail.description")}
        </h2>
        <p lang={picked.lang} className="mt-2 max-w-prose whitespace-pre-line text-lg">
          {tr.description}
        </p>
      </section>
      {notice.history.length > 0 && (
        <section aria-labelledby="history" className="mt-8">
          <h2 id="history" className="text-lg font-bold">
            {t("detail.history")}
          </h2>
          <ol className="mt-2 space-y-1">
            {notice.history.map((version) => {
              const type = version.allClear ? "ALL_CLEAR" : version.msgType;
              const headline = pickTranslation(version.translations, locale)!;
              return (
                <li key={version.id}>
                  {t("detail.historyItem", { type: t(`detail.historyTypes.${type}`), time: time(version.issuedAt), headline: "" })}
                  <span lang={headline.lang}>{headline.value.headline}</span>
                  {version.reason && (
                    <>
                      {" "}
                      — <span lang="vi">{version.reason}</span>
                    </>
                  )}{" "}
                  <a href={`/cap/${version.id}.xml`} className="text-sm underline">
                    CAP
                  </a>
                </li>
              );
            })}
          </ol>
        </section>
      )}
      <p className="no-print mt-6">
        <a href={localePath(locale, "notices")} className="underline">
          {t("detail.back")}
        </a>
      </p>
      <p className="no-print mt-4 text-sm text-muted">
        {tEveryday("feeds.forOtherSystems")}{" "}
        <a href={`/cap/${notice.id}.xml`} className="underline">
          {t("detail.cap")}
        </a>
      </p>
    </article>
  );
}
