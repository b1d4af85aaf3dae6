import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { share, type Figure } from "./types";

/** A figure as text: "1/3 (33,3%)" for a share, "12" for a count; "0/0" says there was nothing to count. */
export function formatFigure(figure: Figure, locale: Locale): string {
  if (figure.of === null) return formatNumber(figure.value, locale);
  const ratio = `${formatNumber(figure.value, locale)}/${formatNumber(figure.of, locale)}`;
  const percent = share(figure);
  return percent === null ? ratio : `${ratio} (${formatNumber(percent, locale)}%)`;
}

/** A target as text: "100%" for a share, "50" for a count. */
export function formatTarget(value: number, unit: "percent" | "count", locale: Locale): string {
  return unit === "percent" ? `${formatNumber(value, locale)}%` : formatNumber(value, locale);
}
