import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RelayReceivedForm, RelayRelayedForm, RelayStopForm } from "@/components/reach/relay-forms";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { I18nProvider } from "@/lib/i18n/client";
import { clientResources } from "@/lib/i18n/client-resources";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { relayStepAction } from "@/lib/relays/actions";
import { relayByToken } from "@/lib/relays/mutations";

export async function generateMetadata({ params }: PageProps<"/[locale]/relay/[token]">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getT(locale, "reach")("relay.title"), robots: { index: false } } : {};
}

/** What the relay is about, in Vietnamese (the notice's current version, or the article). */
async function subjectTitle(relay: { subjectType: string; subjectId: string }) {
  if (relay.subjectType === "Notice") {
    const notice = await db.notice.findFirst({
      where: { seriesId: relay.subjectId, state: "ISSUED" },
      orderBy: { version: "desc" },
      include: { translations: { where: { locale: "vi" } } },
    });
    const tr = notice?.translations[0];
    return tr ? { title: tr.headline, text: tr.instruction } : null;
  }
  const article = await db.article.findUnique({ where: { id: relay.subjectId }, include: { translations: { where: { locale: "vi" } } } });
  const tr = article?.translations[0];
  return tr ? { title: tr.title, text: tr.summary } : null;
}

/**
 * /{locale}/relay/{token}: a prestigious person's personal page from the SMS (private, never
 * stored): "I received this", then "I told the villagers (≈ households)", and "send me no more
 * messages" (the withdrawal of their consent, as every message must offer).
 */
export default async function RelayPage({ params }: PageProps<"/[locale]/relay/[token]">) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "reach");
  const relay = await relayByToken(token);
  const subject = relay ? await subjectTitle(relay) : null;
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t("relay.title")}</h1>
      {!relay ? (
        <p className="mt-4">{t("relay.invalid")}</p>
      ) : (
        <>
          {subject && (
            <section className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
              <h2 className="text-lg font-bold">{subject.title}</h2>
              <p className="mt-1 text-lg">{subject.text}</p>
            </section>
          )}
          <p className="mt-4">{t("relay.lead")}</p>
          {relay.receivedAt && (
            <p className="mt-2 font-semibold">{t("relay.receivedDone", { time: formatDateTime(relay.receivedAt, locale) })}</p>
          )}
          {relay.relayedAt && <p className="mt-2 font-semibold">{t("relay.relayedDone", { households: relay.households ?? "?" })}</p>}
          <I18nProvider locale={locale} resources={clientResources(locale, ["reach", "errors"])}>
            {!relay.receivedAt && <RelayReceivedForm action={relayStepAction} token={token} />}
            <RelayRelayedForm action={relayStepAction} token={token} />
            {relay.person.relayConsentAt ? (
              <RelayStopForm action={relayStepAction} token={token} />
            ) : (
              <p role="status" className="mt-8 border-t-2 border-gray-300 pt-4">
                {t("relay.stoppedState")}
              </p>
            )}
          </I18nProvider>
        </>
      )}
    </div>
  );
}
