"use server";

import { redirect } from "next/navigation";
import { success, type FormState } from "@/lib/action-result";
import type { Resource } from "@/lib/auth/permissions";
import { invalidateSome, keysAround } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { runAction } from "@/lib/run-action";
import {
  createProduct, saveProducer, saveProductTranslation, setProducerPublished, setProductPublished, updateProductSettings,
} from "./mutations";
import { chooseCover, movePhoto, removePhoto } from "./photos";
import { photoPageKeysOf, producerPageKeysOf, productPageKeysOf } from "./page-keys";
import { producerResource } from "./policy";
import { ZCreateProduct, ZId, ZMovePhoto, ZProducer, ZProductSettings, ZProductTranslation, ZPublish } from "./schema";
import { PRODUCTS_TAG } from "./tags";

/*
 * Every action runs through runAction: the permission, the parse, then the resource check
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

/** Checkbox groups (months, ethnic groups) arrive as repeated fields: runAction joins them. */
const MONTHS = ["months"] as const;
const GROUPS = ["ethnicGroupIds"] as const;

export async function saveProducerAction(_state: FormState, formData: FormData): Promise<FormState> {
  let created: string | undefined;
  const state = await runAction({
    formData,
    lists: GROUPS,
    permission: "products.manage",
    schema: ZProducer,
    // Both the commune asked for and, for an edit, the producer's present commune.
    resource: async (input) => {
      const target = producerResource(input);
      if (!input.id) return target;
      const current = await producerCommune(input.id);
      return current.communeId === target.communeId ? target : NOWHERE;
    },
    run: async (input, { viewer, ip }) => {
      const producer = await saveProducer(input, { actor: viewer, ip });
      if (!input.id) created = producer.id;
      await invalidateSome([PRODUCTS_TAG], await producerPageKeysOf(db, producer.id));
      return success("products:admin.saved");
    },
  });
  if (state.ok && created) redirect(`/admin/producers/${created}?created=1`);
  return state;
}

export async function setProducerPublishedAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "products.manage",
    schema: ZPublish,
    resource: (input) => producerCommune(input.id),
    run: async (input, { viewer, ip }) => {
      await setProducerPublished(input, { actor: viewer, ip });
      await invalidateSome([PRODUCTS_TAG], await producerPageKeysOf(db, input.id));
      return success(input.published ? "products:admin.published" : "products:admin.unpublished");
    },
  });
}

export async function createProductAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    lists: MONTHS,
    permission: "products.manage",
    schema: ZCreateProduct,
    resource: (input) => producerCommune(input.producerId),
    run: async (input, { viewer, ip }) => {
      id = (await createProduct(input, { actor: viewer, ip })).id;
      await invalidateSome([PRODUCTS_TAG], await productPageKeysOf(db, id));
      return success("products:admin.saved");
    },
  });
  if (state.ok && id) redirect(`/admin/products/${id}?created=1`);
  return state;
}

export async function updateProductSettingsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    lists: MONTHS,
    permission: "products.manage",
    schema: ZProductSettings,
    resource: async (input) => {
      const current = await productCommune(input.id ?? "");
      const target = await producerCommune(input.producerId);
      return current.communeId === target.communeId ? current : NOWHERE;
    },
    run: async (input, { viewer, ip }) => {
      const id = input.id ?? "";
      // Both producers' pages when the product moves to another producer.
      await invalidateSome([PRODUCTS_TAG], await keysAround(() => productPageKeysOf(db, id), () => updateProductSettings({ ...input, id }, { actor: viewer, ip })));
      return success("products:admin.saved");
    },
  });
}

export async function saveProductTranslationAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "products.manage",
    schema: ZProductTranslation,
    resource: (input) => productCommune(input.productId),
    run: async (input, { viewer, ip }) => {
      await saveProductTranslation(input, { actor: viewer, ip });
      await invalidateSome([PRODUCTS_TAG], await productPageKeysOf(db, input.productId));
      return success("products:admin.saved");
    },
  });
}

export async function setProductPublishedAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "products.manage",
    schema: ZPublish,
    resource: (input) => productCommune(input.id),
    run: async (input, { viewer, ip }) => {
      await setProductPublished(input, { actor: viewer, ip });
      await invalidateSome([PRODUCTS_TAG], await productPageKeysOf(db, input.id));
      return success(input.published ? "products:admin.published" : "products:admin.unpublished");
    },
  });
}

export async function movePhotoAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "products.manage",
    schema: ZMovePhoto,
    resource: (input) => photoCommune(input.id),
    run: async (input, { viewer, ip }) => {
      await movePhoto(input, { actor: viewer, ip });
      await invalidateSome([PRODUCTS_TAG], await photoPageKeysOf(db, input.id));
      return success("products:admin.photoMoved");
    },
  });
}

export async function chooseCoverAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "products.manage",
    schema: ZId,
    resource: (input) => photoCommune(input.id),
    run: async (input, { viewer, ip }) => {
      await chooseCover(input.id, { actor: viewer, ip });
      await invalidateSome([PRODUCTS_TAG], await photoPageKeysOf(db, input.id));
      return success("products:admin.coverChosen");
    },
  });
}

export async function removePhotoAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "products.manage",
    schema: ZId,
    resource: (input) => photoCommune(input.id),
    run: async (input, { viewer, ip }) => {
      // The photo is gone afterwards: whose it was is read first.
      const pages = await photoPageKeysOf(db, input.id);
      await removePhoto(input.id, { actor: viewer, ip });
      await invalidateSome([PRODUCTS_TAG], pages);
      return success("products:admin.photoRemoved");
    },
  });
}
