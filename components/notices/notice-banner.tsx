import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { firstExpiry, listBannerNotices } from "@/lib/notices/queries";
import { PageKeys } from "@/components/layout/page-keys";
import { bannerPageKeys } from "@/lib/notices/page-keys";
import { SEVERITY_STYLE, SeverityIcon } from "./severity";
import { ValidUntil } from "./valid-until";
import { currentMinute } from "@/lib/time/minute";

type Props = { locale: Locale; commune: { id: string; slug: string; fullName: string } | null };

/**
 * The banner's place in a page Next.js stores for every reader (app/(stored)) when the front
 * server fills it for each reader (scripts/lib/front-server.mjs, withReaderBanner): markers
 * naming nothing, so the stored page shows no notice and a notice changes nothing of it — it is
 * the front server's copies that carry the banner, and are purged by it.
 */
export function BannerToFill() {
  return (
    <>
      <template data-portal-banner="" />
      <template data-portal-banner-end="" />
    </>
  );
}

/**
 * The banner on every public page: the notices in force for the reader's commune (chosen once,
 * kept in a cookie) and province-wide ones always, most severe first. Plain links and text:
 * it works without JavaScript, and each notice says its severity in words beside its icon.
 */
export async function NoticeBanner({ locale, commune }: Props) {
  const notices = await listBannerNotices(commune?.slug ?? null, currentMinute());
  const keys = bannerPageKeys(commune?.id ?? null);
  const validUntil = firstExpiry(notices);
  // The banner is all a chosen commune changes on most pages: marked, with what it names and
  // until when, the front server makes a commune's readers' copy of a page from the copy
  // rendered for readers who chose none and this commune's banner, instead of a render per
  // commune (scripts/lib/page-variants.mjs). Nothing is shown by the markers.
  return (
    <>
      <PageKeys keys={keys} />
      <template data-portal-banner={keys.join(" ")} data-valid-until={validUntil ?? undefined} />
      {notices.length > 0 && <BannerNotices locale={locale} commune={commune} notices={notices} validUntil={validUntil} />}
      <template data-portal-banner-end="" />
    </>
  );
}

function BannerNotices({
  locale,
  commune,
  notices,
  validUntil,
}: Props & { notices: Awaited<ReturnType<typeof listBannerNotices>>; validUntil: string | null }) {
  const t = getT(locale, "notices");
  const chooseHref = `${localePath(locale, "notices")}#commune-choice`;
  const picked = notices.map((notice) => ({ notice, text: pickTranslation(notice.translations, locale)! }));
  const someInVietnamese = picked.some(({ text }) => text.isFallback);
  return (
    <section aria-labelledby="notice-banner-title" className="border-b-2 border-gray-300 bg-white">
      <ValidUntil time={validUntil} />
      <div className="mx-auto w-full max-w-5xl px-4 py-1 sm:py-2">
        <h2 id="notice-banner-title" className="text-sm font-bold uppercase">
          {commune ? t("banner.forCommune", { commune: commune.fullName }) : t("banner.provinceOnly")}
        </h2>
        <ul className="mt-1 space-y-1">
          {picked.map(({ notice, text }) => (
            <li key={notice.id} className={`rounded border-l-8 ${SEVERITY_STYLE[notice.severity].box}`}>
              <a
                href={localePath(locale, `notices/${notice.seriesId}`)}
                className="flex items-start gap-2 px-2 py-1 text-sm no-underline hover:underline sm:px-3 sm:py-2 sm:text-base"
              >
                <SeverityIcon severity={notice.severity} />
                <span>
                  <strong>{t(`severity.${notice.severity}`)}:</strong> <span lang={text.lang}>{text.value.headline}</span>
                  {text.isFallback && <span className="text-sm"> {t("banner.inVietnamese")}</span>}{" "}
                  <span className="text-xs sm:text-sm">
                    ({t("banner.until", { time: formatDateTime(new Date(notice.expiresAt), locale) })})
                  </span>
                </span>
              </a>
            </li>
          ))}
        </ul>
        {someInVietnamese && (
          // Not role="note": the page's own fallback note (interface language) is the page's one note.
          <p className="mt-1 text-sm">{t("list.someInVietnamese", { language: getT(locale, "common")(`languageNames.${locale}`) })}</p>
        )}
        {/* Each link at least 24 px tall, so a thumb can hit it (WCAG 2.5.8). */}
        <p className="no-print mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href={localePath(locale, "notices")} className="inline-flex min-h-6 items-center underline">
            {t("banner.more")}
          </a>
          {/* Short, and beside "all notices": on a phone the links stay on two rows and the page's heading within the first screen. */}
          <a
            href={`${localePath(locale, "subscribe")}${commune ? `?commune=${commune.slug}` : ""}`}
            className="inline-flex min-h-6 items-center underline"
          >
            {getT(locale, "reach")("banner.subscribe")}
          </a>
          <a href={chooseHref} className="inline-flex min-h-6 items-center underline">
            {commune ? t("banner.change") : t("banner.choose")}
          </a>
        </p>
      </div>
    </section>
  );
}
