import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TPrestigiousPerson } from "../schema";
import { forbidden } from "./queries";

async function assertGroup(tx: Tx, groupId: string) {
  if (!(await tx.ethnicGroup.findUnique({ where: { id: groupId }, select: { id: true } })))
    throw new AppError("invalid", "dataset.group.required", undefined, "groupId");
}

/** Adds or edits a person. The audit keeps the fields changed (back office only, like the register). */
export async function savePrestigiousPerson(input: TPrestigiousPerson, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const village = await tx.adminUnit.findFirst({
      where: { id: input.villageId, level: "VILLAGE" },
      select: { id: true, parentId: true },
    });
    if (!village?.parentId) throw new AppError("invalid", "dataset.village.required", undefined, "villageId");
    if (!can(ctx.actor, "prestigiousPersons.manage", { communeId: village.parentId })) throw forbidden();
    await assertGroup(tx, input.groupId);
    const { id, relayConsent, ...fields } = input;
    const existing = id ? await tx.prestigiousPerson.findUnique({ where: { id }, select: { relayConsentAt: true } }) : null;
    // The consent to relay notices (lib/relays) is recorded with its time, kept while it stands.
    const data = { ...fields, communeId: village.parentId, relayConsentAt: relayConsent ? (existing?.relayConsentAt ?? new Date()) : null };
    if (!id) {
      const created = await tx.prestigiousPerson.create({ data });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "prestigiousPerson.created",
        entityType: "PrestigiousPerson",
        entityId: created.id,
        after: data,
        ip: ctx.ip,
      });
      return created;
    }
    const before = await tx.prestigiousPerson.findUnique({ where: { id } });
    if (!before) throw new AppError("notFound", "form.notFound");
    if (!can(ctx.actor, "prestigiousPersons.manage", { communeId: before.communeId })) throw forbidden();
    // Moving a person to another commune needs reach over both; the action checked the new one.
    if (before.communeId !== data.communeId) throw new AppError("invalid", "dataset.village.otherCommune", undefined, "villageId");
    const diff = changedFields(before, data);
    if (!diff.changed) return before;
    const updated = await tx.prestigiousPerson.update({ where: { id }, data });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "prestigiousPerson.updated",
      entityType: "PrestigiousPerson",
      entityId: id,
      before: diff.before,
      after: diff.after,
      ip: ctx.ip,
    });
    return updated;
  });
}

export async function deletePrestigiousPerson(id: string, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const before = await tx.prestigiousPerson.findUnique({ where: { id } });
    if (!before) throw new AppError("notFound", "form.notFound");
    if (!can(ctx.actor, "prestigiousPersons.manage", { communeId: before.communeId })) throw forbidden();
    await tx.prestigiousPerson.delete({ where: { id } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "prestigiousPerson.deleted",
      entityType: "PrestigiousPerson",
      entityId: id,
      before: { name: before.name, villageId: before.villageId, communeId: before.communeId },
      ip: ctx.ip,
    });
  });
}
