import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sameOrigin } from "@/lib/http/same-origin";
import { uploadTempDir } from "@/lib/storage";
import { saveAudioFile } from "@/lib/storage/media";
import { receiveUpload } from "@/lib/storage/receive";
import { UPLOAD_RULES, checkUpload } from "@/lib/storage/sniff";
import { suggestRecording } from "./mutations";

/**
 * Receives a speaker's recording of a phrase (lib/storage: streamed to disk, checked by content,
 * stored) as a suggestion awaiting a second speaker's approval. The upload form of the lesson page
 * and the in-browser recorder both post here. Returns "ok", "forbidden" or the error key.
 */
export async function receivePhraseRecording(input: { request: Request; phraseId: string; viewer: Viewer | null; ip: string | null }): Promise<string> {
  const { viewer } = input;
  const phrase = await db.lessonPhrase.findUnique({ where: { id: input.phraseId }, select: { id: true } });
  if (!viewer || !phrase || !sameOrigin(input.request) || !can(viewer, "lessons.suggest")) {
    await input.request.body?.cancel().catch(() => {});
    return "forbidden";
  }
  const upload = await receiveUpload(input.request, { maxBytes: UPLOAD_RULES.audio.maxBytes, tempDir: uploadTempDir(), fileField: "file" });
  try {
    const check = checkUpload("audio", upload.file);
    if (!check.ok || !upload.file) return check.ok ? "upload.required" : check.error;
    const stored = await saveAudioFile({ path: upload.file.path, originalName: upload.file.filename, actorId: viewer.id, type: check.type });
    await suggestRecording(phrase.id, stored, { actor: viewer, ip: input.ip });
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.userMessage;
    throw error;
  } finally {
    await upload.discard();
  }
}
