import { FallbackNote } from "@/components/layout/fallback-note";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { BannerToFill, NoticeBanner } from "@/components/notices/notice-banner";
import { frontServerInFront } from "@/lib/cache/public-pages";
import { MINORITY_LOCALES, type Locale } from "@/lib/i18n/config";
import { getT, interfaceFallsBack } from "@/lib/i18n/server";
import { getSiteIdentity } from "@/lib/settings/queries";
import { ensureInterfaceStrings } from "@/lib/translations/runtime";

type Props = {
  locale: Locale;
  /** The page's address (with its query), for the language links and the current section. */
  path: string;
  /** The reader's chosen commune, whose notices the banner shows; null for readers who chose none. */
  commune: { id: string; slug: string; fullName: string } | null;
  /** A page stored for every reader (app/(stored)): its banner is the front server's to fill, when there is one. */
  stored?: boolean;
  children: React.ReactNode;
};

/**
 * What every public page shows around its own content: header, notice banner, a note when the
 * interface is not in the reader's language, footer. Rendered for each request under
 * app/(dynamic)/[locale]/layout.tsx, and by each stored page itself (app/(stored)), whose
 * layout cannot know its address.
 */
export async function PublicFrame({ locale, path, commune, stored = false, children }: Props) {
  // Approved minority-language strings (database) over the files: cheap unless 30 s old.
  if (MINORITY_LOCALES.includes(locale)) await ensureInterfaceStrings();
  const identity = await getSiteIdentity(locale);
  const t = getT(locale, "common");
  return (
    <>
      <SkipLink label={t("skipToContent")} />
      <SiteHeader locale={locale} path={path} portalName={identity.portalName} />
      {/* Names whose banner this copy shows: a notice purges only its area's readers' copies (lib/notices/page-keys.ts). */}
      {stored && frontServerInFront() ? <BannerToFill /> : <NoticeBanner locale={locale} commune={commune} />}
      {interfaceFallsBack(locale) && (
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
