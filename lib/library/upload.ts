import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { invalidateSomeFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { countPdfPages, mediaDuration } from "@/lib/storage/file-info";
import { handleUpload, onlyFile } from "@/lib/storage/upload";
import { FILE_PURPOSE } from "./catalog";
import { addLibraryFile } from "./mutations";
import { libraryItemPageKeys } from "./page-keys";
import { libraryEditProblem } from "./policy";
import { LIBRARY_TAG } from "./tags";

/**
 * Receives one file for a library item through the upload pipeline (lib/storage/upload.ts): the
 * item is the viewer's to edit, the file is of the item's type (cut at that type's limit), stored
 * under "library/" with its length or page count and attached with its audit row. Returns "ok",
 * "forbidden" or the `errors` key to show.
 */
export async function receiveLibraryFile(input: {
  request: Request;
  itemId: string;
  viewer: Viewer | null;
  ip: string | null;
}): Promise<string> {
  const result = await handleUpload({
    ...input,
    plan: async (viewer) => {
      const item = await db.libraryItem.findUnique({ where: { id: input.itemId }, select: { type: true, state: true, authorId: true } });
      const problem = item ? libraryEditProblem(viewer, item) : "form.forbidden";
      if (!item || problem === "form.forbidden") return "forbidden";
      if (problem) return problem;
      const purpose = FILE_PURPOSE[item.type];
      return {
        purpose,
        prefix: { image: "library/img", file: "library" },
        attach: async (stored, ctx) => {
          const { media, file, type } = onlyFile(stored);
          // Read from the temporary file (still there until the pipeline discards it), never the whole file into memory.
          const durationSeconds = purpose === "document" || purpose === "image" ? null : await mediaDuration(file.path, type.mime);
          const pageCount = purpose === "document" ? await countPdfPages(file.path) : null;
          await addLibraryFile(input.itemId, { media, durationSeconds, pageCount }, ctx);
          await invalidateSomeFromRoute([LIBRARY_TAG], libraryItemPageKeys(input.itemId));
        },
      };
    },
  });
  return result.outcome;
}
