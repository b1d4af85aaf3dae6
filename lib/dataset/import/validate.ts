/* eslint-disable max-lines -- the import's row checks form one ordered pipeline; each check needs the same parsed row and reference */
import { ALL_GROUPS } from "../aggregate";
import { groupMatcher, type CommuneRef, type DatasetReference, type IndicatorRef } from "../reference";
import { MAX_YEAR, MIN_YEAR } from "../schema";
import { checkValue, crossRuleViolations, groupsExceedTotal, valueProblem } from "../validation";
import type { ObservationInput } from "../write-observations";
import type { ImportColumn, RawRow } from "./parse";

/**
 * One problem of one row: the row number in the file, the column, an `errors` key; the value as
 * it was read and what the column expects (a `dataset` key: `import.expect.*`), when known.
 */
export type ImportProblem = {
  row: number;
  column: ImportColumn | null;
  message: string;
  params?: Record<string, string | number>;
  value?: string;
  expected?: string;
};

/** What each column expects, as the report says it (`dataset:import.expect.<key>`). */
export function expectedOf(column: ImportColumn | null, valueType?: IndicatorRef["valueType"]): string | undefined {
  if (column === "value") return valueType ? `import.expect.value${valueType}` : "import.expect.value";
  if (column === "ethnic_group_code" || column === "ethnic_group") return "import.expect.group";
  return column ? `import.expect.${column}` : undefined;
}

/** Code → name of what the file's codes matched, for the preview (a few hundred at most each). */
export type MatchedNames = {
  communes: [string, string][];
  villages: [string, string][];
  groups: [string, string][];
  indicators: [string, string][];
};
export type ImportRow = ObservationInput & { row: number };
export type ExistingValue = { indicatorId: string; unitId: string; groupKey: string; year: number; value: number };

export type ValidatedImport = {
  rows: ImportRow[];
  problems: ImportProblem[];
  /** Rows of communes the uploader may not import for: the whole file is refused. */
  outOfScopeRows: number[];
  /** Ethnic groups named in the file that match none (as written). */
  unmatchedGroups: string[];
  matched: MatchedNames;
};
const MAX_MATCHED = 300;

const keyOf = (r: { indicatorId: string; unitId: string; groupKey: string; year: number }) =>
  `${r.indicatorId}|${r.unitId}|${r.groupKey}|${r.year}`;

/** Asks `mayImportFor` once per commune, not once per row. */
function scopeCache(mayImportFor: (communeId: string) => boolean) {
  const answers = new Map<string, boolean>();
  return (communeId: string) => answers.get(communeId) ?? answers.set(communeId, mayImportFor(communeId)).get(communeId)!;
}

/** Villages of a commune by upper-case code, built on first use (a Map, not a scan per row). */
function villageFinder() {
  const byCommune = new Map<string, Map<string, { id: string }>>();
  return (commune: CommuneRef, code: string) => {
    let villages = byCommune.get(commune.id);
    if (!villages) byCommune.set(commune.id, (villages = new Map(commune.villages.map((v) => [v.code.toUpperCase(), v]))));
    return villages.get(code.toUpperCase());
  };
}

/**
 * Checks every row of an import against the reference data and the uploader's scope: codes that
 * exist, a village of the commune given, an ethnic group by code or by name, the value's type and
 * bounds, no key twice. Collects every problem, so one report says everything. The rules between
 * values, which need the values already stored, are `ruleProblems`.
 */
