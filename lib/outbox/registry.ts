import type { MessageTemplate } from "./template";
import { textTemplate } from "./templates/text";
import { passwordResetTemplate } from "@/lib/password-reset/template";

/**
 * Every kind of message the portal sends, by name. A domain that sends messages defines its
 * template beside its code (`defineTemplate`) and adds one line here.
 */
export const TEMPLATES = {
  "message.text": textTemplate,
  "auth.passwordReset": passwordResetTemplate,
} satisfies Record<string, MessageTemplate>;

export type TemplateName = keyof typeof TEMPLATES;

export function templateOf(name: string): MessageTemplate | null {
  return (TEMPLATES as Record<string, MessageTemplate>)[name] ?? null;
}
