import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UploadForm } from "@/components/ui/upload-form";
import { NoticeSettingsFields, NoticeTextFields } from "@/components/notices/notice-fields";
import { SEVERITY_STYLE, SeverityIcon } from "@/components/notices/severity";
import { ActionForm, HiddenField, SubmitButton, TextAreaField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { RemindForm } from "@/components/reach/relay-forms";
import { ReachPreview, RelayFiguresLine } from "@/components/reach/reach-preview";
import { remindRelaysAction } from "@/lib/relays/actions";
import { relayFigures } from "@/lib/relays/queries";
import { can, reachOf } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime, intlLocale } from "@/lib/format";
import { LOCALES, LOCALE_AUTONYMS, isLocale, type Locale } from "@/lib/i18n/config";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import {
  allClearNoticeAction, cancelNoticeAction, detachNoticeAudioAction, issueNoticeAction, prepareUpdateAction, saveNoticeTranslationAction,
  updateNoticeSettingsAction,
} from "@/lib/notices/actions";
import { areaTreeFor, getNoticeForEditor } from "@/lib/notices/admin-queries";
import { noticeStatus } from "@/lib/notices/states";
import { UPLOAD_RULES } from "@/lib/storage/sniff";
import { AUDIO_TYPE_NAMES, formatFileSize, mediaUrl } from "@/lib/storage/urls";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "notices")("admin.title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const DONE = ["created", "issued", "updatePrepared", "cancelled", "allClear"] as const;

/** The editor of one version: a draft is edited and issued; an issued notice is updated, cancelled or cleared. */
export default async function NoticeEditorPage({ params, searchParams }: PageProps<"/admin/notices/[id]">) {
  const viewer = await requirePermission("notices.manage");
  const { id } = await params;
  const query = await searchParams;
  const lang: Locale = isLocale(one(query.lang)) ? (one(query.lang) as Locale) : "vi";
  const locale = await getRequestLocale();
  const t = getT(locale, "notices");
  const tAdmin = getT(locale, "admin");
  const [notice, tree] = await Promise.all([getNoticeForEditor({ viewer, id }), areaTreeFor(viewer)]);
  if (!notice) notFound();

  const now = new Date();
  const status = noticeStatus(notice, now);
  const draft = status === "DRAFT";
  const vi = notice.translations.find((tr) => tr.locale === "vi");
  const translation = notice.translations.find((tr) => tr.locale === lang);
  const done = DONE.find((key) => key === one(query.done));
  const type = notice.allClear ? "ALL_CLEAR" : notice.msgType;
  const size = (bytes: number) => formatFileSize(bytes, intlLocale(locale));
  const box = "space-y-3 rounded border-2 border-brand-100 p-4";
  const pendingUpdate = notice.supersededBy?.state === "DRAFT" ? notice.supersededBy.id : null;
  const relays = draft ? [] : await relayFigures(viewer, { subject: { type: "Notice", id: notice.seriesId } });

  return (
    <>
      <p><a href="/admin/notices" className="underline">← {tAdmin("common.back")}</a></p>
      <PageHeading title={vi?.headline ?? t("admin.title")} />
      {done && <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 font-semibold">{t(`admin.${done}`)}</p>}
      <div className="mt-3 space-y-1 text-sm">
        <p className="font-semibold">{t("admin.editor.status", { status: t(`status.${status}`) })}</p>
        <p>{t("admin.editor.version", { version: notice.version, type: t(`detail.historyTypes.${type}`) })}</p>
        {notice.supersedes && <p>{t("admin.editor.updateOf", { version: notice.supersedes.version })}</p>}
        {notice.author && <p>{t("admin.editor.author", { name: notice.author.name })}</p>}
        {notice.issuedAt && <p>{t("admin.editor.issuedBy", { time: formatDateTime(notice.issuedAt, locale), name: notice.issuedBy?.name ?? "—" })}</p>}
        {notice.reason && <p lang="vi">{notice.reason}</p>}
        {!draft && (
          <p className="flex flex-wrap gap-4">
            <a href={localePath("vi", `notices/${notice.seriesId}`)} className="underline">{t("admin.editor.viewPublic")}</a>
            <a href={`/cap/${notice.id}.xml`} className="underline">{t("admin.editor.cap")}</a>
          </p>
        )}
        {can(viewer, "audit.view") && <p><a href={`/admin/audit?entityType=Notice&entityId=${notice.id}`} className="underline">{t("admin.editor.history")}</a></p>}
        {!draft && <p className="font-semibold">{t("admin.editor.locked")}</p>}
      </div>

      {draft && (
        <section aria-labelledby="settings" className="mt-8">
          <h2 id="settings" className="text-xl font-bold">{t("admin.editor.settings")}</h2>
          <ActionForm action={updateNoticeSettingsAction} className="mt-3 space-y-4" label={t("admin.editor.settings")}>
            <HiddenField name="id" value={notice.id} />
            <NoticeSettingsFields
              locale={locale}
              tree={tree}
              allowProvince={reachOf(viewer, "notices.manage") === "all"}
              values={{ ...notice, unitIds: notice.areas.map((area) => area.unitId) }}
            />
            <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
          </ActionForm>
        </section>
      )}

      <section aria-labelledby="text" className="mt-10">
        <h2 id="text" className="text-xl font-bold">{t("admin.editor.languages")}</h2>
        <nav aria-label={t("admin.editor.languages")} className="mt-2 border-b-2 border-brand-700">
          <ul className="flex flex-wrap gap-1">
            {LOCALES.map((lng) => (
              <li key={lng}>
                <a
                  href={`/admin/notices/${notice.id}?lang=${lng}#text`}
                  aria-current={lng === lang ? "page" : undefined}
                  className="inline-block rounded-t px-3 py-2 font-medium text-brand-700 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                >
                  {LOCALE_AUTONYMS[lng]}
                  {!notice.translations.some((tr) => tr.locale === lng) && <span className="text-sm"> ({t("admin.editor.missing")})</span>}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {draft ? (
          <ActionForm key={lang} action={saveNoticeTranslationAction} className="mt-4 space-y-4" label={LOCALE_AUTONYMS[lang]}>
            <HiddenField name="noticeId" value={notice.id} />
            <HiddenField name="locale" value={lang} />
            <NoticeTextFields locale={locale} values={translation} />
            <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
          </ActionForm>
        ) : (
          translation && (
            <div lang={lang} className="mt-4 space-y-2">
              <h3 className="text-lg font-semibold">{translation.headline}</h3>
              <p className="whitespace-pre-line">{translation.description}</p>
              <p className="whitespace-pre-line font-semibold">{translation.instruction}</p>
            </div>
          )
        )}
      </section>

      {translation && (
        <section id="media" aria-labelledby="media-title" className="mt-8">
          <h2 id="media-title" className="text-xl font-bold">{t("admin.editor.audio", { language: LOCALE_AUTONYMS[lang] })}</h2>
          {translation.audio ? (
            <div className="my-3">
              <audio controls preload="none" src={mediaUrl(translation.audio.storageKey)} className="w-full max-w-md" />
              <p className="text-sm text-muted">{translation.audio.originalName ?? AUDIO_TYPE_NAMES[translation.audio.mimeType] ?? ""} · {size(translation.audio.size)}</p>
            </div>
          ) : (
            <p className="my-3 text-sm">{t("admin.editor.noAudio")}</p>
          )}
          {draft && (
            <UploadForm
              action={`/api/notices/${notice.id}/media?locale=${lang}`}
              id="upload-audio"
              label={t("admin.editor.audio", { language: LOCALE_AUTONYMS[lang] })}
              hint={t("admin.editor.audioHint")}
              accept={[...UPLOAD_RULES.audio.mimes, ".mp3", ".m4a", ".ogg"].join(",")}
              locale={locale}
              error={one(query.media) === "audio" ? one(query.error) : undefined}
              saved={one(query.media) === "audio" && one(query.saved) === "1"}
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
      )}

      {draft && vi && (
        <section aria-labelledby="preview" className="mt-10">
          <h2 id="preview" className="text-xl font-bold">{t("admin.editor.preview")}</h2>
          <p className="text-sm">{t("admin.editor.previewLead")}</p>
          <p className={`mt-2 flex items-start gap-2 rounded border-l-8 px-3 py-2 ${SEVERITY_STYLE[notice.severity].box}`}>
            <SeverityIcon severity={notice.severity} />
            <span>
              <strong>{t(`severity.${notice.severity}`)}:</strong> <span lang="vi">{vi.headline}</span>{" "}
              <span className="text-sm">({t("banner.until", { time: formatDateTime(notice.expiresAt, locale) })})</span>
            </span>
          </p>
          <p lang="vi" className="mt-2 whitespace-pre-line text-xl font-semibold">{vi.instruction}</p>
        </section>
      )}

      {(draft || status === "ACTIVE") && vi && <ReachPreview notice={notice} locale={locale} />}
      {!draft && (
        <section aria-labelledby="relay-figures" className="mt-8">
          <h2 id="relay-figures" className="text-lg font-bold">{getT(locale, "reach")("relays.title")}</h2>
          <RelayFiguresLine figures={relays[0]} locale={locale} />
          {relays[0] && can(viewer, "relays.manage") && status === "ACTIVE" && (
            <RemindForm action={remindRelaysAction} subjectType="Notice" subjectId={notice.seriesId} communeId={reachOf(viewer, "relays.manage") === "all" ? null : viewer.communeId} />
          )}
        </section>
      )}
      {can(viewer, "bulletins.download") && vi && (
        <p className="mt-6"><a href={`/admin/notices/${notice.id}/bulletin.zip`} className="font-semibold underline">{getT(locale, "reach")("bulletin.download")}</a></p>
      )}

      <section aria-label={t("admin.editor.issue")} className="mt-10 space-y-4">
        {draft && (
          <ActionForm action={issueNoticeAction} className={box} label={t("admin.editor.issue")}>
            <HiddenField name="id" value={notice.id} />
            <p>{notice.supersedes ? t("admin.editor.issueUpdateLead") : t("admin.editor.issueLead")}</p>
            <SubmitButton variant="danger">{t("admin.editor.issue")}</SubmitButton>
          </ActionForm>
        )}
        {status === "ACTIVE" && (
          <>
            {pendingUpdate ? (
              <p className={box}><a href={`/admin/notices/${pendingUpdate}`} className="font-semibold underline">{t("admin.editor.openDraftUpdate")}</a></p>
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
    </>
  );
}
