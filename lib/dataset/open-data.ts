import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";
import { DERIVED_RATES, OTHER_GROUPS, POPULATION, type PublishedDataset, type PublishedYear, type Series } from "./publish";
import { csvField, statusOf, type CellStatus } from "./public-view";
import { localized, type DatasetReference } from "./reference";
import type { PublishedValue } from "./suppression";

/** Group codes of the rows that are not one ethnic group (SDMX's convention for totals). */
export const ALL_GROUPS_CODE = "_T";
export const OTHER_GROUPS_CODE = "_O";

/** One observation of the open data: tidy, one row per value, a plain number or a status. */
export type OpenDataRow = {
  year: number;
  unit_code: string;
  unit_name: string;
  level: "province" | "commune";
  ethnic_group_code: string;
  ethnic_group_name: string;
  indicator_code: string;
  indicator_name: string;
  unit_of_measure: string;
  value: number | null;
  status: CellStatus | "";
};

export const OPEN_DATA_FIELDS = [
  "year",
  "unit_code",
  "unit_name",
  "level",
  "ethnic_group_code",
  "ethnic_group_name",
  "indicator_code",
  "indicator_name",
  "unit_of_measure",
  "value",
  "status",
] as const satisfies readonly (keyof OpenDataRow)[];

/** "povertyRate" → "POVERTY_RATE": the code of a rate derived from two counts. */
export const rateCode = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

/**
 * The released figures as tidy rows: for each year (or one), each commune (or one) and the
 * province, each public indicator and derived rate, and the population by ethnic group. Values
 * are what the page shows (suppression included), as plain numbers; a cell without a number
 * has an empty value and its status.
 */
export function openDataRows(input: {
  dataset: PublishedDataset;
  reference: DatasetReference;
  province: { code: string; name: string } | null;
  locale: Locale;
  year?: number;
  communeSlug?: string;
}): OpenDataRow[] {
  const { dataset, reference, province, locale } = input;
  const t = getT(locale, "dataset");
  const commune = input.communeSlug ? reference.communes.find((c) => c.slug === input.communeSlug) : undefined;
  const years = input.year !== undefined ? dataset.years.filter((y) => y === input.year) : [...dataset.years].sort((a, b) => a - b);
  const rows: OpenDataRow[] = [];
  const units = (published: PublishedYear) => [
    ...published.communeIds
      .filter((id) => !commune || id === commune.id)
      .flatMap((id) => {
        const c = reference.communes.find((candidate) => candidate.id === id);
        return c ? [{ id, code: c.code, name: c.fullName, level: "commune" as const }] : [];
      }),
    ...(!commune && province ? [{ id: null, code: province.code, name: province.name, level: "province" as const }] : []),
  ];
  const groupOf = (key: string) => {
    if (key === OTHER_GROUPS) return { code: OTHER_GROUPS_CODE, name: t("public.otherGroups") };
    const group = reference.groups.find((g) => g.id === key);
    return { code: group?.code ?? key, name: group ? (localized(group.translations, locale)?.name ?? group.name) : key };
  };
  const push = (
    year: number,
    unit: ReturnType<typeof units>[number],
    group: { code: string; name: string },
    indicator: { code: string; name: string; unit: string },
    value: PublishedValue | undefined,
  ) => {
    const status = statusOf(value);
    rows.push({
      year,
      unit_code: unit.code,
      unit_name: unit.name,
      level: unit.level,
      ethnic_group_code: group.code,
      ethnic_group_name: group.name,
      indicator_code: indicator.code,
      indicator_name: indicator.name,
      unit_of_measure: indicator.unit,
      value: status ? null : value!.value,
      status: status ?? "",
    });
  };
  const pick = (series: Series | undefined, id: string | null) => (id ? series?.byCommune[id] : series?.province);
  const allGroups = { code: ALL_GROUPS_CODE, name: t("public.allGroups") };

  for (const year of years) {
    const published = dataset.byYear[year]!;
    const indicators = reference.indicators
      .filter((i) => published.indicators[i.code])
      .map((i) => {
        const name = localized(i.translations, locale);
        return { code: i.code, name: name?.name ?? i.code, unit: name?.unit ?? "" };
      });
    const rates = DERIVED_RATES.filter((r) => published.rates[r.key]).map((r) => ({
      key: r.key,
      code: rateCode(r.key),
      name: translateKey(t, `public.rates.${r.key}`),
      unit: "%",
    }));
    for (const unit of units(published)) {
      for (const indicator of indicators) push(year, unit, allGroups, indicator, pick(published.indicators[indicator.code], unit.id));
      for (const rate of rates) push(year, unit, allGroups, rate, pick(published.rates[rate.key], unit.id));
      const pop = published.populationByGroup;
      const population = indicators.find((i) => i.code === POPULATION);
      if (pop && population) {
        const source = unit.id ? pop.cells[unit.id] : pop.groupTotals;
        if (source) for (const g of pop.groups) push(year, unit, groupOf(g), population, source[g]);
      }
    }
  }
  return rows;
}

