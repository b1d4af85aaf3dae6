import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NewMediaFile } from "@/lib/storage/media";
import { assertManages, loadProducer, loadProduct } from "./mutations";

/** Whose photos: a product's or a producer's. */
export type PhotoOwner = { productId: string } | { producerId: string };

/** The commune an owner belongs to (for the permission check), inside a transaction. */
async function ownerCommune(tx: Tx, owner: PhotoOwner): Promise<{ communeId: string }> {
  if ("productId" in owner) return (await loadProduct(tx, owner.productId)).producer;
  return loadProducer(tx, owner.producerId);
}

const ownerWhere = (owner: PhotoOwner) => ("productId" in owner ? { productId: owner.productId } : { producerId: owner.producerId });
const auditTarget = (owner: PhotoOwner) =>
  "productId" in owner ? { entityType: "Product", entityId: owner.productId } : { entityType: "Producer", entityId: owner.producerId };

/**
 * Adds stored images (lib/storage, already encoded) after the owner's photos, in one
 * transaction with one audit row. A product's first photo becomes its cover.
 */
export async function addPhotos(owner: PhotoOwner, files: NewMediaFile[], ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    assertManages(ctx, await ownerCommune(tx, owner));
    const existing = await tx.showcasePhoto.findMany({ where: ownerWhere(owner), select: { sortOrder: true, isCover: true } });
    let order = existing.reduce((max, photo) => Math.max(max, photo.sortOrder), -1);
    let needsCover = "productId" in owner && !existing.some((photo) => photo.isCover);
    const ids: string[] = [];
    for (const file of files) {
      const media = await tx.mediaFile.create({ data: file });
      const photo = await tx.showcasePhoto.create({
        data: { ...ownerWhere(owner), mediaId: media.id, sortOrder: ++order, isCover: needsCover },
      });
      needsCover = false;
      ids.push(photo.id);
    }
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "product.photoAdded",
      ...auditTarget(owner),
      after: { photos: ids, count: ids.length },
      ip: ctx.ip,
    });
    return ids;
  });
}

/** A photo with its owner, checked against the actor's reach. */
async function loadPhoto(tx: Tx, id: string, ctx: MutationContext) {
  const photo = await tx.showcasePhoto.findUnique({ where: { id } });
  if (!photo) throw new AppError("notFound", "form.notFound");
  const owner: PhotoOwner = photo.productId ? { productId: photo.productId } : { producerId: photo.producerId! };
  assertManages(ctx, await ownerCommune(tx, owner));
  return { photo, owner };
}

/** Removes a photo (the stored file stays, unused); a removed cover passes to the first photo left. */
export async function removePhoto(id: string, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const { photo, owner } = await loadPhoto(tx, id, ctx);
    await tx.showcasePhoto.delete({ where: { id } });
    if (photo.isCover) {
      const next = await tx.showcasePhoto.findFirst({ where: ownerWhere(owner), orderBy: { sortOrder: "asc" } });
      if (next) await tx.showcasePhoto.update({ where: { id: next.id }, data: { isCover: true } });
    }
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "product.photoRemoved",
      ...auditTarget(owner),
      before: { photo: id, mediaId: photo.mediaId },
      ip: ctx.ip,
    });
  });
}

/** Moves a photo one place up or down (swaps it with its neighbour). */
export async function movePhoto(input: { id: string; direction: "up" | "down" }, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const { owner } = await loadPhoto(tx, input.id, ctx);
    const photos = await tx.showcasePhoto.findMany({ where: ownerWhere(owner), orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
    const index = photos.findIndex((photo) => photo.id === input.id);
    const other = index + (input.direction === "up" ? -1 : 1);
    if (other < 0 || other >= photos.length) return;
    [photos[index], photos[other]] = [photos[other]!, photos[index]!];
    for (const [order, photo] of photos.entries()) await tx.showcasePhoto.update({ where: { id: photo.id }, data: { sortOrder: order } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "product.photoMoved",
      ...auditTarget(owner),
      after: { photo: input.id, direction: input.direction, position: other + 1 },
      ip: ctx.ip,
    });
  });
}

/** Makes a photo its product's cover (the one shown in lists). */
export async function chooseCover(id: string, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const { photo, owner } = await loadPhoto(tx, id, ctx);
    if (photo.isCover) return;
    await tx.showcasePhoto.updateMany({ where: ownerWhere(owner), data: { isCover: false } });
    await tx.showcasePhoto.update({ where: { id }, data: { isCover: true } });
    await writeAudit(tx, { actorId: ctx.actor.id, action: "product.coverChosen", ...auditTarget(owner), after: { photo: id }, ip: ctx.ip });
  });
}
