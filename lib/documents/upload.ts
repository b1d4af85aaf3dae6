import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { ARTICLES_TAG } from "@/lib/articles/tags";
import { invalidateFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sameOrigin } from "@/lib/http/same-origin";
import { uploadTempDir } from "@/lib/storage";
import { saveFileAsIs } from "@/lib/storage/media";
import { receiveUpload } from "@/lib/storage/receive";
import { UPLOAD_RULES, checkUpload } from "@/lib/storage/sniff";
import { attachDocumentFile } from "./mutations";
import { DOCUMENTS_TAG } from "./tags";

/**
 * Receives a legal document's PDF: permission first, then the body streamed to a temporary
 * file (cut at the document limit), checked to really be a PDF, stored under "documents/" and
 * attached with its audit row. Returns "ok", "forbidden" or the `errors` key to show.
 */
export async function receiveDocumentFile(input: { request: Request; id: string; viewer: Viewer | null; ip: string | null }): Promise<string> {
  const { viewer } = input;
  const doc = await db.legalDocument.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!viewer || !doc || !sameOrigin(input.request) || !can(viewer, "documents.manage")) {
    await input.request.body?.cancel().catch(() => {});
    return "forbidden";
  }
  const upload = await receiveUpload(input.request, { maxBytes: UPLOAD_RULES.document.maxBytes, tempDir: uploadTempDir(), fileField: "file" });
  try {
    const check = checkUpload("document", upload.file);
    if (!check.ok || !upload.file) return check.ok ? "upload.required" : check.error;
    const media = await saveFileAsIs({ path: upload.file.path, originalName: upload.file.filename, actorId: viewer.id, type: check.type, prefix: "documents" });
    await attachDocumentFile(input.id, media, { actor: viewer, ip: input.ip });
    await invalidateFromRoute(DOCUMENTS_TAG, ARTICLES_TAG);
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.userMessage;
    throw error;
  } finally {
    await upload.discard();
  }
}
