import { languageOf, type Locale } from "@/lib/i18n/config";

/** Every date and time on the portal is shown in the province's time zone. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The Intl locale for formatting numbers and dates. Browsers and Node have no Tày, Dao or
 * Hmông date formats; those readers get the Vietnamese ones, which they use every day. */
export function intlLocale(locale: Locale): string {
  return languageOf(locale).intl;
}

/**
 * Formatters by Intl locale: building an Intl formatter costs far more than using one (it was
 * the largest single cost of rendering an article page), so each is built once per process.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/**
 * The one way the portal writes a date: "3 tháng 12, 2026" / "3 December 2026". Every page
 * uses this (or formatDateTime, which adds the time to the same date), so a date never reads
 * two ways on two pages.
 */
export function formatDate(date: Date, locale: Locale): string {
  const intl = intlLocale(locale);
  return formatter(
    `date:${intl}`,
    () => new Intl.DateTimeFormat(intl, { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE }),
  ).format(date);
}

/** The date as formatDate writes it, then the time: "3 tháng 12, 2026, 14:30". */
export function formatDateTime(date: Date, locale: Locale): string {
  return `${formatDate(date, locale)}, ${formatTime(date, locale)}`;
}

export function formatTime(date: Date, locale: Locale): string {
  const intl = intlLocale(locale);
  return formatter(
    `time:${intl}`,
    () => new Intl.DateTimeFormat(intl, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE }),
  ).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  const intl = intlLocale(locale);
  return formatter(`number:${intl}`, () => new Intl.NumberFormat(intl)).format(value);
}
