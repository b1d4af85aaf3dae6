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
  return ctx.db.relayDelivery.findUnique({ where: { id }, select: { id: true, relayedAt: true, receivedAt: true } });
}

/** A notice version to a prestigious person, with the personal link (reminders say so). */
export const relayNoticeTemplate = defineTemplate({
  data: z.object({ noticeId: z.string(), relayId: z.string(), reminder: z.boolean().optional() }),
  render: async (data, ctx) => {
    const relay = await relayRow(ctx, data.relayId);
    if (!relay) return { skip: "The relay is gone" };
    const text = await noticeText({ ...ctx, channel: "SMS" }, data.noticeId);
    if (!text) return { skip: "The notice is gone" };
    const t = getT(ctx.locale, "reach");
    const lead = data.reminder ? `${t("messages.relayReminder")} ` : "";
    return { subject: text.subject, text: `${lead}${text.text}\n${t("messages.relayLink")}: ${relayUrl(ctx, relay.id)}` };
  },
});

/** A chosen policy article to a prestigious person: its title and summary, the link. */
export const relayArticleTemplate = defineTemplate({
  data: z.object({ articleId: z.string(), relayId: z.string(), reminder: z.boolean().optional() }),
  render: async (data, ctx) => {
    const relay = await relayRow(ctx, data.relayId);
    if (!relay) return { skip: "The relay is gone" };
    const article = await ctx.db.article.findUnique({ where: { id: data.articleId }, include: { translations: true } });
    const tr = article?.translations.find((row) => row.locale === ctx.locale) ?? article?.translations.find((row) => row.locale === DEFAULT_LOCALE);
    if (!article || !tr) return { skip: "The article is gone" };
    const t = getT(ctx.locale, "reach");
    const lead = data.reminder ? `${t("messages.relayReminder")} ` : "";
    const section = article.kind === "LAW" ? "law" : "news";
    return {
      subject: tr.title,
      text: `${lead}${t("messages.relayArticle")}: ${tr.title}. ${tr.summary.slice(0, 300)} ${ctx.baseUrl}/${ctx.locale}/${section}/${tr.slug}\n${t("messages.relayLink")}: ${relayUrl(ctx, relay.id)}`,
    };
  },
});
