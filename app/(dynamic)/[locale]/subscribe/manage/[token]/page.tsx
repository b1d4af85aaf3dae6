import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TokenButtonForm } from "@/components/reach/subscribe-forms";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { I18nProvider } from "@/lib/i18n/client";
import { clientResources } from "@/lib/i18n/client-resources";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { maskRecipient } from "@/lib/outbox/recipient";
import { withdrawAction } from "@/lib/subscriptions/actions";
import { verifyToken } from "@/lib/subscriptions/tokens";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata({ params }: PageProps<"/[locale]/subscribe/manage/[token]">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getT(locale, "reach")("subscribe.manage.title"), robots: { index: false } } : {};
}

/**
 * /{locale}/subscribe/manage/{token}: the personal link in every message (private, never
 * stored). Shows the consent as recorded — purpose, channel, address (masked), time — and
 * withdraws it in one step.
 */
export default async function ManagePage({ params, searchParams }: PageProps<"/[locale]/subscribe/manage/[token]">) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const query = await searchParams;
  const t = getT(locale, "reach");
  const id = verifyToken("manage", token);
  const subscription = id ? await db.subscription.findUnique({ where: { id } }) : null;
  if (!subscription) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-2xl font-bold">{t("subscribe.manage.title")}</h1>
        <p className="mt-4">{t("subscribe.confirm.invalid")}</p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t("subscribe.manage.title")}</h1>
      {query.confirmed === "1" && subscription.state === "ACTIVE" && (
        <StatusMessage className="mt-4">{t("subscribe.confirm.done")}</StatusMessage>
      )}
      <p className="mt-4">{t("subscribe.manage.lead")}</p>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">{t("subscribe.manage.purpose")}</dt>
        <dd>{subscription.consentPurpose}</dd>
        <dt className="font-semibold">{t("subscribe.manage.channel")}</dt>
        <dd>{t(`channels.${subscription.channel}`)}</dd>
        <dt className="font-semibold">{t("subscribe.manage.address")}</dt>
        <dd>{maskRecipient(subscription.channel, subscription.address)}</dd>
        <dt className="font-semibold">{t("subscribe.manage.consentAt")}</dt>
        <dd>{subscription.consentAt ? formatDateTime(subscription.consentAt, locale) : "—"}</dd>
        <dt className="font-semibold">{t("subscribe.manage.state")}</dt>
        <dd>{t(`subscribe.manage.states.${subscription.state}`)}</dd>
      </dl>
      {subscription.state === "WITHDRAWN" ? (
        <>
          <StatusMessage className="mt-6">{t("subscribe.manage.withdrawn")}</StatusMessage>
          <p className="mt-4">
            <a href={localePath(locale, "subscribe")} className="underline">
              {t("subscribe.manage.again")}
            </a>
          </p>
        </>
      ) : (
        <I18nProvider locale={locale} resources={clientResources(locale, ["reach", "errors"])}>
          <TokenButtonForm action={withdrawAction} token={token} label={t("subscribe.manage.withdraw")} variant="danger" />
        </I18nProvider>
      )}
    </div>
  );
}
