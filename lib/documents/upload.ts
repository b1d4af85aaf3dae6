import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { ARTICLES_TAG } from "@/lib/articles/tags";
import { invalidateFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { handleUpload, onlyFile } from "@/lib/storage/upload";
import { attachDocumentFile } from "./mutations";
import { DOCUMENTS_TAG } from "./tags";

/**
 * Receives a legal document's PDF through the upload pipeline (lib/storage/upload.ts): checked
 * to really be a PDF, stored under "documents/" and attached with its audit row. Returns "ok",
 * "forbidden" or the `errors` key to show.
 */
export async function receiveDocumentFile(input: {
  request: Request;
  id: string;
  viewer: Viewer | null;
  ip: string | null;
}): Promise<string> {
  const result = await handleUpload({
    ...input,
    plan: async (viewer) => {
      const doc = await db.legalDocument.findUnique({ where: { id: input.id }, select: { id: true } });
      if (!doc || !can(viewer, "documents.manage")) return "forbidden";
      return {
        purpose: "document",
        prefix: { file: "documents" },
        attach: async (stored, ctx) => {
          await attachDocumentFile(input.id, onlyFile(stored).media, ctx);
          await invalidateFromRoute(DOCUMENTS_TAG, ARTICLES_TAG);
        },
      };
    },
  });
  return result.outcome;
}
