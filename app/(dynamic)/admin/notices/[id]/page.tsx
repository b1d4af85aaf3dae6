import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorFrame, EditorLanguages } from "@/components/admin/editor-frame";
import { NoticeAudio, NoticePreview, NoticeRelays, NoticeSteps } from "@/components/notices/editor-sections";
import { NoticeSettingsFields, NoticeTextFields } from "@/components/notices/notice-fields";
import { ReachPreview } from "@/components/reach/reach-preview";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import { requirePermission } from "@/lib/auth/session";
import { editorQuery } from "@/lib/editor-query";
import { formatDateTime } from "@/lib/format";
import { LOCALE_AUTONYMS } from "@/lib/i18n/config";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { saveNoticeTranslationAction, updateNoticeSettingsAction } from "@/lib/notices/actions";
import { areaTreeFor, getNoticeForEditor } from "@/lib/notices/admin-queries";
import { NOTICE_DONE, noticeEditorDecisions } from "@/lib/notices/editor";
import { relayFigures } from "@/lib/relays/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "notices")("admin.title") };
}

/** The editor of one version: a draft is edited and issued; an issued notice is updated, cancelled or cleared. */
export default async function NoticeEditorPage({ params, searchParams }: PageProps<"/admin/notices/[id]">) {
  const viewer = await requirePermission("notices.manage");
  const { id } = await params;
  const query = editorQuery(await searchParams, NOTICE_DONE);
  const lang = query.lang;
  const locale = await getRequestLocale();
  const t = getT(locale, "notices");
  const tAdmin = getT(locale, "admin");
  const [notice, tree] = await Promise.all([getNoticeForEditor({ viewer, id }), areaTreeFor(viewer)]);
  if (!notice) notFound();

  const decide = noticeEditorDecisions(notice, viewer, new Date());
  const { draft } = decide;
  const vi = notice.translations.find((tr) => tr.locale === "vi");
  const translation = notice.translations.find((tr) => tr.locale === lang);
  const type = notice.allClear ? "ALL_CLEAR" : notice.msgType;
  const relays = decide.relayFigures ? await relayFigures(viewer, { subject: { type: "Notice", id: notice.seriesId } }) : [];

  const state = (
    <>
      <p className="font-semibold">{t("admin.editor.status", { status: t(`status.${decide.status}`) })}</p>
      <p>{t("admin.editor.version", { version: notice.version, type: t(`detail.historyTypes.${type}`) })}</p>
      {notice.supersedes && <p>{t("admin.editor.updateOf", { version: notice.supersedes.version })}</p>}
      {notice.author && <p>{t("admin.editor.author", { name: notice.author.name })}</p>}
      {notice.issuedAt && (
        <p>{t("admin.editor.issuedBy", { time: formatDateTime(notice.issuedAt, locale), name: notice.issuedBy?.name ?? "—" })}</p>
      )}
      {notice.reason && <p lang="vi">{notice.reason}</p>}
      {!draft && (
        <p className="flex flex-wrap gap-4">
          <a href={localePath("vi", `notices/${notice.seriesId}`)} className="underline">
            {t("admin.editor.viewPublic")}
          </a>
          <a href={`/cap/${notice.id}.xml`} className="underline">
            {t("admin.editor.cap")}
          </a>
        </p>
      )}
      {decide.history && (
        <p>
          <a href={`/admin/audit?entityType=Notice&entityId=${notice.id}`} className="underline">
            {t("admin.editor.history")}
          </a>
        </p>
      )}
      {!draft && <p className="font-semibold">{t("admin.editor.locked")}</p>}
    </>
  );

  return (
    <EditorFrame
      back={{ href: "/admin/notices", label: tAdmin("common.back") }}
      title={vi?.headline ?? t("admin.title")}
      messages={[query.done && t(`admin.${query.done}`)]}
      state={state}
    >
      {draft && (
        <section aria-labelledby="settings" className="mt-8">
          <h2 id="settings" className="text-xl font-bold">
            {t("admin.editor.settings")}
          </h2>
          <ActionForm action={updateNoticeSettingsAction} className="mt-3 space-y-4" label={t("admin.editor.settings")}>
            <HiddenField name="id" value={notice.id} />
            <NoticeSettingsFields
              locale={locale}
              tree={tree}
              allowProvince={decide.allowProvince}
              values={{ ...notice, unitIds: notice.areas.map((area) => area.unitId) }}
            />
            <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
          </ActionForm>
        </section>
      )}

      <EditorLanguages
        heading={t("admin.editor.languages")}
        href={`/admin/notices/${notice.id}`}
        current={lang}
        present={notice.translations}
        missingLabel={t("admin.editor.missing")}
      >
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
      </EditorLanguages>

      {translation && <NoticeAudio notice={notice} translation={translation} lang={lang} draft={draft} query={query} locale={locale} />}
      {decide.preview && vi && <NoticePreview notice={notice} vi={vi} locale={locale} />}
      {decide.reachPreview && <ReachPreview notice={notice} locale={locale} />}
      {decide.relayFigures && <NoticeRelays seriesId={notice.seriesId} figures={relays[0]} decide={decide} locale={locale} />}
      {decide.bulletin && (
        <p className="mt-6">
          <a href={`/admin/notices/${notice.id}/bulletin.zip`} className="font-semibold underline">
            {getT(locale, "reach")("bulletin.download")}
          </a>
        </p>
      )}
      <NoticeSteps notice={notice} decide={decide} locale={locale} />
    </EditorFrame>
  );
}
