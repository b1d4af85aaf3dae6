import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, HiddenField, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import { PhraseRecorder } from "@/components/lessons/phrase-recorder";
import { PageHeading } from "@/components/ui/page-heading";
import { UploadForm } from "@/components/ui/upload-form";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { firstValue } from "@/lib/editor-query";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { approveSuggestionAction, createPhraseAction, rejectSuggestionAction, suggestPhraseAction } from "@/lib/lessons/actions";
import { getLesson } from "@/lib/lessons/queries";
import { UPLOAD_RULES } from "@/lib/storage/sniff";
import { mediaUrl } from "@/lib/storage/urls";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "training")("lessons.title") };
}

/**
 * A lesson: each phrase's Vietnamese meaning and, once approved, the text in the language and
 * its recording; speakers suggest, a second person approves. Nothing here is ever filled in by
 * the portal itself: a phrase without an approved text says it is waiting for a speaker.
 */
export default async function LessonPage({ params, searchParams }: PageProps<"/admin/lessons/[id]">) {
  const viewer = await requirePermission("lessons.practise");
  const { id } = await params;
  const query = await searchParams;
  const locale = await getRequestLocale();
  const t = getT(locale, "training");
  const tAdmin = getT(locale, "admin");
  const lesson = await getLesson(id, viewer.id);
  if (!lesson) notFound();
  const language = lesson.course.language;
  const suggest = can(viewer, "lessons.suggest");
  const review = can(viewer, "lessons.review");
  const box = "mt-3 space-y-3 rounded border-2 border-brand-100 p-4";

  return (
    <>
      <p>
        <a href="/admin/lessons" className="underline">
          {t("lessons.back")}
        </a>
      </p>
      <PageHeading title={lesson.title} lead={`${lesson.course.title} · ${t(`lessons.situations.${lesson.situation}`)}`}>
        {lesson.phrases.length > 0 && (
          <a
            href={`/admin/lessons/${lesson.id}/practise`}
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {t("lessons.practise")}
          </a>
        )}
      </PageHeading>
      {lesson.course.isDemo && <p className="mt-3 rounded bg-amber-50 px-3 py-2 font-semibold text-amber-900">{t("lessons.demo")}</p>}
      <h2 className="mt-8 text-xl font-bold">{t("lessons.phrases")}</h2>
      {lesson.phrases.length === 0 && <p className="mt-2">{t("lessons.noPhrases")}</p>}
      <ol className="mt-2 space-y-4">
        {lesson.phrases.map((phrase) => (
          <li key={phrase.id} id={`phrase-${phrase.id}`} className="rounded border border-brand-100 p-4">
            <p lang="vi" className="text-lg font-semibold">
              {phrase.meaningVi}
            </p>
            {phrase.text ? (
              <p lang={language} className="text-lg">
                {phrase.text}
              </p>
            ) : (
              <p className="font-semibold text-amber-900">{t("lessons.waiting")}</p>
            )}
            {phrase.note && <p className="text-sm text-muted">{phrase.note}</p>}
            {phrase.audio ? (
              <audio controls preload="none" src={mediaUrl(phrase.audio.storageKey)} className="mt-2 w-full max-w-md" />
            ) : (
              <p className="text-sm text-muted">{t("lessons.noRecording")}</p>
            )}

            {phrase.suggestions.length > 0 && (
              <div className={box}>
                <h3 className="font-bold">{t("lessons.pending")}</h3>
                {phrase.suggestions.map((s) => (
                  <div key={s.id} className="border-t border-brand-100 pt-2">
                    {s.text && <p lang={language}>{s.text}</p>}
                    {s.note && <p className="text-sm">{s.note}</p>}
                    {s.audio && <audio controls preload="none" src={mediaUrl(s.audio.storageKey)} className="w-full max-w-md" />}
                    <p className="text-sm text-muted">{t("lessons.by", { name: s.suggestedBy?.name ?? "—" })}</p>
                    {review && s.suggestedBy?.id !== viewer.id && (
                      <div className="mt-2 flex flex-wrap items-end gap-4">
                        <ActionForm action={approveSuggestionAction} label={t("lessons.approve")}>
                          <HiddenField name="suggestionId" value={s.id} />
                          <SubmitButton>{t("lessons.approve")}</SubmitButton>
                        </ActionForm>
                        <ActionForm action={rejectSuggestionAction} className="flex flex-wrap items-end gap-3" label={t("lessons.reject")}>
                          <HiddenField name="suggestionId" value={s.id} />
                          <TextField name="comment" label={t("lessons.comment")} required />
                          <SubmitButton variant="secondary">{t("lessons.reject")}</SubmitButton>
                        </ActionForm>
                      </div>
                    )}
                    {s.suggestedBy?.id === viewer.id && <p className="text-sm">{t("lessons.ownPending")}</p>}
                  </div>
                ))}
              </div>
            )}

            {suggest && (
              <details className="mt-3">
                <summary className="cursor-pointer font-semibold">{t("lessons.suggest")}</summary>
                <p className="mt-1 text-sm">{t("lessons.suggestLead")}</p>
                <ActionForm action={suggestPhraseAction} className={box} label={`${t("lessons.suggest")} – ${phrase.meaningVi}`}>
                  <HiddenField name="phraseId" value={phrase.id} />
                  <TextField name="text" label={t("lessons.text")} required />
                  <TextAreaField name="note" label={t("lessons.note")} rows={2} />
                  <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("lessons.send")}</SubmitButton>
                </ActionForm>
                <div className={box}>
                  <PhraseRecorder
                    action={`/api/lessons/phrases/${phrase.id}/recording`}
                    labels={{
                      record: t("lessons.record"),
                      stop: t("lessons.stop"),
                      recording: t("lessons.recordingNow"),
                      failed: t("lessons.recordFailed"),
                    }}
                  />
                  <UploadForm
                    action={`/api/lessons/phrases/${phrase.id}/recording`}
                    id={`recording-${phrase.id}`}
                    label={t("lessons.uploadRecording")}
                    hint={t("lessons.recordingHint")}
                    accept={[...UPLOAD_RULES.audio.mimes, ".mp3", ".m4a", ".ogg"].join(",")}
                    locale={locale}
                    error={firstValue(query.phrase) === phrase.id ? firstValue(query.error) : undefined}
                    saved={firstValue(query.phrase) === phrase.id && firstValue(query.saved) === "1"}
                    savedLabel={t("lessons.recordingSaved")}
                    submitLabel={t("lessons.uploadRecording")}
                  />
                </div>
              </details>
            )}
          </li>
        ))}
      </ol>
      {can(viewer, "lessons.manage") && (
        <ActionForm action={createPhraseAction} className={`${box} mt-8`} label={t("lessons.newPhrase")}>
          <h2 className="text-xl font-bold">{t("lessons.newPhrase")}</h2>
          <HiddenField name="lessonId" value={lesson.id} />
          <TextField name="meaningVi" label={t("lessons.meaning")} required />
          <TextAreaField name="note" label={t("lessons.note")} rows={2} />
          <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("lessons.newPhrase")}</SubmitButton>
        </ActionForm>
      )}
    </>
  );
}