/** The rows as CSV: UTF-8 with a BOM (Excel reads Vietnamese right), one header line, plain numbers. */
export function openDataCsv(rows: readonly OpenDataRow[]): string {
  const lines = [OPEN_DATA_FIELDS.join(","), ...rows.map((row) => OPEN_DATA_FIELDS.map((field) => csvField(row[field])).join(","))];
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** The Frictionless Table Schema of the rows (https://specs.frictionlessdata.io/table-schema/). */
export function openDataTableSchema(locale: Locale) {
  const en = locale === "en";
  const d = (vi: string, english: string) => (en ? english : vi);
  return {
    fields: [
      { name: "year", type: "integer", title: d("Năm", "Year"), constraints: { required: true } },
      { name: "unit_code", type: "string", title: d("Mã đơn vị hành chính", "Administrative unit code"), constraints: { required: true } },
      { name: "unit_name", type: "string", title: d("Tên đơn vị hành chính", "Administrative unit name") },
      { name: "level", type: "string", title: d("Cấp", "Level"), constraints: { required: true, enum: ["province", "commune"] } },
      {
        name: "ethnic_group_code",
        type: "string",
        title: d(
          "Mã dân tộc (Tổng cục Thống kê); _T: tất cả, _O: chưa phân theo dân tộc",
          "Ethnic group code (statistics office); _T: all groups, _O: not broken down by group",
        ),
        constraints: { required: true },
      },
      { name: "ethnic_group_name", type: "string", title: d("Dân tộc", "Ethnic group") },
      { name: "indicator_code", type: "string", title: d("Mã chỉ tiêu", "Indicator code"), constraints: { required: true } },
      { name: "indicator_name", type: "string", title: d("Chỉ tiêu", "Indicator") },
      { name: "unit_of_measure", type: "string", title: d("Đơn vị tính", "Unit of measure") },
      {
        name: "value",
        type: "number",
        title: d("Giá trị", "Value"),
        description: d("Trống khi ô không có số (xem status).", "Empty when the cell has no number (see status)."),
      },
      {
        name: "status",
        type: "string",
        title: d("Tình trạng", "Status"),
        description: d(
          "Trống: có số. suppressed-small: số từ 1 đến 4, không công bố. suppressed-complementary: ẩn thêm để không suy ra được số nhỏ (có thể lớn). missing: chưa có số liệu.",
          "Empty: a number. suppressed-small: a count from 1 to 4, not published. suppressed-complementary: hidden so that a small count cannot be worked out (may be large). missing: no figure yet.",
        ),
        constraints: { enum: ["suppressed-small", "suppressed-complementary", "missing"] },
      },
    ],
    missingValues: [""],
    primaryKey: ["year", "unit_code", "ethnic_group_code", "indicator_code"],
  };
}
