import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { markPhraseKnownAction } from "@/lib/lessons/actions";
import { getLesson } from "@/lib/lessons/queries";
import { mediaUrl } from "@/lib/storage/urls";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "training")("lessons.practise") };
}

/**
 * Practice, one phrase at a time: listen, say it, reveal (a <details>: no JavaScript needed),
 * "I know it" (a form that keeps the progress and goes on). Phone-sized, big text.
 */
export default async function PractisePage({ params, searchParams }: PageProps<"/admin/lessons/[id]/practise">) {
  const viewer = await requirePermission("lessons.practise");
  const { id } = await params;
  const raw = (await searchParams).i;
  const locale = await getRequestLocale();
  const t = getT(locale, "training");
  const lesson = await getLesson(id, viewer.id);
  if (!lesson) notFound();
  const total = lesson.phrases.length;
  const index = Math.min(Math.max(Number.parseInt(String(Array.isArray(raw) ? raw[0] : (raw ?? "0")), 10) || 0, 0), total);
  const back = (
    <p>
      <a href={`/admin/lessons/${lesson.id}`} className="underline">
        {t("lessons.backToLesson")}
      </a>
    </p>
  );
  const known = lesson.phrases.filter((p) => p.progress.some((row) => row.known)).length;
  const progress = (
    <p className="mt-2 font-semibold" role="status">
      {t("lessons.progress", { known, total })}
    </p>
  );
  if (index >= total) {
    return (
      <>
        {back}
        <h1 className="mt-2 text-2xl font-bold">{lesson.title}</h1>
        <p className="mt-4 text-lg">{total ? t("lessons.finished") : t("lessons.noPhrases")}</p>
        {progress}
      </>
    );
  }
  const phrase = lesson.phrases[index]!;
  const isKnown = phrase.progress.some((row) => row.known);
  return (
    <div className="mx-auto max-w-xl">
      {back}
      <h1 className="mt-2 text-2xl font-bold">{lesson.title}</h1>
      {lesson.course.isDemo && (
        <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-900">{t("lessons.demo")}</p>
      )}
      <p className="mt-2 text-sm">{t("lessons.step", { n: index + 1, total })}</p>
      {progress}
      <p lang="vi" className="mt-4 text-2xl font-semibold">
        {phrase.meaningVi}
      </p>
      <section className="mt-4" aria-labelledby="listen">
        <h2 id="listen" className="font-bold">
          {t("lessons.listen")}
        </h2>
        {phrase.audio ? (
          <audio controls preload="none" src={mediaUrl(phrase.audio.storageKey)} className="mt-1 w-full" />
        ) : (
          <p className="text-sm">{t("lessons.noRecording")}</p>
        )}
      </section>
      <section className="mt-4" aria-labelledby="say">
        <h2 id="say" className="font-bold">
          {t("lessons.say")}
        </h2>
        <p className="text-sm">{t("lessons.sayHint")}</p>
      </section>
      <details className="mt-4 rounded border-2 border-brand-100 p-3">
        <summary className="min-h-11 cursor-pointer font-bold">{t("lessons.reveal")}</summary>
        {phrase.text ? (
          <p lang={lesson.course.language} className="mt-2 text-2xl">
            {phrase.text}
          </p>
        ) : (
          <p className="mt-2 font-semibold text-amber-900">{t("lessons.waiting")}</p>
        )}
        {phrase.note && <p className="text-sm">{phrase.note}</p>}
      </details>
      {isKnown && <p className="mt-4 font-semibold text-green-900">{t("lessons.isKnown")}</p>}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <ActionForm action={markPhraseKnownAction} label={t("lessons.known")}>
          <HiddenField name="lessonId" value={lesson.id} />
          <HiddenField name="phraseId" value={phrase.id} />
          <HiddenField name="next" value={String(index + 1)} />
          <SubmitButton>{t("lessons.known")}</SubmitButton>
        </ActionForm>
        {index > 0 && (
          <a href={`/admin/lessons/${lesson.id}/practise?i=${index - 1}`} className="underline">
            {t("lessons.previous")}
          </a>
        )}
        <a href={`/admin/lessons/${lesson.id}/practise?i=${index + 1}`} className="underline">
          {t("lessons.next")}
        </a>
      </div>
    </div>
  );
}
