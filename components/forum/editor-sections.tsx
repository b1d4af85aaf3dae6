/* eslint-disable max-lines -- the forum editor's sections (moderation, assignment, notes, answer), each small, kept beside each other as one editor */
import { MARKDOWN_BODY } from "@/components/articles/article-view";
import { PrivacyConfirm } from "@/components/forum/privacy-confirm";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import { formatDateTime } from "@/lib/format";
import {
  addNoteAction,
  answerQuestionAction,
  assignQuestionAction,
  closeQuestionAction,
  editAnswerAction,
  editTextAction,
  mergeQuestionAction,
  publishQuestionAction,
  rejectQuestionAction,
  requestHelpAction,
} from "@/lib/forum/actions";
import type { StaffQuestion, listAssignees } from "@/lib/forum/admin-queries";
import type { forumEditorDecisions } from "@/lib/forum/editor";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { renderMarkdown } from "@/lib/markdown";

/** The back-office question page's sections; each gets what the page loaded and decided (lib/forum/editor.ts). */
type Decisions = ReturnType<typeof forumEditorDecisions>;

export const FORUM_SECTION = "mt-8 border-t-2 border-brand-100 pt-4";

/** `admin.detail.*` texts, whose keys are built here rather than typed out. */
export function detailT(locale: Locale) {
  const t = getT(locale, "forum");
  return (key: string, params?: Record<string, unknown>) =>
    (t as unknown as (k: string, p?: Record<string, unknown>) => string)(`admin.detail.${key}`, params);
}

