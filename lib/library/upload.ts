import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { invalidateSomeFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sameOrigin } from "@/lib/http/same-origin";
import { uploadTempDir } from "@/lib/storage";
import { countPdfPages, mediaDuration } from "@/lib/storage/file-info";
import { saveFileAsIs, saveImageFile } from "@/lib/storage/media";
import { receiveUpload } from "@/lib/storage/receive";
import { UPLOAD_RULES, checkUpload } from "@/lib/storage/sniff";
import { FILE_PURPOSE } from "./catalog";
import { addLibraryFile } from "./mutations";
import { libraryItemPageKeys } from "./page-keys";
import { libraryEditProblem } from "./policy";
import { LIBRARY_TAG } from "./tags";

/**
 * Receives one file for a library item: permission (the item is the viewer's to edit), then the
 * body streamed to a temporary file while its bytes are counted (cut at the type's limit) and
 * its first bytes kept for the content check, then stored under "library/" with its length or
 * page count, attached with its audit row. The temporary file is always removed: a refused
 * upload leaves nothing behind. Returns "ok", "forbidden" or the `errors` key to show.
 */
export async function receiveLibraryFile(input: { request: Request; itemId: string; viewer: Viewer | null; ip: string | null }): Promise<string> {
  const { viewer } = input;
  const item = await db.libraryItem.findUnique({ where: { id: input.itemId }, select: { type: true, state: true, authorId: true } });
  if (!viewer || !item || !sameOrigin(input.request) || libraryEditProblem(viewer, item) === "form.forbidden") {
    await input.request.body?.cancel().catch(() => {});
    return "forbidden";
  }
  const problem = libraryEditProblem(viewer, item);
  if (problem) {
    await input.request.body?.cancel().catch(() => {});
    return problem;
  }
  const purpose = FILE_PURPOSE[item.type];
  const upload = await receiveUpload(input.request, { maxBytes: UPLOAD_RULES[purpose].maxBytes, tempDir: uploadTempDir(), fileField: "file" });
  try {
    const check = checkUpload(purpose, upload.file);
    if (!check.ok || !upload.file) return check.ok ? "upload.required" : check.error;
    const file = { path: upload.file.path, originalName: upload.file.filename, actorId: viewer.id };
    if (purpose === "image") {
      const media = await saveImageFile({ ...file, prefix: "library/img" }).catch(() => null);
      if (!media) return "upload.imageBroken";
      await addLibraryFile(input.itemId, { media, durationSeconds: null, pageCount: null }, { actor: viewer, ip: input.ip });
    } else {
      // Read before storing: both read the temporary file, never the whole file into memory.
      const durationSeconds = purpose === "document" ? null : await mediaDuration(upload.file.path, check.type.mime);
      const pageCount = purpose === "document" ? await countPdfPages(upload.file.path) : null;
      const media = await saveFileAsIs({ ...file, type: check.type, prefix: "library" });
      await addLibraryFile(input.itemId, { media, durationSeconds, pageCount }, { actor: viewer, ip: input.ip });
    }
    await invalidateSomeFromRoute([LIBRARY_TAG], libraryItemPageKeys(input.itemId));
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.userMessage;
    throw error;
  } finally {
    await upload.discard();
  }
}
