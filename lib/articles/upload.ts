import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { invalidateFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/config";
import { handleUpload, onlyFile } from "@/lib/storage/upload";
import { attachMedia } from "./mutations";
import { articleResource } from "./policy";
import { ARTICLES_TAG } from "./tags";

/**
 * Receives one upload for an article through the upload pipeline (lib/storage/upload.ts): the
 * cover image, or a language's recording, of an article within the viewer's reach. Returns "ok",
 * "forbidden" or the `errors` key to show next to the field.
 */
export async function attachMediaFromUpload(input: {
  request: Request;
  articleId: string;
  viewer: Viewer | null;
  target: "cover" | "audio";
  locale: string;
  ip: string | null;
}): Promise<string> {
  const result = await handleUpload({
    ...input,
    plan: async (viewer) => {
      const article = await db.article.findUnique({ where: { id: input.articleId }, select: { kind: true, communeId: true } });
      if (!article || !can(viewer, "articles.edit", articleResource(article))) return "forbidden";
      if (!(LOCALES as readonly string[]).includes(input.locale)) return "article.localeInvalid";
      return {
        purpose: input.target === "cover" ? "image" : "audio",
        attach: async (stored, ctx) => {
          const where = input.target === "cover" ? { target: "cover" as const } : { target: "audio" as const, locale: input.locale };
          await attachMedia(input.articleId, where, onlyFile(stored).media, ctx);
          await invalidateFromRoute(ARTICLES_TAG);
        },
      };
    },
  });
  return result.outcome;
}
