import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { firstExpiry, listPublicNotices } from "@/lib/notices/queries";
import { NoticeCardItem } from "./notice-card";
import { ValidUntil } from "./valid-until";
import { currentMinute } from "@/lib/time/minute";

/** A commune page's section: the notices in force there (its own and province-wide), most severe first. */
export async function CommuneNotices({ locale, slug }: { locale: Locale; slug: string }) {
  const t = getT(locale, "notices");
  const minute = currentMinute();
  const { items } = await listPublicNotices({ commune: slug, page: 1 }, minute);
  return (
    <section aria-labelledby="commune-notices" className="mt-6">
      <ValidUntil time={firstExpiry(items)} />
      <h2 id="commune-notices" className="text-xl font-bold">
        {t("commune.heading")}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-muted">{t("commune.none")}</p>
      ) : (
        <ul>
          {items.map((notice) => (
            <NoticeCardItem key={notice.id} notice={notice} locale={locale} now={new Date(minute)} level={3} />
          ))}
        </ul>
      )}
      <p className="mt-2">
        <a href={`${localePath(locale, "notices")}?commune=${slug}`} className="underline">
          {t("commune.all")}
        </a>
      </p>
      <p className="no-print mt-2">
        <a href={`${localePath(locale, "subscribe")}?commune=${slug}`} className="font-semibold underline">
          {getT(locale, "reach")("subscribe.link")}
        </a>
      </p>
    </section>
  );
}
