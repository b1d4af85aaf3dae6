"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { echoValues, failure, invalid, success, type FormState } from "@/lib/action-result";
import { invalidateSome } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatTime } from "@/lib/format";
import { clientIp } from "@/lib/http/client-ip";
import { formFields } from "@/lib/http/form-fields";
import { isLocale } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import { defineAction } from "@/lib/run-action";
import { askQuestion, submitOnBehalf } from "./ask";
import {
  addNote,
  answerQuestion,
  assignQuestion,
  closeQuestion,
  editAnswer,
  editPublicText,
  mergeQuestion,
  publishQuestion,
  rejectQuestion,
  requestHelp,
} from "./mutations";
import {
  ZAddNote,
  ZAnswer,
  ZAskQuestion,
  ZAssignQuestion,
  ZEditText,
  ZMergeQuestion,
  ZPublishQuestion,
  ZQuestionId,
  ZRejectQuestion,
  ZRequestHelp,
  ZSubmitOnBehalf,
  HONEYPOT_FIELD,
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
  redirect(
    `${localePath(locale, `forum/track/${outcome.trackingCode}`)}?sent=1${outcome.notify ? `&notify=${outcome.notify}` : ""}${outcome.codeToken ? `&code=${outcome.codeToken}` : ""}`,
  );
}

export const submitOnBehalfAction = defineAction({
  permission: "forum.submitOnBehalf",
  schema: ZSubmitOnBehalf,
  resource: (input) => ({ communeId: input.communeId }),
  run: (input, ctx) => submitOnBehalf(input, ctx),
  invalidate: { tags: [FORUM_TAG], pages: (_input, question) => questionPageKeysOf(db, question.id) },
  done: "forum:admin.submitted",
  redirect: (question) => `/admin/forum/${question.id}?done=submitted`,
});

/**
 * What every back-office step on a question shares: the question's stored pages before and
 * after it (an assignment may move it to another commune), its message, and the way back to
 * the question: a step changes which forms the page shows, so the page itself shows the outcome.
 * The mutation checks the question (the actor's reach, its state) in its transaction.
 */
function questionStep(done: string) {
  const pages = (input: { id: string }) => questionPageKeysOf(db, input.id);
  return {
    invalidate: { tags: [FORUM_TAG], pagesBefore: pages, pages },
    done: `forum:admin.done.${done}`,
    redirect: (_result: unknown, input: { id: string }) => `/admin/forum/${encodeURIComponent(input.id)}?done=${done}`,
  };
}

export const publishQuestionAction = defineAction({
  permission: "forum.moderate",
  schema: ZPublishQuestion,
  run: (input, ctx) => publishQuestion(input, ctx),
  ...questionStep("published"),
});

export const rejectQuestionAction = defineAction({
  permission: "forum.moderate",
  schema: ZRejectQuestion,
  run: (input, ctx) => rejectQuestion(input, ctx),
  ...questionStep("rejected"),
});

export const editTextAction = defineAction({
  permission: "forum.moderate",
  schema: ZEditText,
  run: (input, ctx) => editPublicText(input, ctx),
  ...questionStep("textEdited"),
});

export const assignQuestionAction = defineAction({
  permission: "forum.moderate",
  schema: ZAssignQuestion,
  run: (input, ctx) => assignQuestion(input, ctx),
  ...questionStep("assigned"),
});

export const mergeQuestionAction = defineAction({
  permission: "forum.moderate",
  schema: ZMergeQuestion,
  run: (input, ctx) => mergeQuestion(input, ctx),
  ...questionStep("merged"),
});

export const addNoteAction = defineAction({
  permission: "forum.answer",
  schema: ZAddNote,
  run: (input, ctx) => addNote(input, ctx),
  ...questionStep("noteAdded"),
});

export const requestHelpAction = defineAction({
  permission: "forum.answer",
  schema: ZRequestHelp,
  run: (input, ctx) => requestHelp(input, ctx),
  ...questionStep("helpRequested"),
});

export const closeQuestionAction = defineAction({
  permission: "forum.answer",
  schema: ZQuestionId,
  run: (input, ctx) => closeQuestion(input, ctx),
  ...questionStep("closed"),
});

export const answerQuestionAction = defineAction({
  permission: "forum.answer",
  schema: ZAnswer,
  run: async (input, ctx) => answerQuestion(input, await signaturesFor(ctx.actor), ctx),
  ...questionStep("answered"),
});

export const editAnswerAction = defineAction({
  permission: "forum.answer",
  schema: ZAnswer,
  run: async (input, ctx) => editAnswer(input, await signaturesFor(ctx.actor), ctx),
  ...questionStep("answerEdited"),
});
