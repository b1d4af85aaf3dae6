import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import { AudioPlayer } from "@/components/ui/audio-player";
import { UploadForm } from "@/components/ui/upload-form";
import type { EditorArticle } from "@/lib/articles/admin-queries";
import { detachMediaAction } from "@/lib/articles/actions";
import type { EditorQuery } from "@/lib/editor-query";
import { intlLocale } from "@/lib/format";
import { LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { UPLOAD_RULES } from "@/lib/storage/sniff";
import { AUDIO_TYPE_NAMES, formatFileSize, imageSources } from "@/lib/storage/urls";

/** The article editor's media: the cover picture and the reading of the language shown, each with its upload and removal. */
export function ArticleMedia({
  article,
  lang,
  editable,
  query,
  locale,
}: {
  article: EditorArticle;
  lang: Locale;
  editable: boolean;
  query: EditorQuery<string>;
  locale: Locale;
}) {
  const t = getT(locale, "admin");
  const translation = article.translations.find((tr) => tr.locale === lang);
  const cover = article.cover ? imageSources(article.cover) : null;
  const size = (bytes: number) => formatFileSize(bytes, intlLocale(locale));
  const uploadAction = (target: string) => `/api/articles/${article.id}/media?target=${target}&locale=${lang}`;
  return (
    <section id="media" aria-labelledby="media-title" className="mt-10 space-y-6">
      <h2 id="media-title" className="text-xl font-bold">
        {t("articles.editor.media")}
      </h2>
      <div>
        {cover ? (
          <figure className="mb-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- variants are made at upload (lib/storage) */}
            <img
              src={cover.src}
              srcSet={cover.srcSet}
              sizes="20rem"
              width={cover.width}
              height={cover.height}
              alt={article.coverAlt ?? ""}
              className="h-auto w-80 rounded"
            />
            <figcaption className="text-sm text-muted">{size(cover.size)}</figcaption>
          </figure>
        ) : (
          <p className="mb-3 text-sm">{t("articles.editor.noCover")}</p>
        )}
        {editable && (
          <UploadForm
            action={uploadAction("cover")}
            id="upload-cover"
            label={t("articles.editor.cover")}
            hint={t("articles.editor.coverHint")}
            accept={UPLOAD_RULES.image.mimes.join(",")}
            locale={locale}
            {...query.upload("cover")}
            submitLabel={t("articles.editor.upload")}
          />
        )}
        {editable && article.cover && <RemoveMedia id={article.id} target="cover" label={t("articles.editor.remove")} />}
      </div>
      {translation && (
        <div>
          {translation.audio ? (
            <AudioPlayer
              audio={translation.audio}
              className="mb-3"
              caption={t("articles.editor.fileInfo", {
                name: translation.audio.originalName ?? AUDIO_TYPE_NAMES[translation.audio.mimeType] ?? "",
                size: size(translation.audio.size),
              })}
            />
          ) : (
            <p className="mb-3 text-sm">{t("articles.editor.noAudio")}</p>
          )}
          {editable && (
            <UploadForm
              action={uploadAction("audio")}
              id="upload-audio"
              label={t("articles.editor.audio", { language: LOCALE_AUTONYMS[lang] })}
              hint={t("articles.editor.audioHint")}
              accept={[...UPLOAD_RULES.audio.mimes, ".mp3", ".m4a", ".ogg"].join(",")}
              locale={locale}
              {...query.upload("audio")}
              submitLabel={t("articles.editor.upload")}
            />
          )}
          {editable && translation.audio && (
            <RemoveMedia id={article.id} target="audio" locale={lang} label={t("articles.editor.remove")} />
          )}
        </div>
      )}
    </section>
  );
}

function RemoveMedia({ id, target, locale, label }: { id: string; target: "cover" | "audio"; locale?: string; label: string }) {
  return (
    <ActionForm action={detachMediaAction} className="mt-2" label={label}>
      <HiddenField name="id" value={id} />
      <HiddenField name="target" value={target} />
      {locale && <HiddenField name="locale" value={locale} />}
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </ActionForm>
  );
}