export function validateImport(input: {
  rows: readonly RawRow[];
  reference: DatasetReference;
  mayImportFor: (communeId: string) => boolean;
}): ValidatedImport {
  const { reference } = input;
  const communes = new Map(reference.communes.map((c) => [c.code.toUpperCase(), c]));
  const indicators = new Map(reference.indicators.map((i) => [i.code.toUpperCase(), i]));
  const matchGroup = groupMatcher(reference.groups);
  const groupOf = new Map<string, ReturnType<typeof matchGroup>>(); // a file names the same few groups again and again
  const mayImportFor = scopeCache(input.mayImportFor);
  const villageOf = villageFinder();
  const problems: ImportProblem[] = [];
  const outOfScopeRows: number[] = [];
  const unmatched = new Set<string>();
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  const matched = {
    communes: new Map<string, string>(),
    villages: new Map<string, string>(),
    groups: new Map<string, string>(),
    indicators: new Map<string, string>(),
  };
  const note = (names: Map<string, string>, code: string, name: string) => {
    if (names.size < MAX_MATCHED && !names.has(code)) names.set(code, name);
  };

  for (const { row, fields } of input.rows) {
    const problem = (column: ImportColumn | null, message: string, params?: ImportProblem["params"]) =>
      problems.push({
        row,
        column,
        message,
        params,
        value: column ? fields[column] : undefined,
        expected: expectedOf(column, column === "value" ? indicators.get(fields.indicator_code.toUpperCase())?.valueType : undefined),
      });
    const before = problems.length;
    const year = Number(fields.year);
    if (!/^\d{4}$/.test(fields.year) || year < MIN_YEAR || year > MAX_YEAR) problem("year", "dataset.year.invalid");

    const commune = communes.get(fields.commune_code.toUpperCase());
    let unit: { id: string } | undefined = commune;
    if (!fields.commune_code) problem("commune_code", "required");
    else if (!commune) problem("commune_code", "dataset.import.unknownCommune", { code: fields.commune_code });
    else if (!mayImportFor(commune.id)) {
      problem("commune_code", "dataset.import.otherCommune", { code: fields.commune_code });
      outOfScopeRows.push(row);
    } else if (fields.village_code) {
      unit = villageOf(commune, fields.village_code);
      if (!unit) problem("village_code", "dataset.import.unknownVillage", { code: fields.village_code });
    }

    let groupId: string | null = null;
    if (fields.ethnic_group_code || fields.ethnic_group) {
      const written = `${fields.ethnic_group_code}|${fields.ethnic_group}`;
      const group = groupOf.has(written)
        ? groupOf.get(written)
        : groupOf.set(written, matchGroup(fields.ethnic_group_code, fields.ethnic_group)).get(written);
      if (group) groupId = group.id;
      else {
        const name = fields.ethnic_group_code || fields.ethnic_group;
        unmatched.add(name);
        problem(fields.ethnic_group_code ? "ethnic_group_code" : "ethnic_group", "dataset.import.unknownGroup", { group: name });
      }
    }

    const indicator = indicators.get(fields.indicator_code.toUpperCase());
    if (!indicator)
      problem("indicator_code", fields.indicator_code ? "dataset.import.unknownIndicator" : "required", { code: fields.indicator_code });
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
    note(matched.communes, commune.code, commune.fullName);
    if (unit !== commune)
      note(matched.villages, `${commune.code} / ${fields.village_code.toUpperCase()}`, (unit as { fullName?: string }).fullName ?? "");
    if (groupId) {
      const group = reference.groups.find((g) => g.id === groupId);
      note(
        matched.groups,
        fields.ethnic_group_code || fields.ethnic_group,
        group ? `${group.name}${group.code ? ` (${group.code})` : ""}` : "",
      );
    }
    note(matched.indicators, indicator.code, indicator.translations.find((tr) => tr.locale === "vi")?.name ?? indicator.code);
  }
  const list = (names: Map<string, string>) => [...names.entries()];
  return {
    rows,
    problems,
    outOfScopeRows,
    unmatchedGroups: [...unmatched],
    matched: {
      communes: list(matched.communes),
      villages: list(matched.villages),
      groups: list(matched.groups),
      indicators: list(matched.indicators),
    },
  };
}

/**
 * The checked rows of a previewed import again, at commit, against the reference data and scope
 * as they are now: the unit still in its commune, the group and indicator still there, the value
 * still within the indicator's type and bounds (an administrator may have changed them since).
 */
