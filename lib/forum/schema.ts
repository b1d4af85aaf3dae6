import { z } from "zod";
import { optionalParam, pageParam } from "@/lib/http/search-params";
import { LOCALES } from "@/lib/i18n/config";
import { normalizeRecipient } from "@/lib/outbox/recipient";
import { FORUM_STATES, FORUM_TOPICS } from "./states";
import { ZId, ZOptionalId, optionalText, requiredText } from "@/lib/text/fields";

/** The honeypot: a field people never see or fill (hidden by CSS, out of the tab order). */
export const HONEYPOT_FIELD = "website";

/** Length limits: a question is a few sentences; nobody needs 100 KB to ask one. */
export const QUESTION_MIN = 15;
export const QUESTION_MAX = 3000;
export const ANSWER_MAX = 20_000;

const id = ZId;
const optionalId = ZOptionalId;
/** Text from a form: cleaned of control and bidi characters first, then checked. */
const cleaned = requiredText;
const optionalCleaned = optionalText;

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true" || value === "1");

/** A Vietnamese phone number as people write it: +84 or 0, digits with spaces, dots or dashes. */
export const ZPhone = z
  .string()
  .trim()
  .max(30, { error: "forum:errors.phoneInvalid" })
  .optional()
  .transform((value) => value || null)
  .refine(
    (value) =>
      value === null || (/^(\+?84|0)[\d .\-]{8,14}$/.test(value) && /^\d{10,11}$/.test(value.replace(/\D/g, "").replace(/^84/, "0"))),
    {
      error: "forum:errors.phoneInvalid",
    },
  );

const questionFields = {
  body: cleaned(
    QUESTION_MAX,
    "forum:errors.questionRequired",
    "forum:errors.questionTooLong",
    QUESTION_MIN,
    "forum:errors.questionTooShort",
  ),
  topic: z.enum(FORUM_TOPICS, { error: "forum:errors.topicRequired" }),
  communeId: z
    .string({ error: "forum:errors.communeRequired" })
    .trim()
    .min(1, { error: "forum:errors.communeRequired" })
    .max(40, { error: "forum:errors.communeRequired" }),
  name: optionalCleaned(120, "forum:errors.nameTooLong"),
  showName: checkbox,
  phone: ZPhone,
};

/**
 * The public form. `website` is the honeypot (see actions.ts); `consent` must be ticked.
 * "Tell me when answered" (`notify`) needs an e-mail address or a mobile number (SMS).
 */
export const ZAskQuestion = z
  .object({
    ...questionFields,
    locale: z.enum(LOCALES).catch("vi"),
    consent: z.literal("on", { error: "forum:errors.consentRequired" }),
    notify: checkbox,
    notifyAddress: z
      .string()
      .trim()
      .max(254)
      .optional()
      .transform((value) => value || null),
  })
  .transform((value, ctx) => {
    if (!value.notify) return { ...value, notifyTo: null };
    const address = value.notifyAddress ?? "";
    const channel = address.includes("@") ? ("EMAIL" as const) : ("SMS" as const);
    if (!normalizeRecipient(channel, address)) {
      ctx.addIssue({
        code: "custom",
        path: ["notifyAddress"],
        message: channel === "EMAIL" ? "reach:subscribe.errors.email" : "reach:subscribe.errors.phone",
      });
      return z.NEVER;
    }
    return { ...value, notifyTo: { channel, address } };
  });
export type TAskQuestion = z.infer<typeof ZAskQuestion>;

/** A cadre or official types in a resident's question; who the resident is, in a note. */
export const ZSubmitOnBehalf = z.object({
  ...questionFields,
  onBehalfNote: cleaned(300, "forum:errors.onBehalfRequired", "forum:errors.noteTooLong"),
});
export type TSubmitOnBehalf = z.infer<typeof ZSubmitOnBehalf>;

export const ZQuestionId = z.object({ id });

const publicBody = cleaned(QUESTION_MAX, "forum:errors.questionRequired", "forum:errors.questionTooLong");

export const ZPublishQuestion = z.object({ id, publicBody });
export const ZEditText = z.object({ id, publicBody });
export const ZRejectQuestion = z.object({ id, reason: cleaned(1000, "forum:errors.reasonRequired", "forum:errors.reasonTooLong") });
export const ZAssignQuestion = z.object({ id, assignedCommuneId: optionalId, assigneeId: optionalId });
export const ZAddNote = z.object({ id, body: cleaned(4000, "forum:errors.noteRequired", "forum:errors.noteTooLong") });
export const ZRequestHelp = z.object({ id, body: cleaned(4000, "forum:errors.noteRequired", "forum:errors.noteTooLong") });
export const ZAnswer = z.object({
  id,
  body: cleaned(ANSWER_MAX, "forum:errors.answerRequired", "forum:errors.answerTooLong"),
  unitName: z
    .string({ error: "forum:errors.unitRequired" })
    .trim()
    .min(1, { error: "forum:errors.unitRequired" })
    .max(200, { error: "forum:errors.unitRequired" }),
  /** The answerer read the warning that the answer names the asker or gives a number, and publishes anyway. */
  confirmPrivacy: z.literal("1").optional().transform(Boolean),
});
export type TAnswer = z.infer<typeof ZAnswer>;
export const ZMergeQuestion = z.object({
  id,
  target: z.coerce
    .number({ error: "forum:errors.mergeTarget" })
    .int({ error: "forum:errors.mergeTarget" })
    .min(1, { error: "forum:errors.mergeTarget" })
    .max(1e9, { error: "forum:errors.mergeTarget" }),
});

/** Filters of the public list, from the query string (never an error). */
export const ZPublicForumFilters = z.object({
  q: optionalParam(200),
  topic: z.enum(FORUM_TOPICS).optional().catch(undefined),
  commune: optionalParam(100),
  page: pageParam,
});
export type TPublicForumFilters = z.infer<typeof ZPublicForumFilters>;

/** Filters of the back-office queue. */
export const ZAdminForumFilters = z.object({
  state: z
    .enum([...FORUM_STATES, "WAITING", "MERGED"])
    .optional()
    .catch(undefined),
  communeId: optionalParam(40),
  topic: z.enum(FORUM_TOPICS).optional().catch(undefined),
  late: z.enum(["overdue", "veryOverdue"]).optional().catch(undefined),
  mine: z.enum(["1"]).optional().catch(undefined),
  help: z.enum(["1"]).optional().catch(undefined),
  q: optionalParam(100),
  page: pageParam,
});
export type TAdminForumFilters = z.infer<typeof ZAdminForumFilters>;
