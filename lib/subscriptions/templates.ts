import { z } from "zod";
import { formatDateTime } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/i18next";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadOutboxSettings, publicBaseUrl } from "@/lib/outbox/settings";
import { smsCost, smsText } from "@/lib/outbox/sms";
import { defineTemplate, type RenderContext } from "@/lib/outbox/template";
import { SAMPLE_SHORT_CODE, shortUnsubscribeUrl } from "./short-link";
import { confirmationCode, signToken } from "./tokens";

/** The personal page where the resident sees and withdraws this subscription (one step). */
export function manageUrl(ctx: Pick<RenderContext, "baseUrl" | "locale">, subscriptionId: string): string {
  return `${ctx.baseUrl}/${ctx.locale}/subscribe/manage/${signToken("manage", subscriptionId)}`;
}

/** The List-Unsubscribe address: a mail program's one-click POST withdraws (RFC 8058). */
export function oneClickUrl(ctx: Pick<RenderContext, "baseUrl">, subscriptionId: string): string {
  return `${ctx.baseUrl}/api/subscriptions/unsubscribe/${signToken("manage", subscriptionId)}`;
}

async function activeSubscription(ctx: RenderContext, id: string) {
  const subscription = await ctx.db.subscription.findUnique({ where: { id }, select: { id: true, state: true, shortCode: true } });
  return subscription?.state === "ACTIVE" ? subscription : null;
}

/**
 * The one-step unsubscribe every message ends with: by e-mail the personal page's signed link;
 * by SMS and Zalo the short link (`/u/<code>`), which costs some 60 characters less — often a
 * whole segment. The notice editor counts segments with this same footer (ReachPreview).
 */
export function unsubscribeFooter(
  ctx: Pick<RenderContext, "baseUrl" | "locale" | "channel">,
  subscription: { id: string; shortCode: string },
): string {
  const t = getT(ctx.locale, "reach");
  return ctx.channel === "EMAIL"
    ? `\n\n—\n${t("messages.footerEmail")}\n${t("messages.unsubscribe")}: ${manageUrl(ctx, subscription.id)}`
    : `\n${t("messages.unsubscribeShort")}: ${shortUnsubscribeUrl(ctx.baseUrl, subscription.shortCode)}`;
}

/** The double opt-in: a link by e-mail, a six-digit code by SMS or Zalo. */
export const confirmTemplate = defineTemplate({
  data: z.object({ subscriptionId: z.string(), nonce: z.string() }),
  render: async (data, ctx) => {
    const subscription = await ctx.db.subscription.findUnique({
      where: { id: data.subscriptionId },
      select: { state: true, confirmNonce: true, consentPurpose: true },
    });
    if (!subscription || subscription.state !== "PENDING" || subscription.confirmNonce !== data.nonce)
      return { skip: "The subscription was confirmed or withdrawn before this message left" };
    const t = getT(ctx.locale, "reach");
    if (ctx.channel !== "EMAIL") {
      return {
        subject: t("messages.confirmSubject"),
        text: t("messages.confirmCode", { code: confirmationCode(data.subscriptionId, data.nonce) }),
        private: true,
      };
    }
    const link = `${ctx.baseUrl}/${ctx.locale}/subscribe/confirm/${signToken("confirm", `${data.subscriptionId}-${data.nonce}`)}`;
    return {
      subject: t("messages.confirmSubject"),
      text: t("messages.confirmEmail", { purpose: subscription.consentPurpose, link }),
      private: true,
    };
  },
});

/** A notice version in the reader's language where a translation exists, else Vietnamese. */
export async function noticeText(ctx: Pick<RenderContext, "db" | "locale" | "baseUrl" | "channel">, noticeId: string) {
  const notice = await ctx.db.notice.findUnique({ where: { id: noticeId }, include: { translations: true } });
  if (!notice) return null;
  const tr =
    notice.translations.find((row) => row.locale === ctx.locale) ?? notice.translations.find((row) => row.locale === DEFAULT_LOCALE);
  if (!tr) return null;
  const locale: Locale = tr.locale === ctx.locale ? ctx.locale : DEFAULT_LOCALE;
  const t = getT(locale, "reach");
  const tn = getT(locale, "notices");
  const step = notice.msgType === "CANCEL" ? "CANCEL" : notice.allClear ? "ALL_CLEAR" : notice.msgType;
  const prefix = t(`messages.noticeStep.${step}`, { severity: tn(`severity.${notice.severity}`) });
  const link = `${ctx.baseUrl}/${ctx.locale}/notices/${notice.seriesId}`;
  const reason = notice.reason ? `\n${t(step === "CANCEL" ? "messages.reason" : "messages.note")}: ${notice.reason}` : "";
  const subject = `${prefix}: ${tr.headline}`;
  if (ctx.channel !== "EMAIL") {
    const body = step === "ALERT" || step === "UPDATE" ? ` ${tr.instruction}` : "";
    return { notice, subject, text: `${subject}.${body}${reason} ${link}` };
  }
  const until = t("messages.until", { time: formatDateTime(notice.expiresAt, locale) });
  const main =
    step === "ALERT" || step === "UPDATE" ? `\n\n${tr.description}\n\n${t("messages.whatToDo")}: ${tr.instruction}\n${until}` : "";
  return { notice, subject, text: `${subject}${main}${reason}\n\n${t("messages.more")}: ${link}` };
}

