import { UploadProgress } from "@/components/library/upload-progress";
import { ActionForm, HiddenField, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import { UploadForm } from "@/components/ui/upload-form";
import { intlLocale } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import {
  publishLibraryItemAction,
  removeLibraryFileAction,
  returnLibraryItemAction,
  submitLibraryItemAction,
  unpublishLibraryItemAction,
  updateLibraryFileAction,
} from "@/lib/library/actions";
import type { getLibraryItemForEditor } from "@/lib/library/admin-queries";
import { FILE_PURPOSE } from "@/lib/library/catalog";
import type { libraryEditorDecisions } from "@/lib/library/editor";
import { UPLOAD_RULES } from "@/lib/storage/sniff";
import { formatFileSize, mediaUrl } from "@/lib/storage/urls";

/** The library editor's sections; each gets what the page loaded and decided (lib/library/editor.ts). */
type EditorItem = NonNullable<Awaited<ReturnType<typeof getLibraryItemForEditor>>>;
type Decisions = ReturnType<typeof libraryEditorDecisions>;

const ACCEPT: Record<string, string> = {
  document: ".pdf,application/pdf",
  libraryAudio: "audio/*,.mp3,.m4a,.ogg,.wav",
  video: "video/mp4,video/webm,.mp4,.webm",
  image: "image/jpeg,image/png,image/webp",
};
const TYPE_LIST: Record<string, string> = {
  document: "PDF",
  libraryAudio: "MP3, M4A, OGG, WAV",
  video: "MP4, WebM",
  image: "JPEG, PNG, WebP",
};

/** The item's files, each with its details form and removal, and the upload (one file, or several pictures). */
export function LibraryFiles({
  item,
  editable,
  uploadError,
  locale,
}: {
  item: EditorItem;
  editable: boolean;
  uploadError: string | undefined;
  locale: Locale;
}) {
  const t = getT(locale, "admin");
  const purpose = FILE_PURPOSE[item.type];
  const size = (bytes: number) => formatFileSize(bytes, intlLocale(locale));
  return (
    <section id="files" aria-labelledby="files-title" className="mt-8 space-y-4">
      <h2 id="files-title" className="text-xl font-bold">
        {t("library.editor.files")}
      </h2>
      {item.files.length === 0 && <p className="text-sm">{t("library.editor.noFiles")}</p>}
      <ul className="space-y-4">
        {item.files.map((file) => (
          <li key={file.id} className="border-l-4 border-brand-100 pl-3">
            {file.media.kind === "AUDIO" && (
              <audio controls preload="none" src={mediaUrl(file.media.storageKey)} className="w-full max-w-md" />
            )}
            {file.media.kind === "VIDEO" && (
              <video controls preload="none" src={mediaUrl(file.media.storageKey)} className="w-full max-w-md" />
            )}
            <p className="text-sm">
              <a
                href={mediaUrl(
                  file.media.kind === "IMAGE" ? `${file.media.storageKey}/${file.media.width ?? 320}.webp` : file.media.storageKey,
                )}
                className="underline"
              >
                {t("library.editor.fileInfo", { name: file.media.originalName ?? file.media.mimeType, size: size(file.media.size) })}
              </a>
            </p>
            {editable && (
              <ActionForm action={updateLibraryFileAction} className="mt-2 space-y-2" label={t("library.editor.saveFile")}>
                <HiddenField name="fileId" value={file.id} />
                {(file.media.kind === "AUDIO" || file.media.kind === "VIDEO") && (
                  <TextField
                    name="durationSeconds"
                    label={t("library.fields.duration")}
                    defaultValue={file.durationSeconds ? String(file.durationSeconds) : undefined}
                  />
                )}
                {file.media.kind === "DOCUMENT" && (
                  <TextField
                    name="pageCount"
                    label={t("library.fields.pageCount")}
                    defaultValue={file.pageCount ? String(file.pageCount) : undefined}
                  />
                )}
                {file.media.kind === "IMAGE" && (
                  <TextField name="caption" label={t("library.fields.caption")} defaultValue={file.caption ?? undefined} />
                )}
                <SubmitButton variant="secondary">{t("library.editor.saveFile")}</SubmitButton>
              </ActionForm>
            )}
            {editable && (
              <ActionForm action={removeLibraryFileAction} className="mt-2" label={t("library.editor.remove")}>
                <HiddenField name="fileId" value={file.id} />
                <SubmitButton variant="secondary">{t("library.editor.remove")}</SubmitButton>
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <UploadProgress
          labels={{ uploading: t("library.editor.uploading", { percent: "{{percent}}" }), failed: t("library.editor.uploadFailed") }}
        >
          <UploadForm
            action={`/api/library/${item.id}/files`}
            id="upload-file"
            label={t("library.editor.uploadLabel")}
            hint={`${t("library.editor.uploadHint", { types: TYPE_LIST[purpose], max: `${UPLOAD_RULES[purpose].maxBytes / (1024 * 1024)} MB` })}${item.type !== "IMAGES" && item.files.length ? ` ${t("library.editor.replaceNote")}` : ""}`}
            accept={ACCEPT[purpose]!}
            locale={locale}
            error={uploadError}
            submitLabel={t("library.editor.upload")}
          />
        </UploadProgress>
      )}
    </section>
  );
}

/** The review steps this viewer may take now. */
export function LibraryWorkflow({ itemId, decide, locale }: { itemId: string; decide: Decisions; locale: Locale }) {
  const t = getT(locale, "admin");
  return (
    <section aria-labelledby="workflow" className="mt-10 space-y-3">
      <h2 id="workflow" className="text-xl font-bold">
        {t("library.editor.workflow")}
      </h2>
      {decide.submit && <Step action={submitLibraryItemAction} id={itemId} label={t("library.editor.submit")} />}
      {decide.publish && <Step action={publishLibraryItemAction} id={itemId} label={t("library.editor.publish")} />}
      {decide.return && (
        <ActionForm action={returnLibraryItemAction} className="space-y-2" label={t("library.editor.return")}>
          <HiddenField name="id" value={itemId} />
          <TextAreaField name="comment" rows={2} label={t("library.fields.comment")} required />
          <SubmitButton variant="secondary">{t("library.editor.return")}</SubmitButton>
        </ActionForm>
      )}
      {decide.unpublish && <Step action={unpublishLibraryItemAction} id={itemId} label={t("library.editor.unpublish")} variant="danger" />}
    </section>
  );
}

function Step({ action, id, label, variant }: { action: typeof publishLibraryItemAction; id: string; label: string; variant?: "danger" }) {
  return (
    <ActionForm action={action} label={label}>
      <HiddenField name="id" value={id} />
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </ActionForm>
  );
}
