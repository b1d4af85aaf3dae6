/* eslint-disable max-lines -- products and producers are written together (a product's producer is checked in the same transaction) */
import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { assertCommune } from "@/lib/units/checks";
import { chooseSlug } from "@/lib/text/slug";
import { canManage } from "./policy";
import type { TCreateProduct, TProducer, TProductSettings, TProductTranslation } from "./schema";

/** Who changes the showcase, and from where (for the audit row). */

const forbidden = () => new AppError("forbidden", "form.forbidden");

/** Refuses a producer out of the actor's reach (a cadre: another commune's), whatever the form sent. */
export function assertManages(ctx: MutationContext, producer: { communeId: string }): void {
  if (!canManage(ctx.actor, producer)) throw forbidden();
}

/** A producer inside a transaction, or not found. */
export async function loadProducer(tx: Tx, id: string) {
  const producer = await tx.producer.findUnique({ where: { id }, include: { ethnicGroups: { select: { id: true } } } });
  if (!producer) throw new AppError("notFound", "form.notFound");
  return producer;
}

/** A product with its producer and translations, inside a transaction, or not found. */
export async function loadProduct(tx: Tx, id: string) {
  const product = await tx.product.findUnique({
    where: { id },
    include: { producer: { select: { id: true, communeId: true } }, translations: { orderBy: { locale: "asc" } } },
  });
  if (!product) throw new AppError("notFound", "form.notFound");
  return product;
}

const SLUG_TAKEN = "products:errors.product.slugTaken";

function rethrowSlugConflict(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("conflict", SLUG_TAKEN, undefined, "slug");
  throw error;
}

/** The commune is a commune, the village (if any) one of its villages, the groups exist. */
async function assertPlace(tx: Tx, input: Pick<TProducer, "communeId" | "villageId" | "ethnicGroupIds">) {
  await assertCommune(tx, input.communeId);
  if (input.villageId && !(await tx.adminUnit.count({ where: { id: input.villageId, level: "VILLAGE", parentId: input.communeId } }))) {
    throw new AppError("invalid", "products:errors.producer.villageInvalid", undefined, "villageId");
  }
  if (
    input.ethnicGroupIds.length &&
    (await tx.ethnicGroup.count({ where: { id: { in: input.ethnicGroupIds } } })) !== input.ethnicGroupIds.length
  ) {
    throw new AppError("invalid", "products:errors.producer.groupsInvalid", undefined, "ethnicGroupIds");
  }
}

/** Creates a producer (no id) or edits one; a cadre only within their commune, before and after. */
export async function saveProducer(input: TProducer, ctx: MutationContext) {
  assertManages(ctx, input);
  try {
    return await db.$transaction(async (tx) => {
      await assertPlace(tx, input);
      const { id, ethnicGroupIds, slug: typedSlug, ...fields } = input;
      const before = id ? await loadProducer(tx, id) : null;
      if (before) assertManages(ctx, before);
      const slug = await chooseSlug(
        async (candidate) => (await tx.producer.count({ where: { slug: candidate, id: id ? { not: id } : undefined } })) > 0,
        { slug: typedSlug, name: input.name, current: before?.slug },
        { fallback: "chu-the", takenMessage: SLUG_TAKEN },
      );
      const groups = { set: ethnicGroupIds.map((groupId) => ({ id: groupId })) };
      if (!before) {
        const created = await tx.producer.create({ data: { ...fields, slug, ethnicGroups: { connect: groups.set } } });
        await writeAudit(tx, {
          actorId: ctx.actor.id,
          action: "producer.created",
          entityType: "Producer",
          entityId: created.id,
          after: { ...fields, slug, ethnicGroupIds },
          ip: ctx.ip,
        });
        return created;
      }
      const diff = changedFields(
        {
          ...before,
          ethnicGroupIds: before.ethnicGroups
            .map((g) => g.id)
            .sort()
            .join(","),
        },
        { ...fields, slug, ethnicGroupIds: [...ethnicGroupIds].sort().join(",") },
      );
      if (!diff.changed) return before;
      const updated = await tx.producer.update({ where: { id: before.id }, data: { ...fields, slug, ethnicGroups: groups } });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "producer.updated",
        entityType: "Producer",
        entityId: before.id,
        before: diff.before,
        after: diff.after,
        ip: ctx.ip,
      });
      return updated;
    });
  } catch (error) {
    rethrowSlugConflict(error);
  }
}

/** Shows a producer's page to the public, or takes it down (its products go with it). */
export async function setProducerPublished(input: { id: string; published: boolean }, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const producer = await loadProducer(tx, input.id);
    assertManages(ctx, producer);
    if (producer.published === input.published) return producer;
    const updated = await tx.producer.update({ where: { id: producer.id }, data: { published: input.published } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: input.published ? "producer.published" : "producer.unpublished",
      entityType: "Producer",
      entityId: producer.id,
      before: { published: producer.published },
      after: { published: input.published },
      ip: ctx.ip,
    });
    return updated;
  });
}