export function recheckRows(
  rows: readonly ImportRow[],
  reference: DatasetReference,
  mayImportFor: (communeId: string) => boolean,
): Pick<ValidatedImport, "problems" | "outOfScopeRows"> {
  const communes = new Map(reference.communes.map((c) => [c.id, { code: c.code, units: new Set([c.id, ...c.villages.map((v) => v.id)]) }]));
  const groups = new Set(reference.groups.map((g) => g.id));
  const indicators = new Map(reference.indicators.map((i) => [i.id, i]));
  const inScope = scopeCache(mayImportFor);
  const problems: ImportProblem[] = [];
  const outOfScopeRows: number[] = [];
  for (const { row, communeId, unitId, groupId, indicatorId, value } of rows) {
    const commune = communes.get(communeId);
    const indicator = indicators.get(indicatorId);
    if (commune && !inScope(communeId)) {
      outOfScopeRows.push(row);
      problems.push({ row, column: "commune_code", message: "dataset.import.otherCommune", params: { code: commune.code } });
    } else if (!commune || !commune.units.has(unitId) || (groupId !== null && !groups.has(groupId)) || !indicator) {
      problems.push({ row, column: null, message: "dataset.import.referenceChanged" });
    } else {
      const message = valueProblem(indicator, value);
      if (message)
        problems.push({ row, column: "value", message, value: String(value), expected: expectedOf("value", indicator.valueType) });
    }
  }
  return { problems, outOfScopeRows };
}

/** The rules between values, on the file's values merged over those already stored. */
export function ruleProblems(
  rows: readonly ImportRow[],
  existing: readonly ExistingValue[],
  indicators: readonly IndicatorRef[],
): ImportProblem[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const fromFile = new Map(rows.map((r) => [keyOf(r), r]));
  // unit × group × year → indicator code → value, file over stored.
  type Cell = { unitId: string; groupKey: string; year: number; values: Map<string, number> };
  const merged = new Map<string, Cell>();
  const cellOf = (r: ExistingValue) => {
    const key = `${r.unitId}|${r.groupKey}|${r.year}`;
    return merged.get(key) ?? merged.set(key, { unitId: r.unitId, groupKey: r.groupKey, year: r.year, values: new Map() }).get(key)!;
  };
  for (const r of rows) {
    const code = byId.get(r.indicatorId)?.code;
    if (code) cellOf(r).values.set(code, r.value);
  }
  for (const r of existing) {
    const cell = merged.get(`${r.unitId}|${r.groupKey}|${r.year}`); // only what the file touches
    const code = byId.get(r.indicatorId)?.code;
    if (cell && code && !cell.values.has(code)) cell.values.set(code, r.value);
  }

  const problems: ImportProblem[] = [];
  const codeToId = new Map(indicators.map((i) => [i.code, i.id]));
  for (const { unitId, groupKey, year, values } of merged.values()) {
    for (const violation of crossRuleViolations(values)) {
      // Report it on the file's rows that take part (a rule broken by stored values alone is not this file's doing).
      for (const code of violation.codes) {
        const r = fromFile.get(`${codeToId.get(code)}|${unitId}|${groupKey}|${year}`);
        if (r) problems.push({ row: r.row, column: "value", message: `dataset.rules.${violation.rule}`, value: String(r.value) });
      }
    }
  }

  // Counts: the groups of a unit may not add up to more than its all-groups value.
  const totals = new Map<string, { total?: number; groups: number[]; rows: number[] }>();
  const add = (r: ExistingValue, row?: number) => {
    const key = `${r.indicatorId}|${r.unitId}|${r.year}`;
    const entry = totals.get(key) ?? totals.set(key, { groups: [], rows: [] }).get(key)!;
    if (r.groupKey === ALL_GROUPS) entry.total = r.value;
    else entry.groups.push(r.value);
    if (row !== undefined) entry.rows.push(row);
  };
  for (const r of rows) if (byId.get(r.indicatorId)?.valueType === "COUNT") add(r, r.row);
  for (const r of existing) {
    if (byId.get(r.indicatorId)?.valueType === "COUNT" && totals.has(`${r.indicatorId}|${r.unitId}|${r.year}`) && !fromFile.has(keyOf(r)))
      add(r);
  }
  for (const entry of totals.values()) {
    if (groupsExceedTotal(entry.total, entry.groups)) {
      for (const row of entry.rows) problems.push({ row, column: "value", message: "dataset.rules.groupsLeTotal" });
    }
  }
  return problems;
}
