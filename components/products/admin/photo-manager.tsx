import { UploadForm } from "@/components/ui/upload-form";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { chooseCoverAction, movePhotoAction, removePhotoAction } from "@/lib/products/actions";
import { UPLOAD_RULES } from "@/lib/storage/sniff";
import { formatFileSize, imageSources } from "@/lib/storage/urls";
import { intlLocale } from "@/lib/format";

type Photo = {
  id: string;
  isCover: boolean;
  media: { variants: unknown; width: number | null; height: number | null; originalName: string | null };
};

/**
 * The photos of a product or producer: upload several at once (plain multipart form), then move
 * each up or down, choose the cover (products) and remove, each a small form that works without
 * JavaScript.
 */
export function PhotoManager({
  photos,
  uploadAction,
  locale,
  error,
  errorFile,
  saved,
  withCover,
}: {
  photos: Photo[];
  uploadAction: string;
  locale: Locale;
  error?: string;
  errorFile?: string;
  saved?: boolean;
  withCover: boolean;
}) {
  const t = getT(locale, "products");
  return (
    <section id="photos" aria-labelledby="photos-title" className="mt-10 space-y-4">
      <h2 id="photos-title" className="text-xl font-bold">
        {t("admin.photos.title")}
      </h2>
      {photos.length === 0 ? (
        <p className="text-sm">{t("admin.photos.none")}</p>
      ) : (
        <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {photos.map((photo, index) => {
            const image = imageSources(photo.media, "small");
            const name = photo.media.originalName ?? t("admin.photos.photo", { number: index + 1 });
            return (
              <li
                key={photo.id}
                className="rounded border border-brand-100 p-2"
                aria-label={t("admin.photos.photo", { number: index + 1 })}
              >
                {image && (
                  // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload (lib/storage)
                  <img src={image.src} width={image.width} height={image.height} alt="" className="h-auto w-full rounded" />
                )}
                <p className="mt-1 text-sm">
                  {name} · {image ? formatFileSize(image.size, intlLocale(locale)) : ""}
                  {photo.isCover && (
                    <>
                      {" "}
                      · <strong>{t("admin.photos.cover")}</strong>
                    </>
                  )}
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  {index > 0 && (
                    <PhotoButton
                      action={movePhotoAction}
                      id={photo.id}
                      direction="up"
                      label={t("admin.photos.up", { number: index + 1 })}
                      text="↑"
                    />
                  )}
                  {index < photos.length - 1 && (
                    <PhotoButton
                      action={movePhotoAction}
                      id={photo.id}
                      direction="down"
                      label={t("admin.photos.down", { number: index + 1 })}
                      text="↓"
                    />
                  )}
                  {withCover && !photo.isCover && (
                    <PhotoButton
                      action={chooseCoverAction}
                      id={photo.id}
                      label={t("admin.photos.makeCover", { number: index + 1 })}
                      text={t("admin.photos.makeCoverShort")}
                    />
                  )}
                  <PhotoButton
                    action={removePhotoAction}
                    id={photo.id}
                    label={t("admin.photos.remove", { number: index + 1 })}
                    text={t("admin.photos.removeShort")}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <UploadForm
        action={uploadAction}
        id="upload-photos"
        label={t("admin.photos.upload")}
        hint={t("admin.photos.uploadHint")}
        accept={UPLOAD_RULES.image.mimes.join(",")}
        locale={locale}
        error={error}
        saved={saved}
        submitLabel={t("admin.photos.submit")}
        multiple
      >
        {error && errorFile && <p className="text-sm">{t("admin.photos.file", { name: errorFile })}</p>}
      </UploadForm>
    </section>
  );
}

function PhotoButton({
  action,
  id,
  direction,
  label,
  text,
}: {
  action: (state: import("@/lib/action-result").FormState, formData: FormData) => Promise<import("@/lib/action-result").FormState>;
  id: string;
  direction?: "up" | "down";
  label: string;
  text: string;
}) {
  return (
    <ActionForm action={action} className="inline" label={label}>
      <HiddenField name="id" value={id} />
      {direction && <HiddenField name="direction" value={direction} />}
      <SubmitButton variant="secondary">
        <span aria-hidden="true">{text}</span>
        <span className="sr-only">{label}</span>
      </SubmitButton>
    </ActionForm>
  );
}
