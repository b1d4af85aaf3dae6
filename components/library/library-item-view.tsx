/* eslint-disable max-lines -- one public page's markup (item, files, reading, access note); splitting it would scatter one layout */
import { FallbackNote } from "@/components/layout/fallback-note";
import { OutdatedNote } from "@/components/layout/outdated-note";
import { RecordedReading } from "@/components/ui/recorded-reading";
import { formatDate, intlLocale } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT, interfaceFallsBack } from "@/lib/i18n/server";
import { slugOf } from "@/lib/library/catalog";
import type { PublicLibraryItem } from "@/lib/library/queries";
import { localePath } from "@/lib/navigation";
import { formatFileSize, imageSources, mediaUrl } from "@/lib/storage/urls";
import { formatDuration, groupName, itemLanguageNames } from "./library-card";
import { LibraryTypeIcon } from "./type-icon";

const TYPE_NAMES: Record<string, string> = {
  "audio/mpeg": "MP3",
  "audio/mp4": "M4A",
  "audio/ogg": "OGG",
  "audio/wav": "WAV",
  "video/mp4": "MP4",
  "video/webm": "WebM",
  "application/pdf": "PDF",
  "image/webp": "WebP",
};

/**
 * A library item's public page, the same for every reader (the front server keeps it): files are
 * plain links that work without JavaScript; recordings and videos play with preload="none", so
 * nothing downloads until the reader presses play (the media route answers Range requests). A
 * COMMUNITY item shows why its files are restricted; the media route refuses them to visitors.
 */
