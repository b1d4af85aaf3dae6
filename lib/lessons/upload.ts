import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { handleUpload, onlyFile } from "@/lib/storage/upload";
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
  const result = await handleUpload({
    ...input,
    plan: async (viewer) => {
      const phrase = await db.lessonPhrase.findUnique({ where: { id: input.phraseId }, select: { id: true } });
      if (!phrase || !can(viewer, "lessons.suggest")) return "forbidden";
      return { purpose: "audio", attach: (stored, ctx) => suggestRecording(phrase.id, onlyFile(stored).media, ctx) };
    },
  });
  return result.outcome;
}
