import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { languageAllows } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { sameOrigin } from "@/lib/http/same-origin";
import type { TranslatableKind } from "@/lib/generated/prisma/enums";
import { invalidateFromRoute } from "@/lib/cache/invalidate";
import { uploadTempDir } from "@/lib/storage";
import { saveAudioFile } from "@/lib/storage/media";
import { receiveUpload } from "@/lib/storage/receive";
import { UPLOAD_RULES, checkUpload, sniff, type SniffedType } from "@/lib/storage/sniff";
import { attachRecording } from "./mutations";
import { TRANSLATIONS_TAG } from "./tags";

const WEBM: SniffedType = { kind: "audio", mime: "audio/webm", ext: "webm" };

/**
 * Receives a recorded reading (MediaRecorder's WebM/Ogg, or an MP3, M4A, Ogg or WAV file from
 * the plain upload form) and attaches it to the item's translation in `locale`. Returns "ok",
 * "forbidden" or the `errors` key to show next to the field.
 */
export async function attachRecordingFromUpload(input: { request: Request; kind: TranslatableKind; id: string; locale: string; viewer: Viewer | null; ip: string | null }): Promise<string> {
  const { viewer } = input;
  if (!viewer || !sameOrigin(input.request) || !languageAllows(viewer, "translations.suggest", input.locale)) {
    await input.request.body?.cancel().catch(() => {});
    return "forbidden";
  }
  const upload = await receiveUpload(input.request, { maxBytes: UPLOAD_RULES.libraryAudio.maxBytes, tempDir: uploadTempDir(), fileField: "file" });
  try {
    const file = upload.file;
    // A browser recording is WebM (Chromium): audio in a WebM container, kept as audio/webm.
    const check = file && !file.truncated && file.size > 0 && sniff(file.head)?.mime === "video/webm" ? { ok: true as const, type: WEBM } : checkUpload("libraryAudio", file);
    if (!check.ok || !file) return check.ok ? "upload.required" : check.error.replace("libraryAudio", "audio");
    const stored = await saveAudioFile({ path: file.path, type: check.type, originalName: file.filename, actorId: viewer.id });
    await attachRecording({ kind: input.kind, id: input.id, locale: input.locale, stored }, { actor: viewer, ip: input.ip });
    await invalidateFromRoute(TRANSLATIONS_TAG);
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.userMessage;
    throw error;
  } finally {
    await upload.discard();
  }
}
