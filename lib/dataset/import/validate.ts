import { ALL_GROUPS } from "../aggregate";
import { groupMatcher, type DatasetReference, type IndicatorRef } from "../reference";
import { MAX_YEAR, MIN_YEAR } from "../schema";
import { checkValue, crossRuleViolations, groupsExceedTotal } from "../validation";
import type { ObservationInput } from "../write-observations";
import type { ImportColumn, RawRow } from "./parse";

/** One problem of one row: the row number in the file, the column, an `errors` key. */
export type ImportProblem = { row: number; column: ImportColumn | null; message: string; params?: Record<string, string | number> };
export type ImportRow = ObservationInput & { row: number };
export type ExistingValue = { indicatorId: string; unitId: string; groupKey: string; year: number; value: number };

export type ValidatedImport = {
  rows: ImportRow[];
  problems: ImportProblem[];
  /** Rows of communes the uploader may not import for: the whole file is refused. */
  outOfScopeRows: number[];
  /** Ethnic groups named in the file that match none (as written). */
  unmatchedGroups: string[];
};

const keyOf = (r: { indicatorId: string; unitId: string; groupKey: string; year: number }) => `${r.indicatorId}|${r.unitId}|${r.groupKey}|${r.year}`;

/**
 * Checks every row of an import against the reference data and the uploader's scope: codes that
 * exist, a village of the commune given, an ethnic group by code or by name, the value's type and
 * bounds, no key twice, and the rules between indicators once merged with the values already
 * stored (`existing`). Collects every problem, so one report says everything.
 */
export function validateImport(input: {
  rows: readonly RawRow[];
  reference: DatasetReference;
  mayImportFor: (communeId: string) => boolean;
  existing: readonly ExistingValue[];
}): ValidatedImport {
  const { reference } = input;
  const communes = new Map(reference.communes.map((c) => [c.code.toUpperCase(), c]));
  const indicators = new Map(reference.indicators.map((i) => [i.code.toUpperCase(), i]));
  const matchGroup = groupMatcher(reference.groups);
  const problems: ImportProblem[] = [];
  const outOfScopeRows: number[] = [];
  const unmatched = new Set<string>();
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();

  for (const { row, fields } of input.rows) {
    const problem = (column: ImportColumn | null, message: string, params?: ImportProblem["params"]) => problems.push({ row, column, message, params });
    const before = problems.length;
    const year = Number(fields.year);
    if (!/^\d{4}$/.test(fields.year) || year < MIN_YEAR || year > MAX_YEAR) problem("year", "dataset.year.invalid");

    const commune = communes.get(fields.commune_code.toUpperCase());
    let unit: { id: string } | undefined = commune;
    if (!fields.commune_code) problem("commune_code", "required");
    else if (!commune) problem("commune_code", "dataset.import.unknownCommune", { code: fields.commune_code });
    else if (!input.mayImportFor(commune.id)) {
      problem("commune_code", "dataset.import.otherCommune", { code: fields.commune_code });
      outOfScopeRows.push(row);
    } else if (fields.village_code) {
      unit = commune.villages.find((village) => village.code.toUpperCase() === fields.village_code.toUpperCase());
      if (!unit) problem("village_code", "dataset.import.unknownVillage", { code: fields.village_code });
    }

    let groupId: string | null = null;
    if (fields.ethnic_group_code || fields.ethnic_group) {
      const group = matchGroup(fields.ethnic_group_code, fields.ethnic_group);
      if (group) groupId = group.id;
      else {
        const written = fields.ethnic_group_code || fields.ethnic_group;
        unmatched.add(written);
        problem(fields.ethnic_group_code ? "ethnic_group_code" : "ethnic_group", "dataset.import.unknownGroup", { group: written });
      }
    }

    const indicator = indicators.get(fields.indicator_code.toUpperCase());
    if (!indicator) problem("indicator_code", fields.indicator_code ? "dataset.import.unknownIndicator" : "required", { code: fields.indicator_code });
    const checked = indicator ? checkValue(indicator, fields.value) : undefined;
    if (checked?.problem) problem("value", checked.problem);
    else if (indicator && checked?.value === null) problem("value", "required");
    if (fields.source.length > 200 || fields.note.length > 500) problem(fields.source.length > 200 ? "source" : "note", "text.tooLong");

    if (problems.length > before || !unit || !commune || !indicator || checked?.value == null) continue;
    const observation: ImportRow = {
      row,
      indicatorId: indicator.id,
      unitId: unit.id,
      communeId: commune.id,
      groupId,
      groupKey: groupId ?? ALL_GROUPS,
      year,
      value: checked.value,
      source: fields.source || null,
      note: fields.note || null,
    };
    const key = keyOf(observation);
    const first = seen.get(key);
    if (first !== undefined) {
      problem("value", "dataset.import.duplicate", { row: first });
      continue;
    }
    seen.set(key, row);
    rows.push(observation);
  }

  problems.push(...ruleProblems(rows, input.existing, reference.indicators));
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems, outOfScopeRows, unmatchedGroups: [...unmatched] };
}

