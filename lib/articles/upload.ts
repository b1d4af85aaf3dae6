import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { invalidateFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sameOrigin } from "@/lib/http/same-origin";
import { LOCALES } from "@/lib/i18n/config";
import { uploadTempDir } from "@/lib/storage";
import { saveAudioFile, saveImageFile } from "@/lib/storage/media";
import { receiveUpload } from "@/lib/storage/receive";
import { UPLOAD_RULES, checkUpload } from "@/lib/storage/sniff";
import { attachMedia } from "./mutations";
import { articleResource } from "./policy";
import { ARTICLES_TAG } from "./tags";

/**
 * Receives one upload for an article and attaches it: permission (within reach, editable),
 * content check (type by content, size while streaming), storage, then the attachment with its
 * audit row. Returns "ok", "forbidden" or the `errors` key to show next to the field.
 */
export async function attachMediaFromUpload(input: {
  request: Request;
  articleId: string;
  viewer: Viewer | null;
  target: "cover" | "audio";
  locale: string;
  ip: string | null;
}): Promise<string> {
  const { viewer } = input;
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { kind: true, communeId: true } });
  if (!viewer || !article || !sameOrigin(input.request) || !can(viewer, "articles.edit", articleResource(article))) {
    await input.request.body?.cancel().catch(() => {});
    return "forbidden";
  }
  if (!(LOCALES as readonly string[]).includes(input.locale)) return "article.localeInvalid";
  const purpose = input.target === "cover" ? "image" : "audio";
  const upload = await receiveUpload(input.request, { maxBytes: UPLOAD_RULES[purpose].maxBytes, tempDir: uploadTempDir(), fileField: "file" });
  try {
    const check = checkUpload(purpose, upload.file);
    if (!check.ok || !upload.file) return check.ok ? "upload.required" : check.error;
    const file = { path: upload.file.path, originalName: upload.file.filename, actorId: viewer.id };
    const stored = purpose === "image" ? await saveImageFile(file).catch(() => null) : await saveAudioFile({ ...file, type: check.type });
    if (!stored) return "upload.imageBroken";
    const where = input.target === "cover" ? { target: "cover" as const } : { target: "audio" as const, locale: input.locale };
    await attachMedia(input.articleId, where, stored, { actor: viewer, ip: input.ip });
    await invalidateFromRoute(ARTICLES_TAG);
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.userMessage;
    throw error;
  } finally {
    await upload.discard();
  }
}
