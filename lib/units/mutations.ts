import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { slugify } from "@/lib/text/slug";
import { unitCommune, unitPermission } from "./admin-queries";
import type { TCommuneContact, TCreateVillage, TUpdateUnit } from "./schema";

function rethrowCodeConflict(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("conflict", "code.taken", undefined, "code");
  throw error;
}

/** Adds a village to a commune; its slug is the commune's slug plus its own name. */
export async function createVillage(input: TCreateVillage, ctx: MutationContext) {
  try {
    return await db.$transaction(async (tx) => {
      const commune = await tx.adminUnit.findFirst({ where: { id: input.communeId, level: "COMMUNE" } });
      if (!commune) throw new AppError("invalid", "commune.invalid", undefined, "communeId");
      if (!can(ctx.actor, "villages.manage", { communeId: commune.id })) throw new AppError("forbidden", "form.forbidden");
      const base = `${commune.slug}-${slugify(input.name)}`;
      const taken = await tx.adminUnit.count({ where: { slug: base } });
      const village = await tx.adminUnit.create({
        data: {
          level: "VILLAGE",
          code: input.code,
          name: input.name,
          fullName: input.fullName,
          slug: taken ? `${base}-${slugify(input.code)}` : base,
          parentId: commune.id,
          sortOrder: await tx.adminUnit.count({ where: { parentId: commune.id } }),
        },
      });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "unit.created",
        entityType: "AdminUnit",
        entityId: village.id,
        after: { level: "VILLAGE", code: village.code, name: village.name, fullName: village.fullName, parentId: commune.id },
        ip: ctx.ip,
      });
      return village;
    });
  } catch (error) {
    rethrowCodeConflict(error);
  }
}

/**
 * Renames or recodes a commune or village (the slug, part of public addresses, stays). Who may
 * is checked here again, on the row as loaded in the transaction.
 */
export async function updateUnit(input: TUpdateUnit, ctx: MutationContext) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.adminUnit.findUnique({ where: { id: input.id } });
      if (!before) throw new AppError("notFound", "form.notFound");
      if (!can(ctx.actor, unitPermission(before.level), { communeId: unitCommune(before) }))
        throw new AppError("forbidden", "form.forbidden");
      const { id, ...data } = input;
      const diff = changedFields(before, data);
      if (!diff.changed) return before;
      const unit = await tx.adminUnit.update({ where: { id }, data });
      await writeAudit(tx, { actorId: ctx.actor.id, action: "unit.updated", entityType: "AdminUnit", entityId: id, ...diff, ip: ctx.ip });
      return unit;
    });
  } catch (error) {
    rethrowCodeConflict(error);
  }
}

/**
 * The commune office's phone, address and hours. Checked again here on the row: a cadre only
 * for their own commune. One audit row with what changed.
 */
export async function updateCommuneContact(input: TCommuneContact, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const before = await tx.adminUnit.findUnique({ where: { id: input.id } });
    if (!before || before.level !== "COMMUNE") throw new AppError("notFound", "form.notFound");
    if (!can(ctx.actor, "communeContact.edit", { communeId: before.id })) throw new AppError("forbidden", "form.forbidden");
    const { id, ...data } = input;
    const diff = changedFields(before, data);
    if (!diff.changed) return before;
    const unit = await tx.adminUnit.update({ where: { id }, data });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "unit.contactUpdated",
      entityType: "AdminUnit",
      entityId: id,
      ...diff,
      ip: ctx.ip,
    });
    return unit;
  });
}
