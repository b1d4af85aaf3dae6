import type { Metadata } from "next";
import { cookies } from "next/headers";
import { SubscriberLookupForm, WithdrawForResidentForm } from "@/components/reach/relay-forms";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { lookupSubscribersAction, withdrawForResidentAction } from "@/lib/subscriptions/actions";
import { LOOKUP_COOKIE, readLookupCookie } from "@/lib/subscriptions/lookup";
import { lookupSubscriptions } from "@/lib/subscriptions/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "reach")("subscribers.title") };
}

/**
 * /admin/subscribers: an official finds a resident's subscriptions by their e-mail address or
 * mobile number (an audited form post; the address reaches this page in a signed cookie, never
 * in its URL: lib/subscriptions/lookup.ts), sees each consent as recorded — purpose, channel,
 * time, withdrawal — and withdraws one on the resident's request, with the reason (audited).
 * Addresses are shown masked.
 */
export default async function SubscribersPage() {
  const viewer = await requirePermission("subscribers.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "reach");
  const q = readLookupCookie((await cookies()).get(LOOKUP_COOKIE)?.value, viewer.id) ?? "";
  const found = q ? await lookupSubscriptions(viewer, q) : null;
  return (
    <>
      <PageHeading title={t("subscribers.title")} lead={t("subscribers.lead")} />
      <SubscriberLookupForm action={lookupSubscribersAction} query={q} />
      {Array.isArray(found) && found.length === 0 && (
        <p role="status" className="mt-6">
          {t("subscribers.none")}
        </p>
      )}
      {Array.isArray(found) && found.length > 0 && (
        <ul className="mt-6 space-y-4" aria-label={t("subscribers.results")}>
          {found.map((row) => (
            <li key={row.id} className="rounded border-2 border-brand-100 p-4" data-subscription={row.id}>
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("subscribe.manage.purpose")}</dt>
                <dd>{row.consentPurpose}</dd>
                <dt className="font-semibold">{t("subscribe.manage.channel")}</dt>
                <dd>{t(`channels.${row.channel}`)}</dd>
                <dt className="font-semibold">{t("subscribe.manage.address")}</dt>
                <dd>{row.maskedAddress}</dd>
                {row.communeName && (
                  <>
                    <dt className="font-semibold">{t("subscribe.commune")}</dt>
                    <dd>{row.communeName}</dd>
                  </>
                )}
                <dt className="font-semibold">{t("subscribers.createdAt")}</dt>
                <dd>{formatDateTime(row.createdAt, locale)}</dd>
                <dt className="font-semibold">{t("subscribe.manage.consentAt")}</dt>
                <dd>{row.consentAt ? formatDateTime(row.consentAt, locale) : "—"}</dd>
                <dt className="font-semibold">{t("subscribe.manage.state")}</dt>
                {/* Announced when a withdrawal changes it (the form, and its message, then go away). */}
                <dd data-subscription-state={row.state} aria-live="polite">
                  {t(`subscribe.manage.states.${row.state}`)}
                </dd>
                {row.withdrawnAt && (
                  <>
                    <dt className="font-semibold">{t("subscribers.withdrawnAt")}</dt>
                    <dd>{formatDateTime(row.withdrawnAt, locale)}</dd>
                  </>
                )}
              </dl>
              {row.state !== "WITHDRAWN" && <WithdrawForResidentForm action={withdrawForResidentAction} subscriptionId={row.id} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
