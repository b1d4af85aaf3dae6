import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { SETTINGS_KEY, SETTINGS_TAG, ZSiteSettings, type TSiteSettings } from "./schema";

/**
 * The stored settings (cached until an administrator saves them). React's cache() on top: a
 * page reads them two or three times (the document's metadata, the header, the footer), and
 * every read of the data cache hashes its key and parses the stored JSON again.
 */
export const getSiteSettings = cache(
  unstable_cache(
    async (): Promise<TSiteSettings> => {
      const row = await db.setting.findUnique({ where: { key: SETTINGS_KEY } });
      const parsed = ZSiteSettings.safeParse(row?.value ?? {});
      return parsed.success ? parsed.data : ZSiteSettings.parse({});
    },
    ["site-settings"],
    { tags: [SETTINGS_TAG] },
  ),
);

export type SiteIdentity = {
  portalName: string;
  agencyName: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  officeHours: string | null;
  mapUrl: string | null;
};

/** Portal and agency names for a locale: the administrator's, else the built-in ones. */
export async function getSiteIdentity(locale: Locale): Promise<SiteIdentity> {
  const settings = await getSiteSettings();
  const t = getT(locale, "common");
  const english = locale === "en";
  return {
    portalName: (english ? settings.portalNameEn : settings.portalNameVi) ?? t("portalName"),
    agencyName: (english ? settings.agencyNameEn : settings.agencyNameVi) ?? t("agencyName"),
    address: settings.address,
    phone: settings.phone,
    email: settings.email,
    officeHours: settings.officeHours,
    mapUrl: settings.mapUrl,
  };
}
