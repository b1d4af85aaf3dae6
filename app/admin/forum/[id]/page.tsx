import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MARKDOWN_BODY } from "@/components/articles/article-view";
import { OverdueBadge } from "@/components/forum/overdue-badge";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { PrivacyConfirm } from "@/components/forum/privacy-confirm";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import {
  addNoteAction, answerQuestionAction, assignQuestionAction, closeQuestionAction, editAnswerAction, editTextAction,
  mergeQuestionAction, publishQuestionAction, rejectQuestionAction, requestHelpAction,
} from "@/lib/forum/actions";
import { getQuestionForStaff, listAssignees } from "@/lib/forum/admin-queries";
import { renderMarkdown } from "@/lib/markdown";
import { signaturesFor } from "@/lib/forum/signatures";
import { displayState, isPublic, stepProblem } from "@/lib/forum/states";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "forum")("admin.title") };
}

const DONE = ["submitted", "published", "rejected", "textEdited", "assigned", "merged", "noteAdded", "helpRequested", "answered", "answerEdited", "closed"] as const;

/** One question in the back office: original text, moderation, assignment, notes, the answer. */
export default async function AdminForumQuestionPage({ params, searchParams }: PageProps<"/admin/forum/[id]">) {
  const viewer = await requirePermission("forum.answer");
  const { id } = await params;
  const query = await searchParams;
  const locale = await getRequestLocale();
  const t = getT(locale, "forum");
  const q = await getQuestionForStaff({ viewer, id });
  if (!q) notFound();
  const moderator = can(viewer, "forum.moderate");
  const [communes, assignees, signatures] = await Promise.all([listCommunes(), moderator ? listAssignees() : [], signaturesFor(viewer)]);
  const done = DONE.find((key) => key === query.done);
  const allowed = (step: Parameters<typeof stepProblem>[1]) => stepProblem(q, step) === null;
  const state = displayState(q);
  const section = "mt-8 border-t-2 border-brand-100 pt-4";
  const d = (key: string, params?: Record<string, unknown>) => (t as unknown as (k: string, p?: Record<string, unknown>) => string)(`admin.detail.${key}`, params);
  const signatureOptions = (current?: string) =>
    [...new Set([...(current ? [current] : []), ...signatures])].map((name) => ({ value: name, label: name }));

  return (
    <>
      <p><a href="/admin/forum" className="underline">← {d("back")}</a></p>
      <PageHeading title={d("title", { number: q.number })} />
      {done && <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 font-semibold">{t(`admin.done.${done}`)}</p>}
      <div className="mt-3 space-y-1">
        <p className="font-semibold">{d("state", { state: t(`states.${state}`) })} <OverdueBadge overdue={q.overdue} locale={locale} /></p>
        <p>{d("sent", { time: formatDateTime(q.createdAt, locale) })} · {d("commune", { commune: q.commune.fullName })} · {d("topic", { topic: t(`topics.${q.topic}`) })}</p>
        <p>{q.askerName ? <>{d("asker", { name: q.askerName })} {q.showName ? d("nameShown") : d("nameHidden")}</> : d("askerUnknown")}</p>
        {q.askerPhone && <p>{d("phone", { phone: q.askerPhone })}</p>}
        {q.submittedBy && <p>{d("onBehalf", { name: q.submittedBy.name, note: q.onBehalfNote ?? "" })}</p>}
        {q.assignedCommune && <p>{d("assignedCommune", { commune: q.assignedCommune.fullName })}</p>}
        {q.assignee && <p>{d("assignedTo", { name: q.assignee.name })}</p>}
        {q.helpRequestedAt && <p className="font-semibold text-accent-700">{d("helpRequested", { time: formatDateTime(q.helpRequestedAt, locale) })}</p>}
        {q.rejectionReason && <p>{d("rejectionReason", { reason: q.rejectionReason })}</p>}
        {q.mergedInto && <p><a href={`/admin/forum/${q.mergedInto.id}`} className="underline">{d("mergedInto", { number: q.mergedInto.number })}</a></p>}
        {q.duplicates.length > 0 && <p>{d("duplicates", { numbers: q.duplicates.map((dup) => dup.number).join(", ") })}</p>}
        {isPublic(q) && <p><a href={localePath("vi", `forum/${q.number}`)} className="underline">{d("publicPage")}</a></p>}
        {can(viewer, "audit.view") && <p><a href={`/admin/audit?entityType=ForumQuestion&entityId=${q.id}`} className="underline">{d("history")}</a></p>}
      </div>

      <section aria-labelledby="original" className={section}>
        <h2 id="original" className="text-xl font-bold">{d("original")}</h2>
        <pre lang={q.locale} className="mt-2 whitespace-pre-wrap rounded bg-brand-50 p-3 font-sans">{q.body}</pre>
        {q.body !== q.publicBody && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm">{d("maskedWarning")}</p>}
      </section>

      {moderator && (allowed("publish") || allowed("editText") || allowed("reject") || allowed("merge")) && (
        <section aria-labelledby="moderation" className={section}>
          <h2 id="moderation" className="text-xl font-bold">{d("moderation")}</h2>
          {(allowed("publish") || allowed("editText")) && (
            <ActionForm action={allowed("publish") ? publishQuestionAction : editTextAction} label={allowed("publish") ? d("publish") : d("saveText")} className="mt-3 space-y-3">
              <HiddenField name="id" value={q.id} />
              <TextAreaField name="publicBody" label={d("publicBody")} hint={d("publicBodyHint")} defaultValue={q.publicBody} rows={6} required />
              <SubmitButton>{allowed("publish") ? d("publish") : d("saveText")}</SubmitButton>
            </ActionForm>
          )}
          {allowed("reject") && (
            <ActionForm action={rejectQuestionAction} label={d("reject")} className="mt-6 space-y-3">
              <HiddenField name="id" value={q.id} />
              <TextAreaField name="reason" label={d("reason")} rows={3} required />
              <SubmitButton variant="danger">{d("reject")}</SubmitButton>
            </ActionForm>
          )}
          {allowed("merge") && (
            <ActionForm action={mergeQuestionAction} label={d("merge")} className="mt-6 space-y-3">
              <HiddenField name="id" value={q.id} />
              <TextField name="target" label={d("mergeTarget")} required />
              <SubmitButton variant="secondary">{d("merge")}</SubmitButton>
            </ActionForm>
          )}
        </section>
      )}

      {moderator && !q.mergedIntoId && (
        <section aria-labelledby="assign" className={section}>
          <h2 id="assign" className="text-xl font-bold">{d("assign")}</h2>
          <ActionForm action={assignQuestionAction} label={d("assign")} className="mt-3 space-y-3">
            <HiddenField name="id" value={q.id} />
            <SelectField name="assignedCommuneId" label={d("assignCommune")} defaultValue={q.assignedCommuneId ?? ""}
              options={[{ value: "", label: d("nobody") }, ...communes.map((c) => ({ value: c.id, label: c.fullName }))]} />
            <SelectField name="assigneeId" label={d("assignee")} defaultValue={q.assigneeId ?? ""}
              options={[{ value: "", label: d("nobody") }, ...assignees.map((u) => ({ value: u.id, label: u.commune ? `${u.name} (${u.commune.fullName})` : u.name }))]} />
            <SubmitButton variant="secondary">{d("save")}</SubmitButton>
          </ActionForm>
        </section>
      )}

      <section aria-labelledby="answer-title" className={section}>
        <h2 id="answer-title" className="text-xl font-bold">{d("answer")}</h2>
        {!q.publishedAt && q.state !== "REJECTED" && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm">{d("privateAnswer")}</p>}
        {q.answer && (
          <div className="mt-3 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3">
            <p className="text-sm">{d("answeredBy", { name: q.answer.author?.name ?? "—", time: formatDateTime(q.answer.createdAt, locale), unit: q.answer.unitName })}</p>
            {q.answer.editedAt && <p className="text-sm font-semibold">{d("edited", { time: formatDateTime(q.answer.editedAt, locale) })}</p>}
            <div lang="vi" className={MARKDOWN_BODY.replace("mt-6 ", "mt-2 ")} dangerouslySetInnerHTML={{ __html: renderMarkdown(q.answer.body) }} />
          </div>
        )}
        {(allowed("answer") || (allowed("editAnswer") && q.answer)) && (
          <ActionForm action={q.answer ? editAnswerAction : answerQuestionAction} label={q.answer ? d("editAnswer") : d("publishAnswer")} className="mt-4 space-y-3">
            <HiddenField name="id" value={q.id} />
            <TextAreaField name="body" label={d("answerBody")} hint={d("answerHint")} defaultValue={q.answer?.body} rows={10} required />
            <SelectField name="unitName" label={d("unitName")} defaultValue={q.answer?.unitName ?? signatures[0]} options={signatureOptions(q.answer?.unitName)} required />
            <PrivacyConfirm label={d("confirmPrivacy")} />
            <SubmitButton>{q.answer ? d("editAnswer") : d("publishAnswer")}</SubmitButton>
          </ActionForm>
        )}
        {allowed("close") && (
          <ActionForm action={closeQuestionAction} label={d("close")} className="mt-4 space-y-2">
            <HiddenField name="id" value={q.id} />
            <p className="text-sm">{d("closeHint")}</p>
            <SubmitButton variant="secondary">{d("close")}</SubmitButton>
          </ActionForm>
        )}
      </section>

      <section aria-labelledby="notes" className={section}>
        <h2 id="notes" className="text-xl font-bold">{d("notes")}</h2>
        {q.notes.length === 0 ? (
          <p className="mt-2 text-sm">{d("noNotes")}</p>
        ) : (
          <ol className="mt-2 space-y-2">
            {q.notes.map((note) => (
              <li key={note.id} className="border-l-4 border-brand-100 pl-3">
                <p className="text-sm text-muted">{d("noteBy", { name: note.author?.name ?? "—", time: formatDateTime(note.createdAt, locale) })}</p>
                <p className="whitespace-pre-line">{note.body}</p>
              </li>
            ))}
          </ol>
        )}
        <ActionForm action={addNoteAction} label={d("addNote")} className="mt-4 space-y-3">
          <HiddenField name="id" value={q.id} />
          <TextAreaField name="body" label={d("note")} rows={3} required />
          <SubmitButton variant="secondary">{d("addNote")}</SubmitButton>
        </ActionForm>
        {!moderator && allowed("answer") && !q.helpRequestedAt && (
          <ActionForm action={requestHelpAction} label={d("askHelp")} className="mt-6 space-y-3">
            <HiddenField name="id" value={q.id} />
            <TextAreaField name="body" label={d("helpNote")} rows={3} required />
            <SubmitButton variant="secondary">{d("askHelp")}</SubmitButton>
          </ActionForm>
        )}
      </section>
    </>
  );
}
