import "./globals.css";
import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { publicOrigin } from "@/lib/http/absolute-url";
import { NAMESPACES } from "@/lib/i18n/resources";
import { getCanonicalPath, getRequestLocale, getT, interfaceLanguage } from "@/lib/i18n/server";
import { TEXT_SIZE_COOKIE, parseTextSize } from "@/lib/preferences";
import { getSiteIdentity } from "@/lib/settings/queries";

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#174a7a",
};

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getRequestLocale();
  const { portalName } = await getSiteIdentity(locale);
  return {
    title: { default: portalName, template: `%s · ${portalName}` },
    description: getT(locale, "common")("home.lead"),
    applicationName: portalName,
    // Canonical and alternate-language links must be absolute (search engines ignore relative ones).
    metadataBase: new URL(await publicOrigin()),
    // Every page names its canonical address (a page with its own `alternates` names it there).
    alternates: { canonical: await getCanonicalPath() },
  };
}

/**
 * The document: `<html lang>` is the language the interface is really shown in (Vietnamese
 * where a minority-language translation is missing) and the reader's text size is applied
 * here, on the server, so it works without JavaScript.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getRequestLocale();
  const textSize = parseTextSize((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  return (
    <html lang={interfaceLanguage(locale, NAMESPACES)} data-text-size={textSize || undefined}>
      <body className="flex min-h-screen flex-col font-sans">{children}</body>
    </html>
  );
}
