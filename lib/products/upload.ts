import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { invalidateSomeFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sameOrigin } from "@/lib/http/same-origin";
import { uploadTempDir } from "@/lib/storage";
import { saveImageFile, type NewMediaFile } from "@/lib/storage/media";
import { receiveUpload } from "@/lib/storage/receive";
import { UPLOAD_RULES, checkUpload } from "@/lib/storage/sniff";
import { addPhotos, type PhotoOwner } from "./photos";
import { producerPageKeysOf, productPageKeysOf } from "./page-keys";
import { canManage } from "./policy";
import { PRODUCTS_TAG } from "./tags";

/** Photos accepted in one upload (a multiple file input). */
export const MAX_PHOTOS_PER_UPLOAD = 10;

/** The commune of a product's producer or of a producer, or null when it does not exist. */
async function communeOf(owner: PhotoOwner): Promise<{ communeId: string } | null> {
  if ("productId" in owner) {
    const product = await db.product.findUnique({ where: { id: owner.productId }, select: { producer: { select: { communeId: true } } } });
    return product?.producer ?? null;
  }
  return db.producer.findUnique({ where: { id: owner.producerId }, select: { communeId: true } });
}

/**
 * Receives photos for a product or a producer and attaches them: permission (the owner within
 * the viewer's reach, checked before a byte is stored), every file checked by its content
 * (all refused if one is not a JPEG, PNG or WebP image, with the name of the file), each
 * re-encoded into WebP variants (lib/storage), then one transaction with its audit row.
 * Returns "ok", "forbidden" or the `errors` key to show next to the field (and the file name).
 */
export async function addPhotosFromUpload(input: { request: Request; owner: PhotoOwner; viewer: Viewer | null; ip: string | null }): Promise<{ outcome: string; file?: string }> {
  const { viewer } = input;
  const commune = await communeOf(input.owner);
  if (!viewer || !commune || !sameOrigin(input.request) || !canManage(viewer, commune)) {
    await input.request.body?.cancel().catch(() => {});
    return { outcome: "forbidden" };
  }
  const upload = await receiveUpload(input.request, {
    maxBytes: UPLOAD_RULES.image.maxBytes, tempDir: uploadTempDir(), fileField: "file", maxFiles: MAX_PHOTOS_PER_UPLOAD,
  });
  try {
    if (upload.files.length === 0) return { outcome: "upload.required" };
    for (const file of upload.files) {
      const check = checkUpload("image", file);
      if (!check.ok) return { outcome: check.error, file: file.filename };
    }
    const stored: NewMediaFile[] = [];
    for (const file of upload.files) {
      const saved = await saveImageFile({ path: file.path, originalName: file.filename, actorId: viewer.id }).catch(() => null);
      if (!saved) return { outcome: "upload.imageBroken", file: file.filename };
      stored.push(saved);
    }
    await addPhotos(input.owner, stored, { actor: viewer, ip: input.ip });
    await invalidateSomeFromRoute([PRODUCTS_TAG], "productId" in input.owner ? await productPageKeysOf(db, input.owner.productId) : await producerPageKeysOf(db, input.owner.producerId));
    return { outcome: "ok" };
  } catch (error) {
    if (error instanceof AppError) return { outcome: error.userMessage };
    throw error;
  } finally {
    await upload.discard();
  }
}
