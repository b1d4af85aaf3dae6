import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { OfficeHeader } from "@/components/layout/office-header";
import { SkipLink } from "@/components/layout/skip-link";
import { getViewer } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/http/safe-path";
import { I18nProvider } from "@/lib/i18n/client";
import { clientResources } from "@/lib/i18n/client-resources";
import { getRequestLocale, getRequestPath, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { getSiteIdentity } from "@/lib/settings/queries";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "auth")("signIn.title"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const query = await searchParams;
  const next = safeNextPath(typeof query.next === "string" ? query.next : null, "/admin");
  if (await getViewer()) redirect(next);

  const locale = await getRequestLocale();
  const [path, identity] = await Promise.all([getRequestPath(), getSiteIdentity(locale)]);
  const t = getT(locale, "auth");
  return (
    <>
      <SkipLink label={getT(locale, "common")("skipToContent")} />
      <OfficeHeader locale={locale} path={path} portalName={identity.portalName} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 py-8">
        <h1 className="text-2xl font-bold">{t("signIn.title")}</h1>
        <p className="mt-2 text-muted">{t("signIn.lead")}</p>
        {query.signedOut && <StatusMessage className="mt-4">{t("signIn.signedOut")}</StatusMessage>}
        {query.reset && <StatusMessage className="mt-4">{getT(locale, "everyday")("reset.done")}</StatusMessage>}
        <div className="mt-6">
          <I18nProvider locale={locale} resources={clientResources(locale, ["auth", "errors"])}>
            <SignInForm next={next} />
          </I18nProvider>
        </div>
        <p className="mt-4">
          <a href="/login/forgot" className="underline">
            {getT(locale, "everyday")("reset.forgotLink")}
          </a>
        </p>
        <p className="mt-8">
          <a href={localePath(locale)} className="underline">
            {t("signIn.backToSite")}
          </a>
        </p>
      </main>
    </>
  );
}
