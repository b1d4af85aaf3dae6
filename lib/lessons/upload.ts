import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { handleSingleUpload } from "@/lib/storage/upload";
import { suggestRecording } from "./mutations";

/**
 * Receives a speaker's recording of a phrase through the upload pipeline (lib/storage/upload.ts)
 * as a suggestion awaiting a second speaker's approval. The upload form of the lesson page and
 * the in-browser recorder both post here. Returns "ok", "forbidden" or the error key.
 */
export async function receivePhraseRecording(input: {
  request: Request;
  phraseId: string;
  viewer: Viewer | null;
  ip: string | null;
}): Promise<string> {
  return handleSingleUpload({
    ...input,
    permission: "lessons.suggest",
    exists: async () => (await db.lessonPhrase.findUnique({ where: { id: input.phraseId }, select: { id: true } })) !== null,
    plan: { purpose: "audio" },
    attach: (stored, ctx) => suggestRecording(input.phraseId, stored.media, ctx),
  });
}
