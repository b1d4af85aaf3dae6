import "server-only";
import { can, type Action } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { sameOrigin } from "@/lib/http/same-origin";
import { uploadTempDir } from "./index";
import { saveFileAsIs, saveImageFile, type NewMediaFile } from "./media";
import { receiveUpload, type ReceivedFile } from "./receive";
import { UPLOAD_RULES, checkUpload, type SniffedType, type UploadPurpose } from "./sniff";

/** A received file once checked and stored: the row to create, with what it was made from. */
export type StoredUpload = { media: NewMediaFile; file: ReceivedFile; type: SniffedType };

/** Who made the upload, for the attach step's mutation and its audit row. */
export type UploadContext = { actor: Viewer; ip: string | null };

/**
 * What one domain accepts for one upload, decided once the viewer may make it: the purpose
 * (its size limit and accepted types, lib/storage/sniff.ts), how many files, where they are
 * stored, and the attach step (the domain's mutation with its audit row, then its caches).
 */
export type UploadPlan = {
  purpose: UploadPurpose;
  /** Several files of one multiple input, each with the purpose's limit (default 1). */
  maxFiles?: number;
  /** A check by content other than the purpose's (a browser recording's WebM). */
  check?: (file: ReceivedFile) => ReturnType<typeof checkUpload>;
  /** Storage key prefixes: images are re-encoded under `image` ("img"), other files kept as is under `file` ("audio"). */
  prefix?: { image?: string; file?: string };
  attach: (stored: StoredUpload[], ctx: UploadContext) => Promise<unknown>;
};

/** "ok", "forbidden" or the `errors` key to show next to the field, with the file it is about. */
export type UploadOutcome = { outcome: string; file?: string };

/**
 * The one upload pipeline of every domain: permission (same origin, then the domain's `plan`,
 * which loads its row and refuses with "forbidden" or an `errors` key before a byte is stored),
 * then the body streamed to temporary files (cut at the purpose's limit), every file checked by
 * its content (all refused if one fails, with its name), stored (images re-encoded), attached by
 * the domain in one transaction with its audit row. The temporary files are always removed: a
 * refused upload leaves nothing behind. A domain's AppError becomes its `userMessage` outcome.
 */
export async function handleUpload(input: {
  request: Request;
  viewer: Viewer | null;
  ip: string | null;
  plan: (viewer: Viewer) => Promise<UploadPlan | string>;
}): Promise<UploadOutcome> {
  const { request, viewer } = input;
  const plan = viewer && sameOrigin(request) ? await input.plan(viewer) : "forbidden";
  if (!viewer || typeof plan === "string") {
    // Nothing of a refused upload is read.
    await request.body?.cancel().catch(() => {});
    return { outcome: typeof plan === "string" ? plan : "forbidden" };
  }
  const upload = await receiveUpload(request, {
    maxBytes: UPLOAD_RULES[plan.purpose].maxBytes,
    tempDir: uploadTempDir(),
    fileField: "file",
    maxFiles: plan.maxFiles ?? 1,
  });
  try {
    if (upload.files.length === 0) return { outcome: "upload.required" };
    const checked: { file: ReceivedFile; type: SniffedType }[] = [];
    for (const file of upload.files) {
      const check = plan.check ? plan.check(file) : checkUpload(plan.purpose, file);
      if (!check.ok) return { outcome: check.error, file: file.filename };
      checked.push({ file, type: check.type });
    }
    const stored: StoredUpload[] = [];
    for (const { file, type } of checked) {
      const source = { path: file.path, originalName: file.filename, actorId: viewer.id };
      // An image that sharp cannot decode is refused, not a server error.
      const media =
        type.kind === "image"
          ? await saveImageFile({ ...source, prefix: plan.prefix?.image ?? "img" }).catch(() => null)
          : await saveFileAsIs({ ...source, type, prefix: plan.prefix?.file ?? "audio" });
      if (!media) return { outcome: "upload.imageBroken", file: file.filename };
      stored.push({ media, file, type });
    }
    await plan.attach(stored, { actor: viewer, ip: input.ip });
    return { outcome: "ok" };
  } catch (error) {
    if (error instanceof AppError) return { outcome: error.userMessage };
    throw error;
  } finally {
    await upload.discard();
  }
}

/** The one stored file of a single-file upload (the pipeline attaches only after one was stored). */
export function onlyFile(stored: StoredUpload[]): StoredUpload {
  const [first] = stored;
  if (!first) throw new Error("an upload is attached with its file");
  return first;
}

/**
 * One file attached to one existing row by a viewer holding `permission` (a legal document's
 * PDF, a phrase's recording): "forbidden" when the row is missing or the permission lacking,
 * otherwise handleUpload's outcome ("ok" or the `errors` key to show).
 */
export async function handleSingleUpload(input: {
  request: Request;
  viewer: Viewer | null;
  ip: string | null;
  permission: Action;
  exists: () => Promise<boolean>;
  plan: Omit<UploadPlan, "attach" | "maxFiles">;
  attach: (stored: StoredUpload, ctx: UploadContext) => Promise<unknown>;
}): Promise<string> {
  const { permission, exists, plan, attach, ...request } = input;
  const result = await handleUpload({
    ...request,
    plan: async (viewer) => {
      if (!(await exists()) || !can(viewer, permission)) return "forbidden";
      return { ...plan, attach: (stored, ctx) => attach(onlyFile(stored), ctx) };
    },
  });
  return result.outcome;
}
