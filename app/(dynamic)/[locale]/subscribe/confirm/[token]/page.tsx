import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmCodeForm, TokenButtonForm } from "@/components/reach/subscribe-forms";
import { I18nProvider } from "@/lib/i18n/client";
import { clientResources } from "@/lib/i18n/client-resources";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { confirmCodeAction, confirmLinkAction } from "@/lib/subscriptions/actions";
import { verifyToken } from "@/lib/subscriptions/tokens";

export async function generateMetadata({ params }: PageProps<"/[locale]/subscribe/confirm/[token]">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getT(locale, "reach")("subscribe.confirm.title"), robots: { index: false } } : {};
}

/**
 * /{locale}/subscribe/confirm/{token}: private (never stored by the page store). The e-mail link
 * shows one button (a mail scanner that opens links confirms nothing); the SMS page asks for
 * the code.
 */
export default async function ConfirmPage({ params }: PageProps<"/[locale]/subscribe/confirm/[token]">) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "reach");
  const isLink = verifyToken("confirm", token) !== null;
  const isCode = !isLink && verifyToken("code", token) !== null;
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t("subscribe.confirm.title")}</h1>
      {!isLink && !isCode && <p className="mt-4">{t("subscribe.confirm.invalid")}</p>}
      <I18nProvider locale={locale} resources={clientResources(locale, ["reach", "errors"])}>
        {isLink && (
          <>
            <p className="mt-4">{t("subscribe.confirm.linkLead")}</p>
            <TokenButtonForm action={confirmLinkAction} token={token} label={t("subscribe.confirm.linkSubmit")} />
          </>
        )}
        {isCode && (
          <>
            <p className="mt-4">{t("subscribe.confirm.codeLead")}</p>
            <ConfirmCodeForm action={confirmCodeAction} token={token} />
          </>
        )}
      </I18nProvider>
    </div>
  );
}
