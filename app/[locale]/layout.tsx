import { notFound } from "next/navigation";
import { FallbackNote } from "@/components/layout/fallback-note";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { MINORITY_LOCALES, isLocale } from "@/lib/i18n/config";
import { getRequestPath, getT, missingKeys } from "@/lib/i18n/server";
import { getSiteIdentity } from "@/lib/settings/queries";

/** The public site: header, the reader's language, footer. An unknown locale is a 404. */
export default async function PublicLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [path, identity] = await Promise.all([getRequestPath(), getSiteIdentity(locale)]);
  const t = getT(locale, "common");
  const fallsBack = MINORITY_LOCALES.includes(locale) && missingKeys(locale, "common").length > 0;
  return (
    <>
      <SkipLink label={t("skipToContent")} />
      <SiteHeader locale={locale} path={path} portalName={identity.portalName} />
      {fallsBack && (
        <div className="mx-auto w-full max-w-5xl px-4 pt-3">
          <FallbackNote>{t("fallback.interface", { language: t(`languageNames.${locale}`) })}</FallbackNote>
        </div>
      )}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter locale={locale} identity={identity} />
    </>
  );
}