export function LibraryItemView({
  item,
  locale,
  outdatedSince = null,
}: {
  item: PublicLibraryItem;
  locale: Locale;
  outdatedSince?: string | null;
}) {
  const t = getT(locale, "library");
  const tCommon = getT(locale, "common");
  const picked = pickTranslation(item.translations, locale)!;
  const tr = picked.value;
  const size = (bytes: number) => formatFileSize(bytes, intlLocale(locale));
  const restricted = item.access === "COMMUNITY";
  const languages = itemLanguageNames(item.itemLanguages, locale);
  // The transcript in the reader's language, else the Vietnamese one.
  const transcript = pickTranslation(
    item.translations.filter((x) => x.transcript),
    locale,
  );
  const playable = !restricted && (item.type === "AUDIO" || item.type === "VIDEO");
  return (
    <article>
      <p>
        <a href={localePath(locale, "library")} className="underline">
          {t("item.back")}
        </a>
      </p>
      {picked.isFallback && !interfaceFallsBack(locale) && (
        <div className="mt-3">
          <FallbackNote>{tCommon("fallback.content", { language: tCommon(`languageNames.${locale}`) })}</FallbackNote>
        </div>
      )}
      {outdatedSince && !picked.isFallback && (
        <div className="mt-3">
          <OutdatedNote locale={locale} since={outdatedSince} />
        </div>
      )}
      <p className="mt-3 flex items-center gap-2 text-sm font-semibold uppercase text-brand-700">
        <LibraryTypeIcon type={item.type} className="size-5" />
        <a href={`${localePath(locale, "library")}?type=${slugOf(item.type)}`} className="hover:underline">
          {t(`types.${item.type}`)}
        </a>
      </p>
      <h1 lang={picked.lang} className="mt-1 text-2xl font-bold leading-snug sm:text-3xl">
        {tr.title}
      </h1>
      <p className="mt-2 text-lg font-semibold">
        {t(item.type === "AUDIO" || item.type === "VIDEO" ? "item.languageOfRecording" : "item.languageOfDocument", { languages })}
      </p>
      {item.isDemo && (
        <p role="note" className="mt-2 rounded bg-gray-100 px-3 py-2 text-sm">
          {t("item.demoNote")}
        </p>
      )}
      <p lang={picked.lang} className="mt-4 max-w-prose whitespace-pre-line text-lg">
        {tr.description}
      </p>
      {tr.audio && <RecordedReading audio={tr.audio} locale={locale} heading={tCommon("reading.listen")} />}

      {restricted && (
        <div role="note" className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3">
          <h2 className="font-bold">{t("access.communityTitle")}</h2>
          <p>{t("access.communityBody")}</p>
          {item.accessNote && (
            <p>
              <strong>{t("access.why")}</strong> <span lang="vi">{item.accessNote}</span>
            </p>
          )}
          <p>
            <a href="/login" className="underline">
              {t("access.signIn")}
            </a>
          </p>
        </div>
      )}

      <div className={`mt-6 grid gap-6 ${transcript && playable ? "lg:grid-cols-2" : ""}`}>
        <section aria-labelledby="files" className="rounded bg-brand-50 p-3">
          <h2 id="files" className="font-semibold">
            {t(
              item.type === "VIDEO"
                ? "item.watch"
                : item.type === "AUDIO"
                  ? "item.listen"
                  : item.type === "IMAGES"
                    ? "item.gallery"
                    : "types.DOCUMENT",
            )}
          </h2>
          {item.type === "IMAGES" && !restricted ? (
            <ul className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
              {item.files.map((file, index) => {
                const img = imageSources(file.media, "small");
                if (!img) return null;
                return (
                  <li key={file.id}>
                    <a
                      href={mediaUrl(
                        file.media.variants && Array.isArray(file.media.variants)
                          ? (file.media.variants as { key: string }[]).at(-1)!.key
                          : file.media.storageKey,
                      )}
                    >
                      {/* eslint-disable-next-line @next/next/no-img-element -- variants are made at upload (lib/storage) */}
                      <img
                        src={img.src}
                        srcSet={img.srcSet}
                        sizes="(min-width: 40rem) 50vw, 100vw"
                        width={img.width}
                        height={img.height}
                        alt={file.caption ?? ""}
                        loading="lazy"
                        decoding="async"
                        className="h-auto w-full rounded"
                      />
                    </a>
                    <p className="text-sm text-muted">
                      {file.caption ? <span lang="vi">{file.caption} · </span> : ""}
                      {t("item.pictureSize", { number: index + 1, size: size(file.media.size) })}
                    </p>
                  </li>
                );
              })}
            </ul>
          ) : (
            <ul className="mt-2 space-y-3">
              {item.files.map((file) => {
                const url = mediaUrl(file.media.storageKey);
                const typeName = TYPE_NAMES[file.media.mimeType] ?? "";
                return (
                  <li key={file.id}>
                    {playable && item.type === "AUDIO" && (
                      <audio controls preload="none" className="w-full">
                        <source src={url} type={file.media.mimeType} />
                        {t("item.audioUnsupported")}
                      </audio>
                    )}
                    {playable && item.type === "VIDEO" && (
                      <video controls preload="none" className="w-full" width={640} height={360}>
                        <source src={url} type={file.media.mimeType} />
                        {t("item.videoUnsupported")}
                      </video>
                    )}
                    {playable && (
                      <p className="text-sm text-muted">
                        {t("item.mediaNote")}
                        {file.durationSeconds ? ` · ${formatDuration(file.durationSeconds)}` : ""}
                      </p>
                    )}
                    <p className="mt-1">
                      {restricted ? (
                        // No link that ends on a refusal: the file is named, with the note why.
                        <span>
                          {item.type === "DOCUMENT"
                            ? t("item.openPdf", {
                                size: size(file.media.size),
                                pages: file.pageCount ? t("card.pages", { count: file.pageCount }) : t("item.pagesUnknown"),
                              })
                            : t("item.download", { type: typeName, size: size(file.media.size) })}
                          {" — "}
                          <strong>{t("access.restrictedFile")}</strong>
                        </span>
                      ) : item.type === "DOCUMENT" ? (
                        <a href={url} className="font-semibold underline" type={file.media.mimeType}>
                          {t("item.openPdf", {
                            size: size(file.media.size),
                            pages: file.pageCount ? t("card.pages", { count: file.pageCount }) : t("item.pagesUnknown"),
                          })}
                        </a>
                      ) : (
                        <a href={url} download className="underline" type={file.media.mimeType}>
                          {t("item.download", { type: typeName, size: size(file.media.size) })}
                        </a>
                      )}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        {transcript && (
          <section aria-labelledby="transcript">
            <h2 id="transcript" className="font-semibold">
              {t("item.transcript", { language: tCommon(`languageNames.${transcript.lang}`) })}
            </h2>
            <div
              lang={transcript.lang}
              className="mt-2 max-h-[32rem] overflow-y-auto whitespace-pre-line rounded border border-gray-300 p-3"
            >
              {transcript.value.transcript}
            </div>
          </section>
        )}
      </div>

      <dl className="mt-6 grid max-w-prose grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t("item.topic")}</dt>
        <dd>
          <a href={`${localePath(locale, "library")}?topic=${slugOf(item.topic)}`} className="underline">
            {t(`topics.${item.topic}`)}
          </a>
        </dd>
        {item.groups.length > 0 && (
          <>
            <dt className="font-semibold">{t("item.groups")}</dt>
            <dd>
              {item.groups.map((group, index) => (
                <span key={group.slug}>
                  {index > 0 && ", "}
                  <a href={`${localePath(locale, "library")}?group=${group.slug}`} className="underline">
                    {groupName(group, locale)}
                  </a>
                </span>
              ))}
            </dd>
          </>
        )}
        {item.source && (
          <>
            <dt className="font-semibold">{t("item.source")}</dt>
            <dd lang="vi">{item.source}</dd>
          </>
        )}
        {item.year && (
          <>
            <dt className="font-semibold">{t("item.year")}</dt>
            <dd>{item.year}</dd>
          </>
        )}
        {item.licence && (
          <>
            <dt className="font-semibold">{t("item.licence")}</dt>
            <dd lang="vi">{item.licence}</dd>
          </>
        )}
        <dt className="font-semibold">{t("item.published", { date: "" }).replace(/\s*$/, "")}</dt>
        <dd>
          <time dateTime={item.publishedAt}>{formatDate(new Date(item.publishedAt), locale)}</time>
        </dd>
      </dl>
    </article>
  );
}
