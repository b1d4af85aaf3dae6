import type { MetadataRoute } from "next";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getSiteIdentity } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

/** The web app manifest: the portal can be added to a phone's home screen. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const { portalName, agencyName } = await getSiteIdentity(DEFAULT_LOCALE);
  return {
    name: portalName,
    short_name: agencyName,
    start_url: `/${DEFAULT_LOCALE}`,
    lang: DEFAULT_LOCALE,
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#174a7a",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
