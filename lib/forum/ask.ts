import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { lockedUntil, recordEvent, type ThrottleKey } from "@/lib/auth/throttle";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCommune } from "@/lib/units/checks";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/i18next";
import { createSubscription } from "@/lib/subscriptions/mutations";
import { maskPersonalNumbers } from "./mask";
import type { TAskQuestion, TSubmitOnBehalf } from "./schema";
import { newTrackingCode } from "./tracking-code";
import { fingerprintOf } from "./text";

/** A question with the same text sent within this many days is a duplicate. */
export const DUPLICATE_DAYS = 30;

export type AskOutcome =
  | {
      ok: true;
      trackingCode: string;
      number: number;
      /** "Tell me when answered": confirmation sent, or refused by a limit. */ notify: "sent" | "limited" | null;
      /** For SMS: the page where the code is typed. */ codeToken?: string;
    }
  | { ok: false; reason: "rateLimited"; until: Date }
  | { ok: false; reason: "duplicate" };

type NewQuestion = Omit<TAskQuestion, "consent" | "locale" | "notify" | "notifyAddress" | "notifyTo"> & {
  locale?: string;
  onBehalfNote?: string | null;
};

/** The same text, about the same commune, recently, and not thrown out: a duplicate. */
async function isDuplicate(tx: Tx, fingerprint: string, communeId: string, now: Date) {
  const since = new Date(now.getTime() - DUPLICATE_DAYS * 24 * 60 * 60 * 1000);
  const found = await tx.forumQuestion.findFirst({
    where: { fingerprint, communeId, createdAt: { gte: since }, state: { not: "REJECTED" } },
    select: { id: true },
  });
  return found !== null;
}

/**
 * Creates the row with a fresh tracking code; a code already in use (about 1 in 10^12) draws
 * another. The unique index is the last guard.
 */
async function insertQuestion(tx: Tx, input: NewQuestion, extra: { submittedById: string | null }) {
  let trackingCode = newTrackingCode();
  while (await tx.forumQuestion.findUnique({ where: { trackingCode }, select: { id: true } })) trackingCode = newTrackingCode();
  return tx.forumQuestion.create({
    data: {
      trackingCode,
      topic: input.topic,
      communeId: input.communeId,
      body: input.body,
      publicBody: maskPersonalNumbers(input.body),
      locale: input.locale ?? "vi",
      askerName: input.name,
      showName: Boolean(input.name) && input.showName,
      askerPhone: input.phone,
      fingerprint: fingerprintOf(input.body),
      submittedById: extra.submittedById,
      onBehalfNote: input.onBehalfNote ?? null,
    },
  });
}

/**
 * A resident's question from the public form: refused while the sender's address is over its
 * limit (THROTTLES.forumAsk) or when the same question was sent recently; otherwise stored
 * SUBMITTED, with the personal numbers in its text masked in the public copy, and audited.
 * Every accepted or duplicate attempt counts against the address.
 */
export async function askQuestion(
  input: Omit<TAskQuestion, "consent" | "notify" | "notifyAddress" | "notifyTo"> & { notifyTo?: TAskQuestion["notifyTo"] },
  ctx: { ip: string | null },
  now = new Date(),
): Promise<AskOutcome> {
  const key: ThrottleKey | null = ctx.ip ? { kind: "forumAsk", value: ctx.ip } : null;
  return db.$transaction(async (tx) => {
    const until = key ? await lockedUntil(tx, [key], now) : null;
    if (until) return { ok: false as const, reason: "rateLimited" as const, until };
    await assertCommune(tx, input.communeId, { message: "forum:errors.communeRequired" });
    if (key) {
      const counted = await recordEvent(tx, key);
      if (!counted.allowed) return { ok: false as const, reason: "rateLimited" as const, until: counted.until };
    }
    if (await isDuplicate(tx, fingerprintOf(input.body), input.communeId, now)) return { ok: false as const, reason: "duplicate" as const };
    const question = await insertQuestion(tx, input, { submittedById: null });
    await writeAudit(tx, {
      actorId: null,
      action: "forumQuestion.submitted",
      entityType: "ForumQuestion",
      entityId: question.id,
      after: {
        number: question.number,
        communeId: question.communeId,
        topic: question.topic,
        masked: question.publicBody !== question.body,
      },
      ip: ctx.ip,
    });
    let notify: "sent" | "limited" | null = null;
    let codeToken: string | undefined;
    if (input.notifyTo) {
      const locale = input.locale ?? "vi";
      const t = getT(isLocale(locale) ? locale : "vi", "reach");
      const subscribed = await createSubscription(
        tx,
        {
          kind: "FORUM_ANSWER",
          channel: input.notifyTo.channel,
          address: input.notifyTo.address,
          locale,
          questionId: question.id,
          communeId: question.communeId,
          consentPurpose: t("subscribe.purpose.FORUM_ANSWER", {
            number: question.number,
            channel: t(`channels.${input.notifyTo.channel}`),
          }),
        },
        ctx,
      );
      notify = subscribed.ok ? "sent" : "limited";
      if (subscribed.ok && subscribed.channel !== "EMAIL") codeToken = subscribed.codeToken;
    }
    return { ok: true as const, trackingCode: question.trackingCode, number: question.number, notify, codeToken };
  });
}

/**
 * A question typed in by a cadre or official for a resident (who may have no phone or not
 * write well); who did it and for whom is recorded on the question and in the audit log.
 */
export async function submitOnBehalf(input: TSubmitOnBehalf, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    await assertCommune(tx, input.communeId, { message: "forum:errors.communeRequired" });
    if (!can(ctx.actor, "forum.submitOnBehalf", { communeId: input.communeId })) throw new AppError("forbidden", "form.forbidden");
    if (await isDuplicate(tx, fingerprintOf(input.body), input.communeId, new Date())) {
      throw new AppError("conflict", "forum:errors.duplicate", undefined, "body");
    }
    const question = await insertQuestion(tx, input, { submittedById: ctx.actor.id });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "forumQuestion.submittedOnBehalf",
      entityType: "ForumQuestion",
      entityId: question.id,
      after: { number: question.number, communeId: question.communeId, topic: question.topic, onBehalfNote: input.onBehalfNote },
      ip: ctx.ip,
    });
    return question;
  });
}
