import { formatNumber, intlLocale } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

/** A price in dong with the reader's digit grouping: "150.000 ₫", "150,000 ₫" in English. */
export function formatVnd(value: number, locale: Locale): string {
  return `${formatNumber(value, locale === "en" ? "en" : "vi")} ₫`;
}

/** The name of a month (1–12) in the reader's language. */
export function monthName(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, month - 1, 1)));
}
