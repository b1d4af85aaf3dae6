import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { areaNames, type NoticeCard } from "@/lib/notices/queries";
import { noticeStatus } from "@/lib/notices/states";
import { SEVERITY_STYLE, SeverityBadge } from "./severity";

/** A notice in a list: severity (words, icon, colour), headline, field, area, validity or how it ended. */
export function NoticeCardItem({ notice, locale, now, level = 2 }: { notice: NoticeCard; locale: Locale; now: Date; level?: 2 | 3 }) {
  const t = getT(locale, "notices");
  const picked = pickTranslation(notice.translations, locale)!;
  const status = noticeStatus({ ...notice, state: "ISSUED" }, now);
  const names = areaNames(notice);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li className={`mt-3 rounded border-l-8 p-3 ${SEVERITY_STYLE[notice.severity].box}`}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <SeverityBadge severity={notice.severity} label={t(`severity.${notice.severity}`)} />
        <span>{notice.hazard ? t(`hazards.${notice.hazard}`) : t(`categories.${notice.category}`)}</span>
      </p>
      <Heading className="mt-1 text-lg font-bold">
        <a href={localePath(locale, `notices/${notice.seriesId}`)} lang={picked.lang} className="underline">
          {picked.value.headline}
        </a>
      </Heading>
      <p className="text-sm">
        {t("detail.area")}: {names ? names.join(", ") : t("area.province")}
      </p>
      <p className="text-sm font-semibold">
        {status === "ACTIVE"
          ? t("list.validity", { time: formatDateTime(new Date(notice.expiresAt), locale) })
          : t("list.ended", {
              status: t(`status.${status}`),
              time: formatDateTime(new Date(status === "EXPIRED" ? notice.expiresAt : notice.issuedAt), locale),
            })}
      </p>
    </li>
  );
}
