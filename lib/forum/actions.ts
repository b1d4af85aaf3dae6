"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { echoValues, failure, invalid, success, type FormState } from "@/lib/action-result";
import { invalidateSome, keysAround } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatTime } from "@/lib/format";
import { clientIp } from "@/lib/http/client-ip";
import { formFields } from "@/lib/http/form-fields";
import { isLocale } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import { runAction } from "@/lib/run-action";
import { askQuestion, submitOnBehalf } from "./ask";
import {
  addNote, answerQuestion, assignQuestion, closeQuestion, editAnswer, editPublicText, mergeQuestion, publishQuestion,
  rejectQuestion, requestHelp,
} from "./mutations";
import {
  ZAddNote, ZAnswer, ZAskQuestion, ZAssignQuestion, ZEditText, ZMergeQuestion, ZPublishQuestion, ZQuestionId,
  ZRejectQuestion, ZRequestHelp, ZSubmitOnBehalf, HONEYPOT_FIELD, type TAnswer,
} from "./schema";
import { questionPageKeys, questionPageKeysOf } from "./page-keys";
import { signaturesFor } from "./signatures";
import { FORUM_TAG } from "./tags";

/**
 * The public "ask a question" form (no account, works without JavaScript). A filled honeypot
 * gets the ordinary thank-you and nothing is stored; invalid input comes back with its
 * messages; an address over its limit or a duplicate is told so plainly. On success the asker
 * goes to the private tracking page of the new question, which shows the code to keep.
 */
export async function askQuestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  delete values[HONEYPOT_FIELD];
  const fields = formFields(formData);
  if (!fields.ok) return failure("invalid", "form.badRequest", values);
  if (String(fields.fields[HONEYPOT_FIELD] ?? "").trim()) return success("forum:ask.received");
  const localeValue = fields.fields.locale;
  const locale = isLocale(localeValue) ? localeValue : "vi";
  const parsed = ZAskQuestion.safeParse(fields.fields);
  if (!parsed.success) return invalid(parsed.error, values);
  let outcome;
  try {
    outcome = await askQuestion(parsed.data, { ip: clientIp(await headers()) });
  } catch (error) {
    if (!(error instanceof AppError) || !error.field) throw error;
    return { ok: false, code: error.code, formError: "form.invalid", fieldErrors: { [error.field]: [error.userMessage] }, values };
  }
  if (!outcome.ok) {
    return outcome.reason === "rateLimited"
      ? failure("locked", "forum:errors.rateLimited", values, { time: formatTime(outcome.until, locale) })
      : failure("conflict", "forum:errors.duplicate", values);
  }
  await invalidateSome([FORUM_TAG], questionPageKeys({ number: outcome.number, communeId: parsed.data.communeId }));
  redirect(`${localePath(locale, `forum/track/${outcome.trackingCode}`)}?sent=1${outcome.notify ? `&notify=${outcome.notify}` : ""}${outcome.codeToken ? `&code=${outcome.codeToken}` : ""}`);
}

export async function submitOnBehalfAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    permission: "forum.submitOnBehalf",
    schema: ZSubmitOnBehalf,
    resource: (input) => ({ communeId: input.communeId }),
    run: async (input, { viewer, ip }) => {
      id = (await submitOnBehalf(input, { actor: viewer, ip })).id;
      await invalidateSome([FORUM_TAG], await questionPageKeysOf(db, id));
      return success("forum:admin.submitted");
    },
  });
  if (state.ok && id) redirect(`/admin/forum/${id}?done=submitted`);
  return state;
}

type Step = (input: never, ctx: { actor: { id: string; role: "ADMIN" | "OFFICIAL" | "COMMUNE_CADRE"; communeId: string | null }; ip: string | null }) => Promise<unknown>;

/** The back-office steps share one shape: permission → parse → the mutation (which checks the question) → message. */
function staffStep<S extends Parameters<typeof runAction>[0]["schema"]>(
  permission: "forum.moderate" | "forum.answer",
  schema: S,
  message: string,
  mutate: Step,
) {
  return async (formData: FormData) => {
    let id: string | undefined;
    const state = await runAction({
      formData,
      permission,
      schema,
      run: async (input, { viewer, ip }) => {
        id = (input as { id: string }).id;
        const question = id;
        // The question's pages before and after the step (an assignment may move it to another commune).
        const pages = await keysAround(() => questionPageKeysOf(db, question), () => mutate(input as never, { actor: viewer, ip }));
        await invalidateSome([FORUM_TAG], pages);
        return success(`forum:admin.done.${message}`);
      },
    });
    // A step changes which forms the page shows: the outcome is shown by the page itself.
    if (state.ok && id) redirect(`/admin/forum/${encodeURIComponent(id)}?done=${message}`);
    return state;
  };
}

export async function publishQuestionAction(_s: FormState, formData: FormData) {
  return staffStep("forum.moderate", ZPublishQuestion, "published", publishQuestion as Step)(formData);
}
export async function rejectQuestionAction(_s: FormState, formData: FormData) {
  return staffStep("forum.moderate", ZRejectQuestion, "rejected", rejectQuestion as Step)(formData);
}
export async function editTextAction(_s: FormState, formData: FormData) {
  return staffStep("forum.moderate", ZEditText, "textEdited", editPublicText as Step)(formData);
}
export async function assignQuestionAction(_s: FormState, formData: FormData) {
  return staffStep("forum.moderate", ZAssignQuestion, "assigned", assignQuestion as Step)(formData);
}
export async function mergeQuestionAction(_s: FormState, formData: FormData) {
  return staffStep("forum.moderate", ZMergeQuestion, "merged", mergeQuestion as Step)(formData);
}
export async function addNoteAction(_s: FormState, formData: FormData) {
  return staffStep("forum.answer", ZAddNote, "noteAdded", addNote as Step)(formData);
}
export async function requestHelpAction(_s: FormState, formData: FormData) {
  return staffStep("forum.answer", ZRequestHelp, "helpRequested", requestHelp as Step)(formData);
}
export async function closeQuestionAction(_s: FormState, formData: FormData) {
  return staffStep("forum.answer", ZQuestionId, "closed", closeQuestion as Step)(formData);
}
export async function answerQuestionAction(_s: FormState, formData: FormData) {
  return staffStep("forum.answer", ZAnswer, "answered", (async (input: TAnswer, ctx) =>
    answerQuestion(input, await signaturesFor(ctx.actor), ctx)) as Step)(formData);
}
export async function editAnswerAction(_s: FormState, formData: FormData) {
  return staffStep("forum.answer", ZAnswer, "answerEdited", (async (input: TAnswer, ctx) =>
    editAnswer(input, await signaturesFor(ctx.actor), ctx)) as Step)(formData);
}
