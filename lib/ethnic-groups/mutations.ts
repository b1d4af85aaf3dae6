import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { TUpdateEthnicGroup } from "./schema";

/** Confirms or corrects a group's code and names (the slug, used in addresses, stays). */
export async function updateEthnicGroup(input: TUpdateEthnicGroup, ctx: MutationContext) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.ethnicGroup.findUnique({ where: { id: input.id }, include: { translations: true } });
      if (!before) throw new AppError("notFound", "form.notFound");
      const beforeFlat = {
        code: before.code,
        name: before.name,
        altNames: before.altNames,
        nameEn: before.translations.find((tr) => tr.locale === "en")?.name ?? null,
      };
      const { id, nameEn, ...data } = input;
      const diff = changedFields(beforeFlat, { ...data, nameEn });
      if (!diff.changed) return;
      await tx.ethnicGroup.update({ where: { id }, data });
      if (nameEn) {
        await tx.ethnicGroupTranslation.upsert({
          where: { groupId_locale: { groupId: id, locale: "en" } },
          create: { groupId: id, locale: "en", name: nameEn },
          update: { name: nameEn },
        });
      } else {
        await tx.ethnicGroupTranslation.deleteMany({ where: { groupId: id, locale: "en" } });
      }
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "ethnicGroup.updated",
        entityType: "EthnicGroup",
        entityId: id,
        ...diff,
        ip: ctx.ip,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "code.taken", undefined, "code");
    throw error;
  }
}
