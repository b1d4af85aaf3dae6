import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { invalidateSomeFromRoute } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { handleUpload, type UploadOutcome } from "@/lib/storage/upload";
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
 * Receives photos for a product or a producer through the upload pipeline (lib/storage/upload.ts):
 * the owner within the viewer's reach, every file a JPEG, PNG or WebP image (all refused if one is
 * not, with the name of the file), each re-encoded into WebP variants, then one transaction with
 * its audit row. Returns "ok", "forbidden" or the `errors` key to show next to the field (and the
 * file name).
 */
export async function addPhotosFromUpload(input: {
  request: Request;
  owner: PhotoOwner;
  viewer: Viewer | null;
  ip: string | null;
}): Promise<UploadOutcome> {
  const { owner } = input;
  return handleUpload({
    ...input,
    plan: async (viewer) => {
      const commune = await communeOf(owner);
      if (!commune || !canManage(viewer, commune)) return "forbidden";
      return {
        purpose: "image",
        maxFiles: MAX_PHOTOS_PER_UPLOAD,
        attach: async (stored, ctx) => {
          await addPhotos(
            owner,
            stored.map((one) => one.media),
            ctx,
          );
          await invalidateSomeFromRoute(
            [PRODUCTS_TAG],
            "productId" in owner ? await productPageKeysOf(db, owner.productId) : await producerPageKeysOf(db, owner.producerId),
          );
        },
      };
    },
  });
}