const productSlugTaken = (tx: Tx, translationId?: string) => async (slug: string) =>
  (await tx.productTranslation.count({ where: { slug, id: translationId ? { not: translationId } : undefined } })) > 0;

function settingsData(input: TProductSettings) {
  const { id: _id, ...data } = input;
  return data;
}

/** Creates a draft product with its settings and Vietnamese text, for a producer within reach. */
export async function createProduct(input: TCreateProduct, ctx: MutationContext) {
  try {
    return await db.$transaction(async (tx) => {
      const producer = await loadProducer(tx, input.producerId);
      assertManages(ctx, producer);
      const { name, slug: typedSlug, description, ingredients, process, unit, ...settings } = input;
      const slug = await chooseSlug(productSlugTaken(tx), { slug: typedSlug, name }, { fallback: "san-pham", takenMessage: SLUG_TAKEN });
      const product = await tx.product.create({
        data: {
          ...settingsData(settings),
          translations: { create: { locale: "vi", name, slug, description, ingredients, process, unit } },
        },
      });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "product.created",
        entityType: "Product",
        entityId: product.id,
        after: { ...settingsData(settings), ocopDate: settings.ocopDate?.toISOString() ?? null, name, slug },
        ip: ctx.ip,
      });
      return product;
    });
  } catch (error) {
    rethrowSlugConflict(error);
  }
}

/** Producer, category, price, season, traceability and rating; a cadre within their commune, before and after. */
export async function updateProductSettings(input: TProductSettings & { id: string }, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const before = await loadProduct(tx, input.id);
    assertManages(ctx, before.producer);
    const producer = await loadProducer(tx, input.producerId);
    assertManages(ctx, producer); // a product cannot be moved to another commune's producer
    const data = settingsData(input);
    const comparable = (row: typeof data) => ({
      ...row,
      months: row.months.join(","),
      ocopDate: row.ocopDate?.toISOString().slice(0, 10) ?? null,
    });
    const diff = changedFields(comparable(before), comparable(data));
    if (!diff.changed) return before;
    const updated = await tx.product.update({ where: { id: before.id }, data });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "product.updated",
      entityType: "Product",
      entityId: before.id,
      before: diff.before,
      after: diff.after,
      ip: ctx.ip,
    });
    return updated;
  });
}

/** Saves one language of a product. */
export async function saveProductTranslation(input: TProductTranslation, ctx: MutationContext) {
  try {
    return await db.$transaction(async (tx) => {
      const product = await loadProduct(tx, input.productId);
      assertManages(ctx, product.producer);
      const current = product.translations.find((tr) => tr.locale === input.locale);
      const slug = await chooseSlug(
        productSlugTaken(tx, current?.id),
        { slug: input.slug, name: input.name, current: current?.slug },
        { fallback: "san-pham", takenMessage: SLUG_TAKEN },
      );
      const data = {
        name: input.name,
        slug,
        description: input.description,
        ingredients: input.ingredients,
        process: input.process,
        unit: input.unit,
      };
      const diff = current ? changedFields(current, data) : { before: {}, after: { ...data, description: undefined }, changed: true };
      if (!diff.changed) return product;
      await tx.productTranslation.upsert({
        where: { productId_locale: { productId: product.id, locale: input.locale } },
        create: { productId: product.id, locale: input.locale, ...data },
        update: data,
      });
      await tx.product.update({ where: { id: product.id }, data: { updatedAt: new Date() } });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "product.translationSaved",
        entityType: "Product",
        entityId: product.id,
        before: { locale: input.locale, ...(diff.before as object) },
        after: { locale: input.locale, ...(diff.after as object) },
        ip: ctx.ip,
      });
      return product;
    });
  } catch (error) {
    rethrowSlugConflict(error);
  }
}

/** Shows a product to the public (it needs its Vietnamese text), or takes it down. */
export async function setProductPublished(input: { id: string; published: boolean }, ctx: MutationContext, now = new Date()) {
  return db.$transaction(async (tx) => {
    const product = await loadProduct(tx, input.id);
    assertManages(ctx, product.producer);
    if (input.published && !product.translations.some((tr) => tr.locale === "vi"))
      throw new AppError("conflict", "products:errors.product.needsVietnamese");
    if (product.published === input.published) return product;
    const updated = await tx.product.update({
      where: { id: product.id },
      data: { published: input.published, publishedAt: input.published ? (product.publishedAt ?? now) : product.publishedAt },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: input.published ? "product.published" : "product.unpublished",
      entityType: "Product",
      entityId: product.id,
      before: { published: product.published },
      after: { published: input.published },
      ip: ctx.ip,
    });
    return updated;
  });
}
