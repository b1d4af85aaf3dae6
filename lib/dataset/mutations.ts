import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { ALL_GROUPS } from "./aggregate";
import { loadReference } from "./reference";
import type { TIndicator, TSaveGrid } from "./schema";
import { checkValue, crossRuleViolations, groupsExceedTotal } from "./validation";
import { removeObservations, writeObservations, type ObservationInput } from "./write-observations";

export type GridResult = { fieldErrors: Record<string, string[]>; changed: number };

/**
 * Saves the entry grid of one commune, year and ethnic group (or all groups): checks every cell
 * (type, min/max) and the rules between indicators of each village, and writes nothing unless
 * all are right. An emptied cell removes its value. One audit row lists the changes; each changed
 * value also gets its history row.
 */
export async function saveGrid(input: TSaveGrid, ctx: MutationContext): Promise<GridResult> {
  const reference = await loadReference(db);
  const commune = reference.communes.find((c) => c.id === input.communeId);
  if (!commune) throw new AppError("invalid", "commune.invalid");
  const unitIds = new Set([commune.id, ...commune.villages.map((v) => v.id)]);
  const indicators = new Map(reference.indicators.map((i) => [i.id, i]));
  if (input.groupKey !== ALL_GROUPS && !reference.groups.some((g) => g.id === input.groupKey))
    throw new AppError("invalid", "dataset.group.required");

  const fieldErrors: Record<string, string[]> = {};
  const submitted = new Map<string, { field: string; unitId: string; indicatorId: string; value: number | null }>();
  for (const cell of input.cells) {
    const indicator = indicators.get(cell.indicatorId);
    if (!indicator || !unitIds.has(cell.unitId)) throw new AppError("invalid", "form.invalid");
    const checked = checkValue(indicator, cell.raw);
    if (checked.problem) fieldErrors[cell.field] = [checked.problem];
    else submitted.set(`${cell.unitId}|${cell.indicatorId}`, { ...cell, value: checked.value ?? null });
  }

  return db.$transaction(async (tx) => {
    // The commune every written row carries, checked again here whatever the action decided.
    const loaded = await tx.adminUnit.findFirst({ where: { id: commune.id, level: "COMMUNE" }, select: { id: true } });
    if (!loaded || !can(ctx.actor, "dataset.edit", { communeId: loaded.id })) throw new AppError("forbidden", "form.forbidden");
    const stored = await tx.observation.findMany({
      where: { communeId: commune.id, year: input.year },
      select: { id: true, indicatorId: true, unitId: true, groupKey: true, value: true },
    });
    const current = stored.filter((o) => o.groupKey === input.groupKey);
    const storedByCell = new Map(current.map((o) => [`${o.unitId}|${o.indicatorId}`, o]));

    // Rules between indicators of each unit, on the grid as it would be saved.
    for (const unitId of unitIds) {
      const values = new Map<string, number>();
      const fieldOf = new Map<string, string>();
      for (const indicator of reference.indicators) {
        const cell = submitted.get(`${unitId}|${indicator.id}`);
        const value = cell ? cell.value : storedByCell.get(`${unitId}|${indicator.id}`)?.value;
        if (value !== null && value !== undefined) values.set(indicator.code, value);
        if (cell) fieldOf.set(indicator.code, cell.field);
      }
      for (const violation of crossRuleViolations(values)) {
        for (const code of violation.codes) {
          const field = fieldOf.get(code);
          if (field) (fieldErrors[field] ??= []).push(`dataset.rules.${violation.rule}`);
        }
      }
      // Counts: a group's figures and the all-groups figure must agree.
      for (const indicator of reference.indicators.filter((i) => i.valueType === "COUNT")) {
        const cell = submitted.get(`${unitId}|${indicator.id}`);
        if (!cell || cell.value === null) continue;
        const others = stored.filter((o) => o.unitId === unitId && o.indicatorId === indicator.id && o.groupKey !== input.groupKey);
        const total = input.groupKey === ALL_GROUPS ? cell.value : others.find((o) => o.groupKey === ALL_GROUPS)?.value;
        const groups = [
          ...others.filter((o) => o.groupKey !== ALL_GROUPS).map((o) => o.value),
          ...(input.groupKey === ALL_GROUPS ? [] : [cell.value]),
        ];
        if (groupsExceedTotal(total, groups)) (fieldErrors[cell.field] ??= []).push("dataset.rules.groupsLeTotal");
      }
    }
    if (Object.keys(fieldErrors).length) return { fieldErrors, changed: 0 };

    const writes: ObservationInput[] = [];
    const removals: string[] = [];
    const changes: { unitId: string; indicator: string; from: number | null; to: number | null }[] = [];
    for (const cell of submitted.values()) {
      const before = storedByCell.get(`${cell.unitId}|${cell.indicatorId}`);
      if ((before?.value ?? null) === cell.value) continue;
      changes.push({ unitId: cell.unitId, indicator: indicators.get(cell.indicatorId)!.code, from: before?.value ?? null, to: cell.value });
      if (cell.value === null) removals.push(before!.id);
      else {
        writes.push({
          indicatorId: cell.indicatorId,
          unitId: cell.unitId,
          communeId: commune.id,
          groupId: input.groupKey === ALL_GROUPS ? null : input.groupKey,
          groupKey: input.groupKey,
          year: input.year,
          value: cell.value,
          source: input.source,
          note: null,
        });
      }
    }
    if (changes.length === 0) return { fieldErrors, changed: 0 };
    await writeObservations(tx, writes, { actorId: ctx.actor.id });
    await removeObservations(tx, removals, { actorId: ctx.actor.id });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "observation.saved",
      entityType: "AdminUnit",
      entityId: commune.id,
      after: { year: input.year, groupKey: input.groupKey, count: changes.length, changes: changes.slice(0, 100) },
      ip: ctx.ip,
    });
    return { fieldErrors, changed: changes.length };
  });
}

/** Creates an indicator or changes one (code, names in Vietnamese and English, type, rules). */
export async function saveIndicator(input: TIndicator, ctx: MutationContext) {
  try {
    return await db.$transaction(async (tx) => {
      if (input.weightId) {
        const weight = await tx.indicator.findUnique({ where: { id: input.weightId }, select: { id: true, valueType: true } });
        if (!weight || weight.id === input.id || weight.valueType !== "COUNT")
          throw new AppError("invalid", "dataset.indicator.weightInvalid", undefined, "weightId");
      }
      const data = {
        code: input.code,
        valueType: input.valueType,
        aggregation: input.aggregation,
        weightId: input.aggregation === "WEIGHTED" ? input.weightId : null,
        min: input.min,
        max: input.max,
        isPublic: input.isPublic,
        sortOrder: input.sortOrder,
      };
      const names = { nameVi: input.nameVi, unitVi: input.unitVi, nameEn: input.nameEn, unitEn: input.unitEn };
      let id = input.id;
      if (!id) {
        const created = await tx.indicator.create({ data });
        id = created.id;
        await writeAudit(tx, {
          actorId: ctx.actor.id,
          action: "indicator.created",
          entityType: "Indicator",
          entityId: id,
          after: { ...data, ...names },
          ip: ctx.ip,
        });
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
        await writeAudit(tx, {
          actorId: ctx.actor.id,
          action: "indicator.updated",
          entityType: "Indicator",
          entityId: id,
          before: diff.before,
          after: diff.after,
          ip: ctx.ip,
        });
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
