import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { ARTICLES_TAG } from "@/lib/articles/tags";
import { invalidateFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { handleSingleUpload } from "@/lib/storage/upload";
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
  return handleSingleUpload({
    ...input,
    permission: "documents.manage",
    exists: async () => (await db.legalDocument.findUnique({ where: { id: input.id }, select: { id: true } })) !== null,
    plan: { purpose: "document", prefix: { file: "documents" } },
    attach: async (stored, ctx) => {
      await attachDocumentFile(input.id, stored.media, ctx);
      await invalidateFromRoute(DOCUMENTS_TAG, ARTICLES_TAG);
    },
  });
}