/** The rules between values, on the file's values merged over those already stored. */
function ruleProblems(rows: readonly ImportRow[], existing: readonly ExistingValue[], indicators: readonly IndicatorRef[]): ImportProblem[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const fromFile = new Map(rows.map((r) => [keyOf(r), r]));
  // unit|group|year → indicator code → value, file over stored.
  const merged = new Map<string, Map<string, number>>();
  const put = (r: ExistingValue) => {
    const code = byId.get(r.indicatorId)?.code;
    if (!code) return;
    const key = `${r.unitId}|${r.groupKey}|${r.year}`;
    (merged.get(key) ?? merged.set(key, new Map()).get(key)!).set(code, r.value);
  };
  const touched = new Set(rows.map((r) => `${r.unitId}|${r.groupKey}|${r.year}`));
  for (const r of existing) if (touched.has(`${r.unitId}|${r.groupKey}|${r.year}`) && !fromFile.has(keyOf(r))) put(r);
  for (const r of rows) put(r);

  const problems: ImportProblem[] = [];
  const codeToId = new Map(indicators.map((i) => [i.code, i.id]));
  for (const [key, values] of merged) {
    const [unitId, groupKey, year] = key.split("|") as [string, string, string];
    for (const violation of crossRuleViolations(values)) {
      // Report it on the file's rows that take part (a rule broken by stored values alone is not this file's doing).
      const involved = violation.codes
        .map((code) => fromFile.get(`${codeToId.get(code)}|${unitId}|${groupKey}|${year}`))
        .filter((r): r is ImportRow => r !== undefined);
      for (const r of involved) problems.push({ row: r.row, column: "value", message: `dataset.rules.${violation.rule}` });
    }
  }

  // Counts: the groups of a unit may not add up to more than its all-groups value.
  const totals = new Map<string, { total?: number; groups: number[]; rows: number[] }>();
  const add = (r: ExistingValue, row?: number) => {
    if (byId.get(r.indicatorId)?.valueType !== "COUNT") return;
    const key = `${r.indicatorId}|${r.unitId}|${r.year}`;
    const entry = totals.get(key) ?? totals.set(key, { groups: [], rows: [] }).get(key)!;
    if (r.groupKey === ALL_GROUPS) entry.total = r.value;
    else entry.groups.push(r.value);
    if (row !== undefined) entry.rows.push(row);
  };
  const touchedTotals = new Set(rows.map((r) => `${r.indicatorId}|${r.unitId}|${r.year}`));
  for (const r of existing) if (touchedTotals.has(`${r.indicatorId}|${r.unitId}|${r.year}`) && !fromFile.has(keyOf(r))) add(r);
  for (const r of rows) add(r, r.row);
  for (const entry of totals.values()) {
    if (groupsExceedTotal(entry.total, entry.groups)) {
      for (const row of entry.rows) problems.push({ row, column: "value", message: "dataset.rules.groupsLeTotal" });
    }
  }
  return problems;
}
