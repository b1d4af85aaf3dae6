import { z } from "zod";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/i18next";
import { defineTemplate, type RenderContext } from "@/lib/outbox/template";
import { noticeText } from "@/lib/subscriptions/templates";
import { signToken } from "@/lib/subscriptions/tokens";

/** The prestigious person's personal page: "I received this", later "I told the villagers". */
export function relayUrl(ctx: Pick<RenderContext, "baseUrl">, relayId: string): string {
  return `${ctx.baseUrl}/vi/relay/${signToken("relay", relayId)}`;
}

async function relayRow(ctx: RenderContext, id: string) {
  return ctx.db.relayDelivery.findUnique({
    where: { id },
    select: { id: true, relayedAt: true, receivedAt: true, person: { select: { relayConsentAt: true } } },
  });
}

/**
 * Why a reminder is no longer worth sending when its turn comes: an automatic one once receipt
 * is confirmed (the back office's reminds until the person relayed), any one once relayed.
 */
/** Why a relay message is not sent to its person now (consent withdrawn, reminder not needed), or null. */
function notWanted(
  relay: { receivedAt: Date | null; relayedAt: Date | null; person: { relayConsentAt: Date | null } },
  data: { reminder?: boolean; automatic?: boolean },
): string | null {
  if (!relay.person.relayConsentAt) return "The person asked for no more messages";
  return reminderNotNeeded(relay, data);
}

function reminderNotNeeded(
  relay: { receivedAt: Date | null; relayedAt: Date | null },
  data: { reminder?: boolean; automatic?: boolean },
): string | null {
  if (!data.reminder) return null;
  if (relay.relayedAt) return "Relayed before the reminder left";
  if (data.automatic && relay.receivedAt) return "Receipt confirmed before the reminder left";
  return null;
}

const ZReminder = { reminder: z.boolean().optional(), automatic: z.boolean().optional() };

/** A notice version to a prestigious person, with the personal link (reminders say so). */
export const relayNoticeTemplate = defineTemplate({
  data: z.object({ noticeId: z.string(), relayId: z.string(), ...ZReminder }),
  render: async (data, ctx) => {
    const relay = await relayRow(ctx, data.relayId);
    if (!relay) return { skip: "The relay is gone" };
    const needless = notWanted(relay, data);
    if (needless) return { skip: needless };
    if (data.reminder) {
      // A reminder of a notice that was since updated, cancelled, cleared or has expired: the
      // person got (or gets) the newer version instead.
      const notice = await ctx.db.notice.findUnique({ where: { id: data.noticeId }, select: { state: true, expiresAt: true } });
      if (notice?.state !== "ISSUED" || notice.expiresAt <= new Date()) return { skip: "The notice is no longer current" };
    }
    const text = await noticeText({ ...ctx, channel: "SMS" }, data.noticeId);
    if (!text) return { skip: "The notice is gone" };
    const t = getT(ctx.locale, "reach");
    const lead = data.reminder ? `${t("messages.relayReminder")} ` : "";
    return { subject: text.subject, text: `${lead}${text.text}\n${t("messages.relayLink")}: ${relayUrl(ctx, relay.id)}` };
  },
});

/** A chosen policy article to a prestigious person: its title and summary, the link. */
export const relayArticleTemplate = defineTemplate({
  data: z.object({ articleId: z.string(), relayId: z.string(), ...ZReminder }),
  render: async (data, ctx) => {
    const relay = await relayRow(ctx, data.relayId);
    if (!relay) return { skip: "The relay is gone" };
    const needless = notWanted(relay, data);
    if (needless) return { skip: needless };
    const article = await ctx.db.article.findUnique({ where: { id: data.articleId }, include: { translations: true } });
    const tr =
      article?.translations.find((row) => row.locale === ctx.locale) ?? article?.translations.find((row) => row.locale === DEFAULT_LOCALE);
    if (!article || !tr || (data.reminder && (article.state !== "PUBLISHED" || article.deletedAt))) return { skip: "The article is gone" };
    const t = getT(ctx.locale, "reach");
    const lead = data.reminder ? `${t("messages.relayReminder")} ` : "";
    const section = article.kind === "LAW" ? "law" : "news";
    return {
      subject: tr.title,
      text: `${lead}${t("messages.relayArticle")}: ${tr.title}. ${tr.summary.slice(0, 300)} ${ctx.baseUrl}/${ctx.locale}/${section}/${tr.slug}\n${t("messages.relayLink")}: ${relayUrl(ctx, relay.id)}`,
    };
  },
});
