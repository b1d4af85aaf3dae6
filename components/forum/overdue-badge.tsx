import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { OVERDUE_DAYS, VERY_OVERDUE_DAYS, type Overdue } from "@/lib/forum/working-days";

/** How late a waiting question is, for officials (working days, see lib/forum/working-days.ts). */
export function OverdueBadge({ overdue, locale }: { overdue: Overdue; locale: Locale }) {
  if (overdue === "onTime") return null;
  const t = getT(locale, "forum");
  const days = overdue === "overdue" ? OVERDUE_DAYS : VERY_OVERDUE_DAYS;
  return (
    <span
      data-overdue={overdue}
      className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${overdue === "veryOverdue" ? "bg-accent-600 text-white" : "bg-amber-200 text-ink"}`}
    >
      {t(`overdue.${overdue}`, { days })}
    </span>
  );
}