/** Publish or edit the public text, reject, merge into another question. */
export function ForumModeration({ q, decide, locale }: { q: StaffQuestion; decide: Decisions; locale: Locale }) {
  const d = detailT(locale);
  const { allowed } = decide;
  return (
    <section aria-labelledby="moderation" className={FORUM_SECTION}>
      <h2 id="moderation" className="text-xl font-bold">
        {d("moderation")}
      </h2>
      {(allowed.publish || allowed.editText) && (
        <ActionForm
          action={allowed.publish ? publishQuestionAction : editTextAction}
          label={allowed.publish ? d("publish") : d("saveText")}
          className="mt-3 space-y-3"
        >
          <HiddenField name="id" value={q.id} />
          <TextAreaField
            name="publicBody"
            label={d("publicBody")}
            hint={d("publicBodyHint")}
            defaultValue={q.publicBody}
            rows={6}
            required
          />
          <SubmitButton>{allowed.publish ? d("publish") : d("saveText")}</SubmitButton>
        </ActionForm>
      )}
      {allowed.reject && (
        <ActionForm action={rejectQuestionAction} label={d("reject")} className="mt-6 space-y-3">
          <HiddenField name="id" value={q.id} />
          <TextAreaField name="reason" label={d("reason")} rows={3} required />
          <SubmitButton variant="danger">{d("reject")}</SubmitButton>
        </ActionForm>
      )}
      {allowed.merge && (
        <ActionForm action={mergeQuestionAction} label={d("merge")} className="mt-6 space-y-3">
          <HiddenField name="id" value={q.id} />
          <TextField name="target" label={d("mergeTarget")} required />
          <SubmitButton variant="secondary">{d("merge")}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}

/** Which commune and which person answer the question. */
export function ForumAssign({
  q,
  communes,
  assignees,
  locale,
}: {
  q: StaffQuestion;
  communes: { id: string; fullName: string }[];
  assignees: Awaited<ReturnType<typeof listAssignees>>;
  locale: Locale;
}) {
  const d = detailT(locale);
  return (
    <section aria-labelledby="assign" className={FORUM_SECTION}>
      <h2 id="assign" className="text-xl font-bold">
        {d("assign")}
      </h2>
      <ActionForm action={assignQuestionAction} label={d("assign")} className="mt-3 space-y-3">
        <HiddenField name="id" value={q.id} />
        <SelectField
          name="assignedCommuneId"
          label={d("assignCommune")}
          defaultValue={q.assignedCommuneId ?? ""}
          options={[{ value: "", label: d("nobody") }, ...communes.map((c) => ({ value: c.id, label: c.fullName }))]}
        />
        <SelectField
          name="assigneeId"
          label={d("assignee")}
          defaultValue={q.assigneeId ?? ""}
          options={[
            { value: "", label: d("nobody") },
            ...assignees.map((u) => ({ value: u.id, label: u.commune ? `${u.name} (${u.commune.fullName})` : u.name })),
          ]}
        />
        <SubmitButton variant="secondary">{d("save")}</SubmitButton>
      </ActionForm>
    </section>
  );
}

/** The answer as given, the form to give or edit it (signed by a unit), and closing. */
export function ForumAnswer({
  q,
  decide,
  signatures,
  locale,
}: {
  q: StaffQuestion;
  decide: Decisions;
  signatures: string[];
  locale: Locale;
}) {
  const d = detailT(locale);
  const signatureOptions = (current?: string) =>
    [...new Set([...(current ? [current] : []), ...signatures])].map((name) => ({ value: name, label: name }));
  return (
    <section aria-labelledby="answer-title" className={FORUM_SECTION}>
      <h2 id="answer-title" className="text-xl font-bold">
        {d("answer")}
      </h2>
      {decide.privateAnswer && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm">{d("privateAnswer")}</p>}
      {q.answer && (
        <div className="mt-3 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3">
          <p className="text-sm">
            {d("answeredBy", {
              name: q.answer.author?.name ?? "—",
              time: formatDateTime(q.answer.createdAt, locale),
              unit: q.answer.unitName,
            })}
          </p>
          {q.answer.editedAt && <p className="text-sm font-semibold">{d("edited", { time: formatDateTime(q.answer.editedAt, locale) })}</p>}
          <div
            lang="vi"
            className={MARKDOWN_BODY.replace("mt-6 ", "mt-2 ")}
            dangerouslySetInnerHTML={{ __html: renderMarkdown(q.answer.body) }}
          />
        </div>
      )}
      {decide.answerForm && (
        <ActionForm
          action={q.answer ? editAnswerAction : answerQuestionAction}
          label={q.answer ? d("editAnswer") : d("publishAnswer")}
          className="mt-4 space-y-3"
        >
          <HiddenField name="id" value={q.id} />
          <TextAreaField name="body" label={d("answerBody")} hint={d("answerHint")} defaultValue={q.answer?.body} rows={10} required />
          <SelectField
            name="unitName"
            label={d("unitName")}
            defaultValue={q.answer?.unitName ?? signatures[0]}
            options={signatureOptions(q.answer?.unitName)}
            required
          />
          <PrivacyConfirm label={d("confirmPrivacy")} />
          <SubmitButton>{q.answer ? d("editAnswer") : d("publishAnswer")}</SubmitButton>
        </ActionForm>
      )}
      {decide.allowed.close && (
        <ActionForm action={closeQuestionAction} label={d("close")} className="mt-4 space-y-2">
          <HiddenField name="id" value={q.id} />
          <p className="text-sm">{d("closeHint")}</p>
          <SubmitButton variant="secondary">{d("close")}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}

/** Internal notes, newest last, and asking the province for help. */
export function ForumNotes({ q, decide, locale }: { q: StaffQuestion; decide: Decisions; locale: Locale }) {
  const d = detailT(locale);
  return (
    <section aria-labelledby="notes" className={FORUM_SECTION}>
      <h2 id="notes" className="text-xl font-bold">
        {d("notes")}
      </h2>
      {q.notes.length === 0 ? (
        <p className="mt-2 text-sm">{d("noNotes")}</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {q.notes.map((note) => (
            <li key={note.id} className="border-l-4 border-brand-100 pl-3">
              <p className="text-sm text-muted">
                {d("noteBy", { name: note.author?.name ?? "—", time: formatDateTime(note.createdAt, locale) })}
              </p>
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
      {decide.askHelp && (
        <ActionForm action={requestHelpAction} label={d("askHelp")} className="mt-6 space-y-3">
          <HiddenField name="id" value={q.id} />
          <TextAreaField name="body" label={d("helpNote")} rows={3} required />
          <SubmitButton variant="secondary">{d("askHelp")}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}
