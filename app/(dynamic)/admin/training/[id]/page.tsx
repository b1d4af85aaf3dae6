/* eslint-disable max-lines -- one course's editor: details, sessions, participants and attendance are one record edited together */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CourseFields } from "@/components/training/course-fields";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { can, reachOf } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { firstValue } from "@/lib/editor-query";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import {
  addTrainingParticipantAction,
  addTrainingSessionAction,
  removeTrainingParticipantAction,
  removeTrainingSessionAction,
  saveTrainingAttendanceAction,
  saveTrainingResultAction,
  updateTrainingCourseAction,
} from "@/lib/training/actions";
import { TRAINING_RESULTS, dayString } from "@/lib/training/catalog";
import { enrollableStaff, getTrainingCourse, trainingCommunes } from "@/lib/training/queries";
import { isTrained, sessionsAttended } from "@/lib/training/trained";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "training")("training.title") };
}

/** One course: its details, sessions, participants, the register of each session, results, certificates. */
export default async function TrainingCoursePage({ params, searchParams }: PageProps<"/admin/training/[id]">) {
  const viewer = await requirePermission("training.view");
  const { id } = await params;
  const query = await searchParams;
  const locale = await getRequestLocale();
  const t = getT(locale, "training");
  const tAdmin = getT(locale, "admin");
  const course = await getTrainingCourse(viewer, id);
  if (!course) notFound();
  const manage = can(viewer, "training.manage", { communeId: course.communeId });
  const [communes, staff] = manage ? await Promise.all([trainingCommunes(viewer), enrollableStaff(viewer)]) : [[], []];
  const sessionIds = course.sessions.map((s) => s.id);
  const box = "mt-4 space-y-3 rounded border-2 border-brand-100 p-4";
  const save = <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>;

  return (
    <>
      <p>
        <a href={`/admin/training?year=${course.endsOn.getUTCFullYear()}`} className="underline">
          {t("training.back")}
        </a>
      </p>
      <PageHeading title={course.title} />
      {firstValue(query.done) === "created" && <StatusMessage className="mt-4">{t("messages.created")}</StatusMessage>}
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("training.kind")}</dt>
        <dd>
          {t(`kinds.${course.kind}`)}
          {course.language && <> · {t(`languages.${course.language}` as "languages.tyz")}</>}
        </dd>
        <dt className="font-semibold">{t("training.dates")}</dt>
        <dd>
          {dayString(course.startsOn)} – {dayString(course.endsOn)}
        </dd>
        <dt className="font-semibold">{t("training.place")}</dt>
        <dd>{course.place}</dd>
        <dt className="font-semibold">{t("training.trainer")}</dt>
        <dd>{course.trainer}</dd>
        <dt className="font-semibold">{t("training.commune")}</dt>
        <dd>{course.commune?.fullName ?? t("training.province")}</dd>
      </dl>
      {can(viewer, "audit.view") && (
        <p className="mt-2">
          <a href={`/admin/audit?entityType=TrainingCourse&entityId=${course.id}`} className="underline">
            {t("training.history")}
          </a>
        </p>
      )}

      <section aria-labelledby="sessions" className="mt-8">
        <h2 id="sessions" className="text-xl font-bold">
          {t("training.sessions")}
        </h2>
        {course.sessions.length === 0 && <p className="mt-2">{t("training.noSessions")}</p>}
        {course.sessions.map((session, index) => (
          <div key={session.id} className={box}>
            <h3 className="font-bold">
              {index + 1}. {dayString(session.date)}
              {session.topic && <> · {session.topic}</>}
            </h3>
            {manage && course.participants.length > 0 && (
              <ActionForm
                action={saveTrainingAttendanceAction}
                className="space-y-2"
                label={t("training.attendanceOf", { n: index + 1, date: dayString(session.date) })}
              >
                <HiddenField name="sessionId" value={session.id} />
                <fieldset>
                  <legend className="font-semibold">{t("training.attendanceOf", { n: index + 1, date: dayString(session.date) })}</legend>
                  {course.participants.map((p) => (
                    <label key={p.id} className="flex min-h-11 items-center gap-3">
                      <input
                        type="checkbox"
                        name="present"
                        value={p.id}
                        defaultChecked={p.attendance.some((a) => a.sessionId === session.id && a.present)}
                        className="size-5"
                      />
                      <span>{p.name}</span>
                    </label>
                  ))}
                </fieldset>
                <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("training.saveAttendance")}</SubmitButton>
              </ActionForm>
            )}
            {manage && (
              <ActionForm
                action={removeTrainingSessionAction}
                className="mt-2"
                label={`${t("training.remove")} ${dayString(session.date)}`}
              >
                <HiddenField name="sessionId" value={session.id} />
                <SubmitButton variant="secondary">{t("training.remove")}</SubmitButton>
              </ActionForm>
            )}
          </div>
        ))}
        {manage && (
          <ActionForm action={addTrainingSessionAction} className={box} label={t("training.addSession")}>
            <h3 className="font-bold">{t("training.addSession")}</h3>
            <HiddenField name="courseId" value={course.id} />
            <TextField name="date" type="date" label={t("training.sessionDate")} required />
            <TextField name="topic" label={t("training.sessionTopic")} />
            <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("training.addSession")}</SubmitButton>
          </ActionForm>
        )}
      </section>

      <section aria-labelledby="participants" className="mt-8">
        <h2 id="participants" className="text-xl font-bold">
          {t("training.participants")}
        </h2>
        {course.participants.length === 0 && <p className="mt-2">{t("training.noParticipants")}</p>}
        <ul className="mt-2 space-y-3">
          {course.participants.map((p) => {
            const trained = isTrained(p, sessionIds);
            return (
              <li key={p.id} className="rounded border border-brand-100 p-3" data-participant={p.name}>
                <p className="font-semibold">{p.name}</p>
                <p className="text-sm">{[p.unit, p.commune?.fullName].filter(Boolean).join(" · ")}</p>
                <p className="text-sm">
                  {t("training.attended")}: {sessionsAttended(p, sessionIds)}/{sessionIds.length} ·{" "}
                  {trained ? t("training.trained") : t("training.notTrained")}
                </p>
                {trained && (
                  <p>
                    <a
                      href={`/admin/training/${course.id}/certificate/${p.id}`}
                      className="font-semibold text-brand-700 underline"
                      download
                    >
                      {t("training.certificateFor", { name: p.name })}
                    </a>
                  </p>
                )}
                {manage && (
                  <div className="mt-2 flex flex-wrap items-end gap-4">
                    <ActionForm
                      action={saveTrainingResultAction}
                      className="flex flex-wrap items-end gap-3"
                      label={`${t("training.result")} ${p.name}`}
                    >
                      <HiddenField name="participantId" value={p.id} />
                      <SelectField
                        name="result"
                        label={t("training.result")}
                        defaultValue={p.result}
                        options={TRAINING_RESULTS.map((r) => ({ value: r, label: t(`results.${r}`) }))}
                      />
                      <TextField name="resultNote" label={t("training.resultNote")} defaultValue={p.resultNote ?? undefined} />
                      <SubmitButton variant="secondary">{t("training.saveResult")}</SubmitButton>
                    </ActionForm>
                    <ActionForm action={removeTrainingParticipantAction} label={`${t("training.remove")} ${p.name}`}>
                      <HiddenField name="participantId" value={p.id} />
                      <SubmitButton variant="secondary">{t("training.remove")}</SubmitButton>
                    </ActionForm>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        {manage && (
          <ActionForm action={addTrainingParticipantAction} className={box} label={t("training.addParticipant")}>
            <h3 className="font-bold">{t("training.addParticipant")}</h3>
            <HiddenField name="courseId" value={course.id} />
            <SelectField
              name="userId"
              label={t("training.staffUser")}
              hint={t("training.staffHint")}
              options={[
                { value: "", label: t("training.noStaff") },
                ...staff.map((u) => ({ value: u.id, label: u.commune ? `${u.name} (${u.commune.name})` : u.name })),
              ]}
            />
            <TextField name="name" label={t("training.name")} />
            <TextField name="unit" label={t("training.unit")} />
            <SelectField
              name="communeId"
              label={t("training.participantCommune")}
              options={[
                ...(reachOf(viewer, "training.manage") === "all" ? [{ value: "", label: t("training.province") }] : []),
                ...communes.map((c) => ({ value: c.id, label: c.fullName })),
              ]}
            />
            <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("training.addParticipant")}</SubmitButton>
          </ActionForm>
        )}
      </section>

      {manage && (
        <section aria-labelledby="settings" className="mt-8">
          <h2 id="settings" className="text-xl font-bold">
            {t("training.settings")}
          </h2>
          <ActionForm action={updateTrainingCourseAction} className="mt-3 space-y-4" label={t("training.settings")}>
            <HiddenField name="id" value={course.id} />
            <CourseFields
              locale={locale}
              communes={communes}
              allowProvince={reachOf(viewer, "training.manage") === "all"}
              values={course}
            />
            {save}
          </ActionForm>
        </section>
      )}
    </>
  );
}
