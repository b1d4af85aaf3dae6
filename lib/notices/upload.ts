import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { invalidateSomeFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sameOrigin } from "@/lib/http/same-origin";
import { LOCALES } from "@/lib/i18n/config";
import { uploadTempDir } from "@/lib/storage";
import { saveAudioFile } from "@/lib/storage/media";
import { receiveUpload } from "@/lib/storage/receive";
import { UPLOAD_RULES, checkUpload } from "@/lib/storage/sniff";
import { attachNoticeAudio } from "./mutations";
import { noticePageKeysOf } from "./page-keys";
import { canManageNotice } from "./policy";
import { NOTICES_TAG } from "./tags";

/**
 * Receives one language's recording for a draft notice (lib/storage: streamed to disk, checked
 * by content, stored) and attaches it with its audit row. Returns "ok", "forbidden" or the
 * error key to show next to the field.
 */
export async function attachNoticeAudioFromUpload(input: { request: Request; noticeId: string; viewer: Viewer | null; locale: string; ip: string | null }): Promise<string> {
  const { viewer } = input;
  const notice = await db.notice.findUnique({ where: { id: input.noticeId }, select: { communeId: true } });
  if (!viewer || !notice || !sameOrigin(input.request) || !canManageNotice(viewer, notice)) {
    await input.request.body?.cancel().catch(() => {});
    return "forbidden";
  }
  if (!(LOCALES as readonly string[]).includes(input.locale)) return "notices:errors.localeInvalid";
  const upload = await receiveUpload(input.request, { maxBytes: UPLOAD_RULES.audio.maxBytes, tempDir: uploadTempDir(), fileField: "file" });
  try {
    const check = checkUpload("audio", upload.file);
    if (!check.ok || !upload.file) return check.ok ? "upload.required" : check.error;
    const stored = await saveAudioFile({ path: upload.file.path, originalName: upload.file.filename, actorId: viewer.id, type: check.type });
    await attachNoticeAudio(input.noticeId, input.locale, stored, { actor: viewer, ip: input.ip });
    await invalidateSomeFromRoute([NOTICES_TAG], await noticePageKeysOf(db, input.noticeId));
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.userMessage;
    throw error;
  } finally {
    await upload.discard();
  }
}
