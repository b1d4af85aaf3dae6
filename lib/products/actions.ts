"use server";

import { success } from "@/lib/action-result";
import type { Resource } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/run-action";
import {
  createProduct,
  saveProducer,
  saveProductTranslation,
  setProducerPublished,
  setProductPublished,
  updateProductSettings,
} from "./mutations";
import { chooseCover, movePhoto, removePhoto } from "./photos";
import { photoPageKeysOf, producerPageKeysOf, productPageKeysOf } from "./page-keys";
import { producerResource } from "./policy";
import { ZCreateProduct, ZId, ZMovePhoto, ZProducer, ZProductSettings, ZProductTranslation, ZPublish } from "./schema";
import { PRODUCTS_TAG } from "./tags";

/*
 * Every action is declared with defineAction (lib/run-action.ts): the permission, the parse, then the resource check
 * against the commune of the producer concerned (a cadre: their own commune only). Unknown ids
 * count as province-wide, so a cadre is refused before anything is looked up further; the
 * mutations check again inside their transaction (before and after a change of producer).
 * Each change purges the stored pages showing what it changed (lib/products/page-keys.ts).
 */

const NOWHERE: Resource = { communeId: null };

async function producerCommune(id: string): Promise<Resource> {
  const producer = await db.producer.findUnique({ where: { id }, select: { communeId: true } });
  return producer ? producerResource(producer) : NOWHERE;
}

async function productCommune(id: string): Promise<Resource> {
  const product = await db.product.findUnique({ where: { id }, select: { producer: { select: { communeId: true } } } });
  return product ? producerResource(product.producer) : NOWHERE;
}

async function photoCommune(id: string): Promise<Resource> {
  const photo = await db.showcasePhoto.findUnique({
    where: { id },
    select: { product: { select: { producer: { select: { communeId: true } } } }, producer: { select: { communeId: true } } },
  });
  const owner = photo?.product?.producer ?? photo?.producer;
  return owner ? producerResource(owner) : NOWHERE;
}

/** Checkbox groups (months, ethnic groups) arrive as repeated fields: the pipeline joins them. */
const MONTHS = ["months"] as const;
const GROUPS = ["ethnicGroupIds"] as const;

const published = (input: { published: boolean }) => success(input.published ? "products:admin.published" : "products:admin.unpublished");

export const saveProducerAction = defineAction({
  permission: "products.manage",
  schema: ZProducer,
  lists: GROUPS,
  // Both the commune asked for and, for an edit, the producer's present commune.
  resource: async (input) => {
    const target = producerResource(input);
    if (!input.id) return target;
    const current = await producerCommune(input.id);
    return current.communeId === target.communeId ? target : NOWHERE;
  },
  run: (input, ctx) => saveProducer(input, ctx),
  invalidate: { tags: [PRODUCTS_TAG], pages: (_input, producer) => producerPageKeysOf(db, producer.id) },
  done: "products:admin.saved",
  redirect: (producer, input) => (input.id ? null : `/admin/producers/${producer.id}?created=1`),
});

export const setProducerPublishedAction = defineAction({
  permission: "products.manage",
  schema: ZPublish,
  resource: (input) => producerCommune(input.id),
  run: (input, ctx) => setProducerPublished(input, ctx),
  invalidate: { tags: [PRODUCTS_TAG], pages: (input) => producerPageKeysOf(db, input.id) },
  done: (_producer, input) => published(input),
});

export const createProductAction = defineAction({
  permission: "products.manage",
  schema: ZCreateProduct,
  lists: MONTHS,
  resource: (input) => producerCommune(input.producerId),
  run: (input, ctx) => createProduct(input, ctx),
  invalidate: { tags: [PRODUCTS_TAG], pages: (_input, product) => productPageKeysOf(db, product.id) },
  done: "products:admin.saved",
  redirect: (product) => `/admin/products/${product.id}?created=1`,
});

export const updateProductSettingsAction = defineAction({
  permission: "products.manage",
  schema: ZProductSettings,
  lists: MONTHS,
  resource: async (input) => {
    const current = await productCommune(input.id ?? "");
    const target = await producerCommune(input.producerId);
    return current.communeId === target.communeId ? current : NOWHERE;
  },
  run: (input, ctx) => updateProductSettings({ ...input, id: input.id ?? "" }, ctx),
  // Both producers' pages when the product moves to another producer.
  invalidate: {
    tags: [PRODUCTS_TAG],
    pagesBefore: (input) => productPageKeysOf(db, input.id ?? ""),
    pages: (input) => productPageKeysOf(db, input.id ?? ""),
  },
  done: "products:admin.saved",
});

export const saveProductTranslationAction = defineAction({
  permission: "products.manage",
  schema: ZProductTranslation,
  resource: (input) => productCommune(input.productId),
  run: (input, ctx) => saveProductTranslation(input, ctx),
  invalidate: { tags: [PRODUCTS_TAG], pages: (input) => productPageKeysOf(db, input.productId) },
  done: "products:admin.saved",
});

export const setProductPublishedAction = defineAction({
  permission: "products.manage",
  schema: ZPublish,
  resource: (input) => productCommune(input.id),
  run: (input, ctx) => setProductPublished(input, ctx),
  invalidate: { tags: [PRODUCTS_TAG], pages: (input) => productPageKeysOf(db, input.id) },
  done: (_product, input) => published(input),
});

export const movePhotoAction = defineAction({
  permission: "products.manage",
  schema: ZMovePhoto,
  resource: (input) => photoCommune(input.id),
  run: (input, ctx) => movePhoto(input, ctx),
  invalidate: { tags: [PRODUCTS_TAG], pages: (input) => photoPageKeysOf(db, input.id) },
  done: "products:admin.photoMoved",
});

export const chooseCoverAction = defineAction({
  permission: "products.manage",
  schema: ZId,
  resource: (input) => photoCommune(input.id),
  run: (input, ctx) => chooseCover(input.id, ctx),
  invalidate: { tags: [PRODUCTS_TAG], pages: (input) => photoPageKeysOf(db, input.id) },
  done: "products:admin.coverChosen",
});

export const removePhotoAction = defineAction({
  permission: "products.manage",
  schema: ZId,
  resource: (input) => photoCommune(input.id),
  run: (input, ctx) => removePhoto(input.id, ctx),
  // The photo is gone afterwards: whose it was is read first.
  invalidate: { tags: [PRODUCTS_TAG], pagesBefore: (input) => photoPageKeysOf(db, input.id) },
  done: "products:admin.photoRemoved",
});
