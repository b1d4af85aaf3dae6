import type { Metadata } from "next";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { createLessonAction, createLessonCourseAction } from "@/lib/lessons/actions";
import { listLessonCourses } from "@/lib/lessons/queries";
import { LESSON_SITUATIONS } from "@/lib/lessons/schema";
import { TRAINING_LANGUAGES } from "@/lib/training/catalog";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "training")("lessons.title") };
}

/** Courses by language, lessons by situation, and the viewer's progress in each. */
export default async function LessonsPage() {
  const viewer = await requirePermission("lessons.practise");
  const locale = await getRequestLocale();
  const t = getT(locale, "training");
  const tAdmin = getT(locale, "admin");
  const courses = await listLessonCourses(viewer.id);
  const manage = can(viewer, "lessons.manage");
  return (
    <>
      <PageHeading title={t("lessons.title")} lead={t("lessons.lead")} />
      {courses.length === 0 && <p className="mt-4">{t("lessons.noCourses")}</p>}
      {TRAINING_LANGUAGES.map((language) => {
        const ofLanguage = courses.filter((c) => c.language === language);
        if (!ofLanguage.length) return null;
        return (
          <section key={language} aria-labelledby={`lang-${language}`} className="mt-8">
            <h2 id={`lang-${language}`} className="text-xl font-bold">
              {t(`languages.${language}`)}
            </h2>
            {ofLanguage.map((course) => (
              <div key={course.id} className="mt-3 rounded border-2 border-brand-100 p-4">
                <h3 className="text-lg font-semibold">{course.title}</h3>
                {course.isDemo && (
                  <p className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm font-semibold text-amber-900">{t("lessons.demo")}</p>
                )}
                {course.description && <p className="mt-1 text-sm">{course.description}</p>}
                <ul className="mt-2 space-y-2">
                  {course.lessons.map((lesson) => (
                    <li key={lesson.id} className="flex flex-wrap items-baseline gap-x-3">
                      <a href={`/admin/lessons/${lesson.id}`} className="font-semibold text-brand-700 underline">
                        {lesson.title}
                      </a>
                      <span className="text-sm text-muted">{t(`lessons.situations.${lesson.situation}`)}</span>
                      <span className="text-sm" data-progress={lesson.id}>
                        {t("lessons.progress", { known: lesson.known, total: lesson.total })}
                      </span>
                      {lesson.waiting > 0 && (
                        <span className="text-sm text-amber-900">{t("lessons.waitingCount", { count: lesson.waiting })}</span>
                      )}
                      {lesson.total > 0 && (
                        <a href={`/admin/lessons/${lesson.id}/practise`} className="text-sm underline">
                          {t("lessons.practise")}
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
                {manage && (
                  <details className="mt-3">
                    <summary className="cursor-pointer font-semibold">{t("lessons.newLesson")}</summary>
                    <ActionForm
                      action={createLessonAction}
                      className="mt-2 space-y-3"
                      label={`${t("lessons.newLesson")} – ${course.title}`}
                    >
                      <HiddenField name="courseId" value={course.id} />
                      <SelectField
                        name="situation"
                        label={t("lessons.situation")}
                        required
                        options={LESSON_SITUATIONS.map((s) => ({ value: s, label: t(`lessons.situations.${s}`) }))}
                      />
                      <TextField name="title" label={t("lessons.lessonTitle")} required />
                      <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("lessons.newLesson")}</SubmitButton>
                    </ActionForm>
                  </details>
                )}
              </div>
            ))}
          </section>
        );
      })}
      {manage && (
        <section aria-labelledby="new-course" className="mt-10">
          <h2 id="new-course" className="text-xl font-bold">
            {t("lessons.newCourse")}
          </h2>
          <ActionForm action={createLessonCourseAction} className="mt-3 space-y-3" label={t("lessons.newCourse")}>
            <SelectField
              name="language"
              label={t("lessons.language")}
              required
              options={TRAINING_LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
            />
            <TextField name="title" label={t("lessons.courseTitle")} required />
            <TextAreaField name="description" label={t("lessons.description")} rows={2} />
            <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("lessons.newCourse")}</SubmitButton>
          </ActionForm>
        </section>
      )}
    </>
  );
}
