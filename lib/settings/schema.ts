import { z } from "zod";
import { nullableText } from "@/lib/text/fields";

const optionalText = nullableText;

/**
 * Portal settings an administrator can change. Empty = use the built-in default (the portal
 * and agency names from locales/) or show nothing (contact details are never made up).
 */
export const ZSiteSettings = z.object({
  portalNameVi: optionalText(150),
  portalNameEn: optionalText(150),
  agencyNameVi: optionalText(200),
  agencyNameEn: optionalText(200),
  address: optionalText(300),
  phone: optionalText(40).refine((value) => value === null || /^[0-9+().\s-]{6,40}$/.test(value), {
    error: "phone.invalid",
  }),
  /** Working hours as the office writes them, e.g. "Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu". */
  officeHours: optionalText(200),
  /** A map link to the office (https only). */
  mapUrl: optionalText(500).refine((value) => value === null || /^https:\/\/[^\s<>"]+$/.test(value), { error: "url.invalid" }),
  email: optionalText(254).refine((value) => value === null || z.email().safeParse(value).success, {
    error: "email.invalid",
  }),
});
export type TSiteSettings = z.infer<typeof ZSiteSettings>;

export const SETTINGS_KEY = "site";
export const SETTINGS_TAG = "settings";