/**
 * What one SMS of a notice version costs a Vietnamese SMS subscriber, exactly as the worker will
 * send it (the unsubscribe footer with a stand-in code of the real length, diacritics stripped
 * when the SMS setting says so): the segment counter of the notice editor.
 */
export async function noticeSmsSample(db: PrismaClient, noticeId: string) {
  const ctx = { db, locale: "vi", channel: "SMS", baseUrl: publicBaseUrl() } as const;
  const [settings, text] = await Promise.all([loadOutboxSettings(db), noticeText(ctx, noticeId)]);
  if (!text) return null;
  const sms = smsText(text.text + unsubscribeFooter(ctx, { id: "", shortCode: SAMPLE_SHORT_CODE }), settings.sms.stripDiacritics);
  return { text: sms, cost: smsCost(sms), stripped: settings.sms.stripDiacritics };
}

/** A notice to a subscriber: not sent once the subscription is withdrawn. */
export const noticeTemplate = defineTemplate({
  data: z.object({ noticeId: z.string(), subscriptionId: z.string() }),
  render: async (data, ctx) => {
    const subscription = await activeSubscription(ctx, data.subscriptionId);
    if (!subscription) return { skip: "The subscription was withdrawn" };
    const text = await noticeText(ctx, data.noticeId);
    if (!text) return { skip: "The notice is gone" };
    return {
      subject: text.subject,
      text: text.text + unsubscribeFooter(ctx, subscription),
      unsubscribeUrl: oneClickUrl(ctx, data.subscriptionId),
    };
  },
});

/** "Your question was answered", with the public page of the question and its answer. */
export const forumAnswerTemplate = defineTemplate({
  data: z.object({ questionId: z.string(), subscriptionId: z.string() }),
  render: async (data, ctx) => {
    const subscription = await activeSubscription(ctx, data.subscriptionId);
    if (!subscription) return { skip: "The subscription was withdrawn" };
    const question = await ctx.db.forumQuestion.findUnique({ where: { id: data.questionId }, include: { answer: true } });
    if (!question?.answer || !question.publishedAt) return { skip: "The answer is not public" };
    const t = getT(ctx.locale, "reach");
    const link = `${ctx.baseUrl}/${ctx.locale}/forum/${question.id}`;
    const subject = t("messages.answeredSubject", { number: question.number });
    const answer = ctx.channel === "EMAIL" ? `\n\n${question.answer.unitName}:\n${question.answer.body.slice(0, 3000)}` : "";
    return {
      subject,
      text: `${subject}${answer}\n\n${t("messages.more")}: ${link}${unsubscribeFooter(ctx, subscription)}`,
      unsubscribeUrl: oneClickUrl(ctx, data.subscriptionId),
    };
  },
});

/** The weekly digest: new articles on the subscriber's topics since the last one. */
export const digestTemplate = defineTemplate({
  data: z.object({ subscriptionId: z.string(), since: z.string() }),
  render: async (data, ctx) => {
    const subscription = await ctx.db.subscription.findUnique({ where: { id: data.subscriptionId } });
    if (subscription?.state !== "ACTIVE") return { skip: "The subscription was withdrawn" };
    const articles = await ctx.db.article.findMany({
      where: {
        state: "PUBLISHED",
        deletedAt: null,
        topicId: { in: subscription.topicIds },
        publishAt: { gt: new Date(data.since), lte: ctx.message.createdAt },
      },
      include: { translations: { select: { locale: true, title: true, slug: true } } },
      orderBy: { publishAt: "desc" },
      take: 20,
    });
    if (articles.length === 0) return { skip: "Nothing new on these topics" };
    const t = getT(ctx.locale, "reach");
    const lines = articles
      .map((article) => {
        const tr =
          article.translations.find((row) => row.locale === ctx.locale) ??
          article.translations.find((row) => row.locale === DEFAULT_LOCALE);
        const section = article.kind === "LAW" ? "law" : "news";
        return tr ? `• ${tr.title}\n  ${ctx.baseUrl}/${ctx.locale}/${section}/${tr.slug}` : null;
      })
      .filter(Boolean);
    const subject = t("messages.digestSubject", { count: lines.length });
    return {
      subject,
      text: `${subject}\n\n${lines.join("\n")}${unsubscribeFooter(ctx, subscription)}`,
      unsubscribeUrl: oneClickUrl(ctx, data.subscriptionId),
    };
  },
});
