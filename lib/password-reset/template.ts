import { z } from "zod";
import { defineTemplate } from "@/lib/outbox/template";
import { getT } from "@/lib/i18n/i18next";
import { RESET_PATH } from "./paths";

/**
 * The e-mail with a one-time link to set a new password. The link is a secret: the back office
 * never shows the rendered text (private), and only the token's hash is kept with the user.
 */
export const passwordResetTemplate = defineTemplate({
  data: z.object({ token: z.string().min(20).max(100), name: z.string().min(1).max(120), minutes: z.number().int().positive() }),
  render: async (data, ctx) => {
    const t = getT(ctx.locale === "en" ? "en" : "vi", "everyday");
    const link = `${ctx.baseUrl}${RESET_PATH}?token=${encodeURIComponent(data.token)}`;
    return {
      subject: t("reset.mailSubject"),
      text: t("reset.mailText", { name: data.name, link, minutes: data.minutes }),
      private: true,
    };
  },
});
