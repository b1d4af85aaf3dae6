import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { formFields } from "@/lib/http/form-fields";
import { getT } from "@/lib/i18n/server";
import { ALL_GROUPS } from "./aggregate";
import { IMPORT_COLUMNS } from "./import/parse";
import { csvField } from "./public-view";
import { communesInReach, getReference, listObservationsForExport } from "./queries";
import { ZDataFilters } from "./schema";

type Sheet = { name: string; rows: (string | number | null)[][] };

/** Back-office files: the viewer's filtered view (export) or a template with the code lists. */
export async function backOfficeFile(request: Request, kind: "export" | "template", format: "csv" | "xlsx"): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, kind === "export" ? "dataset.view" : "dataset.import")) return new Response("Forbidden", { status: 403 });
  // The filters decide which commune is exported, so they are read once: a repeated one is refused.
  const query = formFields(new URL(request.url).searchParams);
  if (!query.ok) return new Response("Bad request", { status: 400 });
  const sheets = kind === "export" ? await exportSheets(viewer, query.fields) : await templateSheets(viewer);
  if (!sheets) return new Response("Forbidden", { status: 403 });
  const name = kind === "export" ? "so-lieu" : "mau-nhap-so-lieu";
  const body = format === "csv" ? toCsv(sheets[0]!) : await toXlsx(sheets);
  return new Response(body, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${name}.${format}"`,
      "cache-control": "no-store",
    },
  });
}

/** The filtered view as rows in the import layout (so an export can be corrected and imported back). */
async function exportSheets(viewer: Actor, query: Record<string, unknown>): Promise<Sheet[] | null> {
  const filters = ZDataFilters.parse(query);
  if (filters.communeId && !can(viewer, "dataset.view", { communeId: filters.communeId })) return null;
  const rows = await listObservationsForExport({
    viewer,
    communeId: filters.communeId,
    year: filters.year,
    groupKey: filters.group ?? (filters.communeId ? ALL_GROUPS : undefined),
  });
  return [
    {
      name: "data",
      rows: [
        [...IMPORT_COLUMNS, "updated_by", "updated_at"],
        ...rows.map((o) => [
          o.year,
          o.unit.level === "VILLAGE" ? (o.unit.parent?.code ?? "") : o.unit.code,
          o.unit.level === "VILLAGE" ? o.unit.code : "",
          o.group?.code ?? "",
          o.group?.name ?? "",
          o.indicator.code,
          o.value,
          o.source ?? "",
          o.note ?? "",
          o.updatedBy?.name ?? "",
          o.updatedAt.toISOString(),
        ]),
      ],
    },
  ];
}

/** The import layout with one example row per indicator, and the codes the viewer may use. */
async function templateSheets(viewer: Actor): Promise<Sheet[]> {
  const reference = await getReference();
  const t = getT("vi", "dataset"); // the template's headings are the import's; its help text is Vietnamese
  const communes = communesInReach(viewer, reference);
  const first = communes[0];
  const village = first?.villages[0];
  const year = new Date().getFullYear() - 1;
  return [
    {
      name: "data",
      rows: [
        [...IMPORT_COLUMNS],
        ...reference.indicators.map((i) => [year, first?.code ?? "", village?.code ?? "", "", "", i.code, "", "", ""]),
      ],
    },
    {
      name: "units",
      rows: [
        ["commune_code", "commune", "village_code", "village"],
        ...communes.flatMap((c) => [[c.code, c.fullName, "", ""], ...c.villages.map((v) => [c.code, c.fullName, v.code, v.fullName])]),
      ],
    },
    {
      name: "ethnic_groups",
      rows: [
        ["ethnic_group_code", "ethnic_group", "other_names"],
        ...reference.groups.map((g) => [g.code ?? "", g.name, g.altNames ?? ""]),
      ],
    },
    {
      name: "indicators",
      rows: [
        ["indicator_code", "name", "unit", "type", "min", "max", "number_format"],
        ...reference.indicators.map((i) => [
          i.code,
          i.translations.find((tr) => tr.locale === "vi")?.name ?? "",
          i.translations.find((tr) => tr.locale === "vi")?.unit ?? "",
          i.valueType,
          i.min,
          i.max,
          // The rule the import reads this column's numbers by (lib/dataset/validation.ts parseValue).
          t(i.valueType === "COUNT" ? "import.ruleCOUNT" : "import.ruleDecimal"),
        ]),
      ],
    },
  ];
}

function toCsv(sheet: Sheet): string {
  return "\uFEFF" + sheet.rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

async function toXlsx(sheets: Sheet[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    // Codes stay text ("08" must not become 8).
    for (const row of sheet.rows)
      worksheet.addRow(row.map((value) => (typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value)));
    worksheet.getRow(1).font = { bold: true };
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
