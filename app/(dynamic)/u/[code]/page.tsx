import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { publicBaseUrl } from "@/lib/outbox/settings";
import { isShortCode } from "@/lib/subscriptions/short-link";
import { signToken } from "@/lib/subscriptions/tokens";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * /u/{code}: the short unsubscribe link of SMS messages (a private page: never stored by the
 * front server, no-store, noindex — lib/i18n/languages.mjs PRIVATE_ROOT_PATHS). It opens the
 * subscription's personal page in the subscriber's language, at the configured public address
 * (PUBLIC_URL, never the request's Host), where one button withdraws the consent. Withdrawing on
 * the GET itself is avoided on purpose: SMS and chat apps fetch links for previews.
 */
export default async function ShortUnsubscribeLink({ params }: PageProps<"/u/[code]">) {
  const { code } = await params;
  const subscription = isShortCode(code)
    ? await db.subscription.findUnique({ where: { shortCode: code }, select: { id: true, locale: true } })
    : null;
  if (!subscription) notFound();
  const locale = isLocale(subscription.locale) ? subscription.locale : DEFAULT_LOCALE;
  redirect(`${publicBaseUrl()}/${locale}/subscribe/manage/${signToken("manage", subscription.id)}`);
}
