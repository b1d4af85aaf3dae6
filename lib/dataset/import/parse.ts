import { parse } from "csv-parse/sync";
import { foldVietnamese } from "@/lib/text/slug";

/** The columns of an import file, as in the template. */
export const IMPORT_COLUMNS = [
  "year",
  "commune_code",
  "village_code",
  "ethnic_group_code",
  "ethnic_group",
  "indicator_code",
  "value",
  "source",
  "note",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ["year", "commune_code", "indicator_code", "value"];

/** Header spellings accepted besides the template's (Vietnamese headings, folded). */
const ALIASES: Record<string, ImportColumn> = {
  nam: "year",
  ma_xa: "commune_code",
  ma_thon: "village_code",
  ma_dan_toc: "ethnic_group_code",
  group_code: "ethnic_group_code",
  dan_toc: "ethnic_group",
  group: "ethnic_group",
  ma_chi_tieu: "indicator_code",
  indicator: "indicator_code",
  gia_tri: "value",
  nguon: "source",
  ghi_chu: "note",
};

export type RawRow = { row: number; fields: Record<ImportColumn, string> };
/** A problem with the file as a whole (unreadable, no header…): `errors` key and params. */
export type FileProblem = { message: string; params?: Record<string, string | number> };
export type ParsedFile = { rows: RawRow[]; problem?: undefined } | { problem: FileProblem; rows?: undefined };

function columnOf(heading: string): ImportColumn | undefined {
  const key = foldVietnamese(heading)
    .trim()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  return (IMPORT_COLUMNS as readonly string[]).includes(key) ? (key as ImportColumn) : ALIASES[key];
}

/**
 * Turns a header and data lines (each with its row number in the file) into rows by column. Each
 * row is one object of a fixed shape, filled by column position (no per-row maps or entries).
 */
function toRows(lines: readonly { row: number; cells: readonly string[] }[]): ParsedFile {
  const [header, ...data] = lines;
  if (!header) return { problem: { message: "dataset.import.empty" } };
  const columns = header.cells.map(columnOf);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length) return { problem: { message: "dataset.import.missingColumns", params: { columns: missing.join(", ") } } };
  // A column given twice: the last one counts. -1 = not in the file.
  const at = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, columns.lastIndexOf(column)])) as Record<ImportColumn, number>;
  const rows: RawRow[] = [];
  for (const { row, cells } of data) {
    if (cells.every((cell) => cell.trim() === "")) continue;
    const cell = (index: number) => (index < 0 ? "" : (cells[index] ?? "").trim());
    rows.push({
      row,
      fields: {
        year: cell(at.year),
        commune_code: cell(at.commune_code),
        village_code: cell(at.village_code),
        ethnic_group_code: cell(at.ethnic_group_code),
        ethnic_group: cell(at.ethnic_group),
        indicator_code: cell(at.indicator_code),
        value: cell(at.value),
        source: cell(at.source),
        note: cell(at.note),
      },
    });
  }
  if (rows.length === 0) return { problem: { message: "dataset.import.empty" } };
  return { rows };
}

/**
 * Reads a CSV file (UTF-8, with or without BOM; comma, semicolon or tab separated). Row numbers
 * are those a spreadsheet shows: empty lines are kept as (skipped) rows, so record i is row i + 1
 * — which spares csv-parse's per-record `info` objects, half of its time on a large file.
 */
export function parseCsv(bytes: Uint8Array): ParsedFile {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: { message: "dataset.import.encoding" } };
  }
  try {
    const records = parse(text, {
      bom: true,
      delimiter: [",", ";", "\t"],
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
    return toRows(records.map((cells, index) => ({ row: index + 1, cells })));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { problem: { message: "dataset.import.csvBroken", params: { row: line ?? "?" } } };
  }
}

/** A cell's value as text, whatever ExcelJS gives (number, rich text, formula result, date). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const object = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (object.richText) return object.richText.map((part) => part.text).join("");
    if ("result" in object) return cellText(object.result);
    if ("text" in object) return cellText(object.text);
  }
  return "";
}

/** Reads the first worksheet of an XLSX workbook. */
export async function parseXlsx(bytes: Uint8Array): Promise<ParsedFile> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { problem: { message: "dataset.import.xlsxBroken" } };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { problem: { message: "dataset.import.empty" } };
  const lines: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[]; // 1-based: values[0] is empty
    lines.push({ row: rowNumber, cells: values.slice(1).map(cellText) });
  });
  return toRows(lines);
}

export function parseImportFile(format: "csv" | "xlsx", bytes: Uint8Array): Promise<ParsedFile> {
  return format === "csv" ? Promise.resolve(parseCsv(bytes)) : parseXlsx(bytes);
}
