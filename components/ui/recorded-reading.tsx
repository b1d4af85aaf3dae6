import { intlLocale } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { AUDIO_TYPE_NAMES, formatFileSize, mediaUrl } from "@/lib/storage/urls";

/**
 * A recorded reading of the page's text (an article, a notice, a product, a library item in the
 * reader's language): a player that downloads nothing until the reader presses play, its type
 * and size, and a download link for browsers that cannot play it. The one player every public
 * page uses; `heading` names what is read.
 */
export function RecordedReading({
  audio,
  locale,
  heading,
}: {
  audio: { storageKey: string; mimeType: string; size: number };
  locale: Locale;
  heading: string;
}) {
  const t = getT(locale, "common");
  const size = formatFileSize(audio.size, intlLocale(locale));
  return (
    <section aria-labelledby="listen" className="no-print mt-4 rounded bg-brand-50 p-3">
      <h2 id="listen" className="font-semibold">
        {heading}
      </h2>
      <p className="text-sm text-muted">{t("reading.size", { type: AUDIO_TYPE_NAMES[audio.mimeType] ?? "", size })}</p>
      {/* preload="none": nothing is downloaded until the reader presses play (slow, paid data). */}
      <audio controls preload="none" className="mt-2 w-full">
        <source src={mediaUrl(audio.storageKey)} type={audio.mimeType} />
        {t("reading.unsupported")}
      </audio>
      <p className="mt-1 text-sm">
        <a href={mediaUrl(audio.storageKey)} download className="underline">
          {t("reading.download", { size })}
        </a>
      </p>
    </section>
  );
}
