import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { TIndicator } from "./schema";

/** Creates an indicator or changes one (code, names in Vietnamese and English, type, rules). */
export async function saveIndicator(input: TIndicator, ctx: MutationContext) {
  try {
    return await db.$transaction(async (tx) => {
      if (input.weightId) {
        const weight = await tx.indicator.findUnique({ where: { id: input.weightId }, select: { id: true, valueType: true } });
        if (!weight || weight.id === input.id || weight.valueType !== "COUNT") throw new AppError("invalid", "dataset.indicator.weightInvalid", undefined, "weightId");
      }
      const data = {
        code: input.code, valueType: input.valueType, aggregation: input.aggregation,
        weightId: input.aggregation === "WEIGHTED" ? input.weightId : null,
        min: input.min, max: input.max, isPublic: input.isPublic, sortOrder: input.sortOrder,
      };
      const names = { nameVi: input.nameVi, unitVi: input.unitVi, nameEn: input.nameEn, unitEn: input.unitEn };
      let id = input.id;
      if (!id) {
        const created = await tx.indicator.create({ data });
        id = created.id;
        await writeAudit(tx, { actorId: ctx.actor.id, action: "indicator.created", entityType: "Indicator", entityId: id, after: { ...data, ...names }, ip: ctx.ip });
      } else {
        const before = await tx.indicator.findUnique({ where: { id }, include: { translations: true } });
        if (!before) throw new AppError("notFound", "form.notFound");
        const vi = before.translations.find((t) => t.locale === "vi");
        const en = before.translations.find((t) => t.locale === "en");
        const diff = changedFields(
          { ...before, nameVi: vi?.name ?? null, unitVi: vi?.unit ?? null, nameEn: en?.name ?? null, unitEn: en?.unit ?? null },
          { ...data, ...names },
        );
        if (!diff.changed) return id;
        await tx.indicator.update({ where: { id }, data });
        await writeAudit(tx, { actorId: ctx.actor.id, action: "indicator.updated", entityType: "Indicator", entityId: id, before: diff.before, after: diff.after, ip: ctx.ip });
      }
      await tx.indicatorTranslation.upsert({
        where: { indicatorId_locale: { indicatorId: id, locale: "vi" } },
        create: { indicatorId: id, locale: "vi", name: input.nameVi, unit: input.unitVi },
        update: { name: input.nameVi, unit: input.unitVi },
      });
      if (input.nameEn) {
        const unit = input.unitEn ?? input.unitVi;
        await tx.indicatorTranslation.upsert({
          where: { indicatorId_locale: { indicatorId: id, locale: "en" } },
          create: { indicatorId: id, locale: "en", name: input.nameEn, unit },
          update: { name: input.nameEn, unit },
        });
      } else {
        await tx.indicatorTranslation.deleteMany({ where: { indicatorId: id, locale: "en" } });
      }
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "code.taken", undefined, "code");
    throw error;
  }
}
