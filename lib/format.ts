import { languageOf, type Locale } from "@/lib/i18n/config";

/** Every date and time on the portal is shown in the province's time zone. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The Intl locale for formatting numbers and dates. Browsers and Node have no Tày, Dao or
 * Hmông date formats; those readers get the Vietnamese ones, which they use every day. */
export function intlLocale(locale: Locale): string {
  return languageOf(locale).intl;
}

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: TIME_ZONE }).format(date);
}

export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(date);
}

export function formatTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: "short", timeZone: TIME_ZONE }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}
