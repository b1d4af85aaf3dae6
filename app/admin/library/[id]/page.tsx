import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UploadForm } from "@/components/ui/upload-form";
import { LibraryItemSettingsFields } from "@/components/library/item-settings-fields";
import { UploadProgress } from "@/components/library/upload-progress";
import { ActionForm, HiddenField, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { intlLocale } from "@/lib/format";
import { LOCALES, LOCALE_AUTONYMS, isLocale, type Locale } from "@/lib/i18n/config";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import {
  publishLibraryItemAction, removeLibraryFileAction, returnLibraryItemAction, saveLibraryTranslationAction,
  submitLibraryItemAction, unpublishLibraryItemAction, updateLibraryFileAction, updateLibraryItemAction,
} from "@/lib/library/actions";
import { getLibraryItemForEditor, listGroupsForEditor } from "@/lib/library/admin-queries";
import { FILE_PURPOSE } from "@/lib/library/catalog";
import { canSubmit, libraryEditProblem } from "@/lib/library/policy";
import { LIBRARY_DONE } from "@/lib/library/states";
import { localePath } from "@/lib/navigation";
import { UPLOAD_RULES } from "@/lib/storage/sniff";
import { formatFileSize, mediaUrl } from "@/lib/storage/urls";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("library.title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const ACCEPT: Record<string, string> = { document: ".pdf,application/pdf", libraryAudio: "audio/*,.mp3,.m4a,.ogg,.wav", video: "video/mp4,video/webm,.mp4,.webm", image: "image/jpeg,image/png,image/webp" };
const TYPE_LIST: Record<string, string> = { document: "PDF", libraryAudio: "MP3, M4A, OGG, WAV", video: "MP4, WebM", image: "JPEG, PNG, WebP" };

/** The library editor: settings, a tab per language (title, description, transcript), files, review. */
export default async function EditLibraryItemPage({ params, searchParams }: PageProps<"/admin/library/[id]">) {
  const viewer = await requirePermission("library.contribute");
  const { id } = await params;
  const query = await searchParams;
  const lang: Locale = isLocale(one(query.lang)) ? (one(query.lang) as Locale) : "vi";
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const tl = getT(locale, "library");
  const [item, groups] = await Promise.all([getLibraryItemForEditor(viewer, id), listGroupsForEditor()]);
  if (!item) notFound();
  const editable = libraryEditProblem(viewer, item) === null;
  const reviewer = can(viewer, "library.publish");
  const vi = item.translations.find((tr) => tr.locale === "vi");
  const translation = item.translations.find((tr) => tr.locale === lang);
  const done = LIBRARY_DONE.find((key) => key === one(query.done));
  const purpose = FILE_PURPOSE[item.type];
  const size = (bytes: number) => formatFileSize(bytes, intlLocale(locale));
  const banner = (text: string) => <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 font-semibold">{text}</p>;

  return (
    <>
      <p><a href="/admin/library" className="underline">← {t("common.back")}</a></p>
      <PageHeading title={vi?.title ?? t("library.title")} />
      {done && banner(t(`library.${done}`))}
      {one(query.created) && banner(t("library.created"))}
      {one(query.saved) && banner(t("library.fileSaved"))}
      <div className="mt-3 space-y-1 text-sm">
        <p className="font-semibold">{t("library.editor.status", { state: t(`library.states.${item.state}`) })}</p>
        {item.author && <p>{t("library.editor.author", { name: item.author.name })}</p>}
        {item.reviewComment && <p className="rounded bg-amber-50 px-3 py-2">{t("library.editor.reviewComment", { comment: item.reviewComment })}</p>}
        {item.state === "PUBLISHED" && <p><a href={localePath("vi", `library/${item.id}`)} className="underline">{t("library.editor.viewPublic")}</a></p>}
        {can(viewer, "audit.view") && <p><a href={`/admin/audit?entityType=LibraryItem&entityId=${item.id}`} className="underline">{t("library.editor.history")}</a></p>}
        {!editable && <p className="font-semibold">{t("library.editor.lockedNote")}</p>}
      </div>

      <section id="files" aria-labelledby="files-title" className="mt-8 space-y-4">
        <h2 id="files-title" className="text-xl font-bold">{t("library.editor.files")}</h2>
        {item.files.length === 0 && <p className="text-sm">{t("library.editor.noFiles")}</p>}
        <ul className="space-y-4">
          {item.files.map((file) => (
            <li key={file.id} className="border-l-4 border-brand-100 pl-3">
              {file.media.kind === "AUDIO" && <audio controls preload="none" src={mediaUrl(file.media.storageKey)} className="w-full max-w-md" />}
              {file.media.kind === "VIDEO" && <video controls preload="none" src={mediaUrl(file.media.storageKey)} className="w-full max-w-md" />}
              <p className="text-sm">
                <a href={mediaUrl(file.media.kind === "IMAGE" ? `${file.media.storageKey}/${(file.media.width ?? 320)}.webp` : file.media.storageKey)} className="underline">
                  {t("library.editor.fileInfo", { name: file.media.originalName ?? file.media.mimeType, size: size(file.media.size) })}
                </a>
              </p>
              {editable && (
                <ActionForm action={updateLibraryFileAction} className="mt-2 space-y-2" label={t("library.editor.saveFile")}>
                  <HiddenField name="fileId" value={file.id} />
                  {(file.media.kind === "AUDIO" || file.media.kind === "VIDEO") && <TextField name="durationSeconds" label={t("library.fields.duration")} defaultValue={file.durationSeconds ? String(file.durationSeconds) : undefined} />}
                  {file.media.kind === "DOCUMENT" && <TextField name="pageCount" label={t("library.fields.pageCount")} defaultValue={file.pageCount ? String(file.pageCount) : undefined} />}
                  {file.media.kind === "IMAGE" && <TextField name="caption" label={t("library.fields.caption")} defaultValue={file.caption ?? undefined} />}
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
          <UploadProgress labels={{ uploading: t("library.editor.uploading", { percent: "{{percent}}" }), failed: t("library.editor.uploadFailed") }}>
            <UploadForm
              action={`/api/library/${item.id}/files`}
              id="upload-file"
              label={t("library.editor.uploadLabel")}
              hint={`${t("library.editor.uploadHint", { types: TYPE_LIST[purpose], max: `${UPLOAD_RULES[purpose].maxBytes / (1024 * 1024)} MB` })}${item.type !== "IMAGES" && item.files.length ? ` ${t("library.editor.replaceNote")}` : ""}`}
              accept={ACCEPT[purpose]!}
              locale={locale}
              error={one(query.error)}
              submitLabel={t("library.editor.upload")}
            />
          </UploadProgress>
        )}
      </section>

      <section aria-labelledby="text" className="mt-10">
        <h2 id="text" className="text-xl font-bold">{t("library.editor.languages")}</h2>
        <nav aria-label={t("library.editor.languages")} className="mt-2 border-b-2 border-brand-700">
          <ul className="flex flex-wrap gap-1">
            {LOCALES.map((lng) => (
              <li key={lng}>
                <a href={`/admin/library/${item.id}?lang=${lng}#text`} aria-current={lng === lang ? "page" : undefined}
                  className="inline-block rounded-t px-3 py-2 font-medium text-brand-700 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
                  {LOCALE_AUTONYMS[lng]}
                  {!item.translations.some((tr) => tr.locale === lng) && <span className="text-sm"> ({t("library.editor.missing")})</span>}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {editable ? (
          <ActionForm key={lang} action={saveLibraryTranslationAction} className="mt-4 space-y-4" label={LOCALE_AUTONYMS[lang]}>
            <HiddenField name="itemId" value={item.id} />
            <HiddenField name="locale" value={lang} />
            <TextField name="title" label={t("library.fields.title")} required defaultValue={translation?.title} />
            <TextAreaField name="description" rows={5} label={t("library.fields.description")} required defaultValue={translation?.description} />
            <TextAreaField name="transcript" rows={12} label={t("library.fields.transcript")} hint={t("library.fields.transcriptHint")} defaultValue={translation?.transcript ?? undefined} />
            <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
          </ActionForm>
        ) : (
          translation && (
            <div lang={lang} className="mt-4 space-y-2">
              <h3 className="text-lg font-semibold">{translation.title}</h3>
              <p>{translation.description}</p>
              {translation.transcript && <pre className="whitespace-pre-wrap rounded bg-brand-50 p-3 font-sans">{translation.transcript}</pre>}
            </div>
          )
        )}
      </section>

      {editable && (
        <section aria-labelledby="settings" className="mt-10">
          <h2 id="settings" className="text-xl font-bold">{t("library.editor.settings")}</h2>
          <ActionForm action={updateLibraryItemAction} className="mt-3 space-y-4" label={t("library.editor.settings")}>
            <HiddenField name="id" value={item.id} />
            <LibraryItemSettingsFields locale={locale} groups={groups} values={{ ...item, groupIds: item.groups.map((g) => g.id) }} />
            <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
          </ActionForm>
        </section>
      )}

      <section aria-labelledby="workflow" className="mt-10 space-y-3">
        <h2 id="workflow" className="text-xl font-bold">{t("library.editor.workflow")}</h2>
        {item.state === "DRAFT" && canSubmit(viewer, item) && !reviewer && (
          <Step action={submitLibraryItemAction} id={item.id} label={t("library.editor.submit")} />
        )}
        {reviewer && item.state !== "PUBLISHED" && <Step action={publishLibraryItemAction} id={item.id} label={t("library.editor.publish")} />}
        {reviewer && item.state === "IN_REVIEW" && (
          <ActionForm action={returnLibraryItemAction} className="space-y-2" label={t("library.editor.return")}>
            <HiddenField name="id" value={item.id} />
            <TextAreaField name="comment" rows={2} label={t("library.fields.comment")} required />
            <SubmitButton variant="secondary">{t("library.editor.return")}</SubmitButton>
          </ActionForm>
        )}
        {reviewer && item.state === "PUBLISHED" && <Step action={unpublishLibraryItemAction} id={item.id} label={t("library.editor.unpublish")} variant="danger" />}
      </section>
      <p className="sr-only">{tl("title")}</p>
    </>
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
