import { relayArticleTemplate, relayNoticeTemplate } from "@/lib/relays/templates";
import { confirmTemplate, digestTemplate, forumAnswerTemplate, noticeTemplate } from "@/lib/subscriptions/templates";
import type { MessageTemplate } from "./template";
import { textTemplate } from "./templates/text";
import { passwordResetTemplate } from "@/lib/password-reset/template";

/**
 * Every kind of message the portal sends, by name. A domain that sends messages defines its
 * template beside its code (`defineTemplate`) and adds one line here.
 */
export const TEMPLATES = {
  "message.text": textTemplate,
  "subscription.confirm": confirmTemplate,
  "notice.alert": noticeTemplate,
  "forum.answered": forumAnswerTemplate,
  "digest.weekly": digestTemplate,
  "relay.notice": relayNoticeTemplate,
  "relay.article": relayArticleTemplate,
  "auth.passwordReset": passwordResetTemplate,
} satisfies Record<string, MessageTemplate>;

export type TemplateName = keyof typeof TEMPLATES;

export function templateOf(name: string): MessageTemplate | null {
  return (TEMPLATES as Record<string, MessageTemplate>)[name] ?? null;
}
