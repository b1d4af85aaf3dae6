import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/password-reset-forms";
import { OfficeHeader } from "@/components/layout/office-header";
import { SkipLink } from "@/components/layout/skip-link";
import { I18nProvider } from "@/lib/i18n/client";
import { clientResources } from "@/lib/i18n/client-resources";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { getSiteIdentity } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in the address: no referrer to other sites, never indexed.
  return { title: getT(await getRequestLocale(), "everyday")("reset.title"), robots: { index: false }, referrer: "no-referrer" };
}

/** /login/reset?token=…: the one-time link's page (checked when the form is sent). */
export default async function ResetPasswordPage({ searchParams }: PageProps<"/login/reset">) {
  const query = await searchParams;
  const token = typeof query.token === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(query.token) ? query.token : null;
  const locale = await getRequestLocale();
  const identity = await getSiteIdentity(locale);
  const t = getT(locale, "everyday");
  return (
    <>
      <SkipLink label={getT(locale, "common")("skipToContent")} />
      {/* The language switcher keeps the path: not this one, which holds the token. */}
      <OfficeHeader locale={locale} path="/login/reset" portalName={identity.portalName} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 py-8">
        <h1 className="text-2xl font-bold">{t("reset.title")}</h1>
        {token ? (
          <>
            <p className="mt-2 text-muted">{t("reset.lead")}</p>
            <div className="mt-6">
              <I18nProvider locale={locale} resources={clientResources(locale, ["everyday", "errors", "auth", "admin", "documents"])}>
                <ResetPasswordForm token={token} />
              </I18nProvider>
            </div>
          </>
        ) : (
          <p role="alert" className="mt-4 font-semibold text-accent-700">
            {getT(locale, "errors")("reset.invalid")}
          </p>
        )}
        <p className="mt-8">
          <a href="/login/forgot" className="underline">
            {t("reset.askAgain")}
          </a>
        </p>
      </main>
    </>
  );
}
