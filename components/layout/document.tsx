import type { Metadata, Viewport } from "next";
import { publicOrigin } from "@/lib/http/absolute-url";
import type { Locale } from "@/lib/i18n/config";
import { NAMESPACES } from "@/lib/i18n/resources";
import { getT, interfaceLanguage } from "@/lib/i18n/server";
import { getSiteIdentity } from "@/lib/settings/queries";

/**
 * The document every page is in, shared by the two root layouts: app/(dynamic)/layout.tsx (pages
 * rendered for each request, which read the request's language and the reader's text size) and
 * app/(stored)/[locale]/layout.tsx (public pages rendered once and stored, which read neither).
 */
export const DOCUMENT_VIEWPORT: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#174a7a",
};

/** The title template, description and base address of every page in `locale`. */
export async function documentMetadata(locale: Locale): Promise<Metadata> {
  const { portalName } = await getSiteIdentity(locale);
  return {
    title: { default: portalName, template: `%s · ${portalName}` },
    description: getT(locale, "common")("home.lead"),
    applicationName: portalName,
    // Canonical and alternate-language links must be absolute (search engines ignore relative ones).
    metadataBase: new URL(await publicOrigin()),
  };
}

/**
 * `<html lang>` is the language the interface is really shown in (Vietnamese where a
 * minority-language translation is missing); the reader's text size (0: the default) is applied
 * here, on the server, so it works without JavaScript.
 */
export function Document({ locale, textSize, children }: { locale: Locale; textSize: number; children: React.ReactNode }) {
  return (
    <html lang={interfaceLanguage(locale, NAMESPACES)} data-text-size={textSize || undefined}>
      <body className="flex min-h-screen flex-col font-sans">{children}</body>
    </html>
  );
}
