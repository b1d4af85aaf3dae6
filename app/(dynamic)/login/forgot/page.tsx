import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/password-reset-forms";
import { OfficeHeader } from "@/components/layout/office-header";
import { SkipLink } from "@/components/layout/skip-link";
import { I18nProvider } from "@/lib/i18n/client";
import { clientResources } from "@/lib/i18n/client-resources";
import { getRequestLocale, getRequestPath, getT } from "@/lib/i18n/server";
import { getSiteIdentity } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "everyday")("reset.forgotTitle"), robots: { index: false } };
}

/** /login/forgot: ask for a one-time link by e-mail. */
export default async function ForgotPasswordPage() {
  const locale = await getRequestLocale();
  const [path, identity] = await Promise.all([getRequestPath(), getSiteIdentity(locale)]);
  const t = getT(locale, "everyday");
  return (
    <>
      <SkipLink label={getT(locale, "common")("skipToContent")} />
      <OfficeHeader locale={locale} path={path} portalName={identity.portalName} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 py-8">
        <h1 className="text-2xl font-bold">{t("reset.forgotTitle")}</h1>
        <p className="mt-2 text-muted">{t("reset.forgotLead")}</p>
        <div className="mt-6">
          <I18nProvider locale={locale} resources={clientResources(locale, ["everyday", "errors", "auth", "admin", "documents"])}>
            <ForgotPasswordForm />
          </I18nProvider>
        </div>
        <p className="mt-8">
          <a href="/login" className="underline">
            {t("reset.backToSignIn")}
          </a>
        </p>
      </main>
    </>
  );
}
