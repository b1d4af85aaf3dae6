import { SEVERITY_STYLE, SeverityIcon } from "@/components/notices/severity";
import { RelayFiguresLine } from "@/components/reach/reach-preview";
import { RemindForm } from "@/components/reach/relay-forms";
import { ActionForm, HiddenField, SubmitButton, TextAreaField } from "@/components/ui/action-form";
import { AudioPlayer } from "@/components/ui/audio-player";
import { UploadForm } from "@/components/ui/upload-form";
import type { EditorQuery } from "@/lib/editor-query";
import { formatDateTime, intlLocale } from "@/lib/format";
import { LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import {
  allClearNoticeAction,
  cancelNoticeAction,
  detachNoticeAudioAction,
  issueNoticeAction,
  prepareUpdateAction,
} from "@/lib/notices/actions";
import type { EditorNotice } from "@/lib/notices/admin-queries";
import type { noticeEditorDecisions } from "@/lib/notices/editor";
import type { RelayFigures } from "@/lib/relays/queries";
import { remindRelaysAction } from "@/lib/relays/actions";
import { UPLOAD_RULES } from "@/lib/storage/sniff";
import { AUDIO_TYPE_NAMES, formatFileSize } from "@/lib/storage/urls";

/** The notice editor's sections; each gets what the page loaded and decided (lib/notices/editor.ts). */
type Decisions = ReturnType<typeof noticeEditorDecisions>;

/** The reading of the language shown: player, upload and removal (uploads only on a draft). */
export function NoticeAudio({
  notice,
  translation,
  lang,
  draft,
  query,
  locale,
}: {
  notice: { id: string };
  translation: EditorNotice["translations"][number];
  lang: Locale;
  draft: boolean;
  query: EditorQuery<string>;
  locale: Locale;
}) {
  const t = getT(locale, "notices");
  const heading = t("admin.editor.audio", { language: LOCALE_AUTONYMS[lang] });
  return (
    <section id="media" aria-labelledby="media-title" className="mt-8">
      <h2 id="media-title" className="text-xl font-bold">
        {heading}
      </h2>
      {translation.audio ? (
        <AudioPlayer
          audio={translation.audio}
          className="my-3"
          caption={
            <>
              {translation.audio.originalName ?? AUDIO_TYPE_NAMES[translation.audio.mimeType] ?? ""} ·{" "}
              {formatFileSize(translation.audio.size, intlLocale(locale))}
            </>
          }
        />
      ) : (
        <p className="my-3 text-sm">{t("admin.editor.noAudio")}</p>
      )}
      {draft && (
        <UploadForm
          action={`/api/notices/${notice.id}/media?locale=${lang}`}
          id="upload-audio"
          label={heading}
          hint={t("admin.editor.audioHint")}
          accept={[...UPLOAD_RULES.audio.mimes, ".mp3", ".m4a", ".ogg"].join(",")}
          locale={locale}
          {...query.upload("audio")}
          savedLabel={t("admin.audioSaved")}
          submitLabel={t("admin.editor.upload")}
        />
      )}
      {draft && translation.audio && (
        <ActionForm action={detachNoticeAudioAction} className="mt-2" label={t("admin.editor.remove")}>
          <HiddenField name="id" value={notice.id} />
          <HiddenField name="locale" value={lang} />
          <SubmitButton variant="secondary">{t("admin.editor.remove")}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}

/** The banner and the instruction as readers will see them, from the Vietnamese text. */
export function NoticePreview({ notice, vi, locale }: { notice: EditorNotice; vi: EditorNotice["translations"][number]; locale: Locale }) {
  const t = getT(locale, "notices");
  return (
    <section aria-labelledby="preview" className="mt-10">
      <h2 id="preview" className="text-xl font-bold">
        {t("admin.editor.preview")}
      </h2>
      <p className="text-sm">{t("admin.editor.previewLead")}</p>
      <p className={`mt-2 flex items-start gap-2 rounded border-l-8 px-3 py-2 ${SEVERITY_STYLE[notice.severity].box}`}>
        <SeverityIcon severity={notice.severity} />
        <span>
          <strong>{t(`severity.${notice.severity}`)}:</strong> <span lang="vi">{vi.headline}</span>{" "}
          <span className="text-sm">({t("banner.until", { time: formatDateTime(notice.expiresAt, locale) })})</span>
        </span>
      </p>
      <p lang="vi" className="mt-2 whitespace-pre-line text-xl font-semibold">
        {vi.instruction}
      </p>
    </section>
  );
}

/** Who received and relayed an issued notice, and the reminder while it is in force. */
export function NoticeRelays({
  seriesId,
  figures,
  decide,
  locale,
}: {
  seriesId: string;
  figures: RelayFigures | undefined;
  decide: Decisions;
  locale: Locale;
}) {
  return (
    <section aria-labelledby="relay-figures" className="mt-8">
      <h2 id="relay-figures" className="text-lg font-bold">
        {getT(locale, "reach")("relays.title")}
      </h2>
      <RelayFiguresLine figures={figures} locale={locale} />
      {figures && decide.remind && (
        <RemindForm action={remindRelaysAction} subjectType="Notice" subjectId={seriesId} communeId={decide.remindCommune} />
      )}
    </section>
  );
}

/** The lifecycle steps open now: issue a draft; update, clear or cancel a notice in force. */
export function NoticeSteps({ notice, decide, locale }: { notice: EditorNotice; decide: Decisions; locale: Locale }) {
  const t = getT(locale, "notices");
  const box = "space-y-3 rounded border-2 border-brand-100 p-4";
  return (
    <section aria-label={t("admin.editor.issue")} className="mt-10 space-y-4">
      {decide.draft && (
        <ActionForm action={issueNoticeAction} className={box} label={t("admin.editor.issue")}>
          <HiddenField name="id" value={notice.id} />
          <p>{notice.supersedes ? t("admin.editor.issueUpdateLead") : t("admin.editor.issueLead")}</p>
          <SubmitButton variant="danger">{t("admin.editor.issue")}</SubmitButton>
        </ActionForm>
      )}
      {decide.active && (
        <>
          {decide.pendingUpdate ? (
            <p className={box}>
              <a href={`/admin/notices/${decide.pendingUpdate}`} className="font-semibold underline">
                {t("admin.editor.openDraftUpdate")}
              </a>
            </p>
          ) : (
            <ActionForm action={prepareUpdateAction} className={box} label={t("admin.editor.update")}>
              <HiddenField name="id" value={notice.id} />
              <p>{t("admin.editor.updateLead")}</p>
              <SubmitButton>{t("admin.editor.update")}</SubmitButton>
            </ActionForm>
          )}
          <ActionForm action={allClearNoticeAction} className={box} label={t("admin.editor.allClear")}>
            <HiddenField name="id" value={notice.id} />
            <p>{t("admin.editor.allClearLead")}</p>
            <TextAreaField name="note" label={t("admin.fields.allClearNote")} rows={2} />
            <SubmitButton variant="secondary">{t("admin.editor.allClear")}</SubmitButton>
          </ActionForm>
          <ActionForm action={cancelNoticeAction} className={box} label={t("admin.editor.cancel")}>
            <HiddenField name="id" value={notice.id} />
            <p>{t("admin.editor.cancelLead")}</p>
            <TextAreaField name="reason" label={t("admin.fields.reason")} hint={t("admin.fields.reasonHint")} required rows={2} />
            <SubmitButton variant="danger">{t("admin.editor.cancel")}</SubmitButton>
          </ActionForm>
        </>
      )}
    </section>
  );
}
