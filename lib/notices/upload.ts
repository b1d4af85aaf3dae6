import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { invalidateSomeFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/config";
import { handleUpload, onlyFile } from "@/lib/storage/upload";
import { attachNoticeAudio } from "./mutations";
import { noticePageKeysOf } from "./page-keys";
import { canManageNotice } from "./policy";
import { NOTICES_TAG } from "./tags";

/**
 * Receives one language's recording for a draft notice through the upload pipeline
 * (lib/storage/upload.ts) and attaches it with its audit row. Returns "ok", "forbidden" or the
 * error key to show next to the field.
 */
export async function attachNoticeAudioFromUpload(input: {
  request: Request;
  noticeId: string;
  viewer: Viewer | null;
  locale: string;
  ip: string | null;
}): Promise<string> {
  const result = await handleUpload({
    ...input,
    plan: async (viewer) => {
      const notice = await db.notice.findUnique({ where: { id: input.noticeId }, select: { communeId: true } });
      if (!notice || !canManageNotice(viewer, notice)) return "forbidden";
      if (!(LOCALES as readonly string[]).includes(input.locale)) return "notices:errors.localeInvalid";
      return {
        purpose: "audio",
        attach: async (stored, ctx) => {
          await attachNoticeAudio(input.noticeId, input.locale, onlyFile(stored).media, ctx);
          await invalidateSomeFromRoute([NOTICES_TAG], await noticePageKeysOf(db, input.noticeId));
        },
      };
    },
  });
  return result.outcome;
}
