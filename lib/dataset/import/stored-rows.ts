import { ALL_GROUPS } from "../aggregate";
import { stringTable } from "../string-table";
import type { ImportRow } from "./validate";

/**
 * The checked rows of a previewed import, kept with it (`DataImport.rows`) so that the commit
 * writes exactly what the dry run checked without reading the file again. Column by column, and
 * every id or text as an index into one list of strings (-1 = none): about 30 bytes a row as JSON,
 * where an array of row objects would take eight times that. Stored as the bytes of that JSON.
 */
type StoredRows = {
  strings: string[];
  row: number[];
  indicator: number[];
  unit: number[];
  commune: number[];
  group: number[];
  year: number[];
  value: number[];
  source: number[];
  note: number[];
};

export function packRows(rows: readonly ImportRow[]): Uint8Array<ArrayBuffer> {
  const { strings, ref } = stringTable();
  const stored: StoredRows = {
    strings,
    row: rows.map((r) => r.row),
    indicator: rows.map((r) => ref(r.indicatorId)),
    unit: rows.map((r) => ref(r.unitId)),
    commune: rows.map((r) => ref(r.communeId)),
    group: rows.map((r) => ref(r.groupId)),
    year: rows.map((r) => r.year),
    value: rows.map((r) => r.value),
    source: rows.map((r) => ref(r.source)),
    note: rows.map((r) => ref(r.note)),
  };
  return new TextEncoder().encode(JSON.stringify(stored));
}

export function unpackRows(bytes: Uint8Array): ImportRow[] {
  const stored = JSON.parse(new TextDecoder().decode(bytes)) as StoredRows;
  const { strings } = stored;
  const text = (index: number) => (index < 0 ? null : strings[index]!);
  return stored.row.map((row, i) => {
    const groupId = text(stored.group[i]!);
    return {
      row,
      indicatorId: strings[stored.indicator[i]!]!,
      unitId: strings[stored.unit[i]!]!,
      communeId: strings[stored.commune[i]!]!,
      groupId,
      groupKey: groupId ?? ALL_GROUPS,
      year: stored.year[i]!,
      value: stored.value[i]!,
      source: text(stored.source[i]!),
      note: text(stored.note[i]!),
    };
  });
}
