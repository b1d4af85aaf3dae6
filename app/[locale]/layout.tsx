import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { FallbackNote } from "@/components/layout/fallback-note";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { NoticeBanner } from "@/components/notices/notice-banner";
import { MINORITY_LOCALES, isLocale } from "@/lib/i18n/config";
import { getRequestPath, getT, interfaceFallsBack } from "@/lib/i18n/server";
import { COMMUNE_COOKIE, parseCommuneSlug } from "@/lib/preferences";
import { getSiteIdentity } from "@/lib/settings/queries";
import { ensureInterfaceStrings } from "@/lib/translations/runtime";
import { listCommunes } from "@/lib/units/queries";

/** The public site: header, the reader's language, footer. An unknown locale is a 404. */
export default async function PublicLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Approved minority-language strings (database) over the files: cheap unless 30 s old.
  if (MINORITY_LOCALES.includes(locale)) await ensureInterfaceStrings();
  const [path, identity, cookieStore, communes] = await Promise.all([getRequestPath(), getSiteIdentity(locale), cookies(), listCommunes()]);
  // The reader's commune (cookie): its notices show in the banner of every page. The front server
  // renders a page once for readers who chose none and puts each commune's banner into it.
  const communeSlug = parseCommuneSlug(cookieStore.get(COMMUNE_COOKIE)?.value);
  const commune = communes.find((c) => c.slug === communeSlug) ?? null;
  const t = getT(locale, "common");
  const fallsBack = interfaceFallsBack(locale);
  return (
    <>
      <SkipLink label={t("skipToContent")} />
      <SiteHeader locale={locale} path={path} portalName={identity.portalName} />
      {/* Names whose banner this copy shows: a notice purges only its area's readers' copies (lib/notices/page-keys.ts). */}
      <NoticeBanner locale={locale} commune={commune} />
      {fallsBack && (
        <div className="mx-auto w-full max-w-5xl px-4 pt-2">
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
