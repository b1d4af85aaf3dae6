import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { languageAllows } from "@/lib/auth/permissions";
import type { TranslatableKind } from "@/lib/generated/prisma/enums";
import { invalidateFromRoute } from "@/lib/cache/invalidate";
import type { ReceivedFile } from "@/lib/storage/receive";
import { checkUpload, sniff, type SniffedType } from "@/lib/storage/sniff";
import { handleUpload, onlyFile } from "@/lib/storage/upload";
import { attachRecording } from "./mutations";
import { TRANSLATIONS_TAG } from "./tags";

const WEBM: SniffedType = { kind: "audio", mime: "audio/webm", ext: "webm" };

/**
 * A browser recording is WebM (Chromium): audio in a WebM container, kept as audio/webm. Any
 * other file is checked as a library recording, its errors named as the audio field's.
 */
function checkRecording(file: ReceivedFile): ReturnType<typeof checkUpload> {
  if (!file.truncated && file.size > 0 && sniff(file.head)?.mime === "video/webm") return { ok: true, type: WEBM };
  const check = checkUpload("libraryAudio", file);
  return check.ok ? check : { ok: false, error: check.error.replace("libraryAudio", "audio") };
}

/**
 * Receives a recorded reading (MediaRecorder's WebM/Ogg, or an MP3, M4A, Ogg or WAV file from
 * the plain upload form) through the upload pipeline (lib/storage/upload.ts) and attaches it to
 * the item's translation in `locale`. Returns "ok", "forbidden" or the `errors` key to show next
 * to the field.
 */
export async function attachRecordingFromUpload(input: {
  request: Request;
  kind: TranslatableKind;
  id: string;
  locale: string;
  viewer: Viewer | null;
  ip: string | null;
}): Promise<string> {
  const result = await handleUpload({
    ...input,
    plan: async (viewer) => {
      if (!languageAllows(viewer, "translations.suggest", input.locale)) return "forbidden";
      return {
        purpose: "libraryAudio",
        check: checkRecording,
        attach: async (stored, ctx) => {
          await attachRecording({ kind: input.kind, id: input.id, locale: input.locale, stored: onlyFile(stored).media }, ctx);
          await invalidateFromRoute(TRANSLATIONS_TAG);
        },
      };
    },
  });
  return result.outcome;
}
