import "server-only";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";
import { DERIVED_RATES, OTHER_GROUPS, POPULATION, type PublishedDataset, type PublishedYear, type Series } from "./publish";
import { localized, type DatasetReference } from "./reference";
import type { PublishedValue } from "./suppression";

export const SUPPRESSED_TEXT = "<5";
export const NO_VALUE_TEXT = "—";

/** Why a cell has no number: the status column of the open data (SDMX-like observation flags). */
export type CellStatus = "suppressed-small" | "suppressed-complementary" | "missing";

export type ViewCell = { text: string; value: number | null; suppressed: boolean; status?: CellStatus };
/** `notes`: one line for each kind of empty cell the table has ("<5", hidden, —), shown beside it. */
export type ViewTable = {
  id: string;
  title: string;
  rowHeading: string;
  columns: string[];
  rows: { label: string; cells: ViewCell[] }[];
  notes?: string[];
};
export type DataView = {
  year: number;
  years: number[];
  commune: { slug: string; name: string } | null;
  keyFigures: { label: string; cell: ViewCell }[];
  tables: ViewTable[];
};

/** The status of a published value without a number; undefined for a number. */
export function statusOf(value: PublishedValue | undefined): CellStatus | undefined {
  if (!value || (value.value === null && !value.suppressed)) return "missing";
  if (value.suppressed) return value.primary ? "suppressed-small" : "suppressed-complementary";
  return undefined;
}

/**
 * A published value as the page shows it: "<5" for a small count hidden (primary), "hidden" for a
 * value hidden so that a small one cannot be worked out (complementary: it may be large, so never
 * "<5"), "—" without data.
 */
export function cellOf(value: PublishedValue | undefined, locale: Locale, percent = false): ViewCell {
  const status = statusOf(value);
  if (status === "missing") return { text: NO_VALUE_TEXT, value: null, suppressed: false, status };
  if (status === "suppressed-small") return { text: SUPPRESSED_TEXT, value: null, suppressed: true, status };
  if (status === "suppressed-complementary")
    return { text: getT(locale, "dataset")("public.hidden"), value: null, suppressed: true, status };
  return { text: `${formatNumber(value!.value!, locale)}${percent ? " %" : ""}`, value: value!.value, suppressed: false };
}

/** The one-line explanations of the empty cells a table has, in the order small, hidden, missing. */
export function notesOf(table: ViewTable, locale: Locale): string[] {
  const t = getT(locale, "dataset");
  const present = new Set(table.rows.flatMap((row) => row.cells.map((cell) => cell.status)));
  return (["suppressed-small", "suppressed-complementary", "missing"] as const)
    .filter((status) => present.has(status))
    .map((status) => translateKey(t, `public.legend.${status}`));
}

/**
 * What the public data page shows for a year and, optionally, a commune — as tables of cells.
 * The page renders exactly these tables (and draws its charts from them) and the downloads
 * serialize them, so a download is always what the page shows. The back office builds its charts
 * the same way from the internal figures, with `reach` (a commune cadre: their own commune, and
 * no province rows). Returns null when nothing is published (or the year has no figures).
 */
export function buildDataView(input: {
  dataset: PublishedDataset;
  reference: DatasetReference;
  locale: Locale;
  year?: number;
  communeSlug?: string;
  /** The only communes the reader may see: then one of them must be chosen, and no province figure is shown. */
  reach?: readonly string[];
}): DataView | null {
  const { dataset, reference, locale, reach } = input;
  const commune = reference.communes.find((c) => c.slug === input.communeSlug) ?? null;
  // The default year: the latest released — for one commune, the latest released for it (a year
  // may be released commune by commune).
  const latestFor = commune ? dataset.years.find((y) => dataset.byYear[y]!.communeIds.includes(commune.id)) : undefined;
  const year = input.year && dataset.byYear[input.year] ? input.year : (latestFor ?? dataset.years[0]);
  if (year === undefined) return null;
  const published = dataset.byYear[year]!;
  const t = getT(locale, "dataset");
  if (reach && !(commune && reach.includes(commune.id))) return null;
  const inReach = (id: string) => !reach || reach.includes(id);
  // The province's row, unless the reader may see only some communes.
  const provinceRow = <T>(row: T): T[] => (reach ? [] : [row]);
  const communeName = (id: string) => reference.communes.find((c) => c.id === id)?.fullName ?? id;
  const groupName = (key: string) => {
    if (key === OTHER_GROUPS) return t("public.otherGroups");
    const group = reference.groups.find((g) => g.id === key);
    return group ? (localized(group.translations, locale)?.name ?? group.name) : key;
  };
  const publicIndicators = reference.indicators.filter((i) => published.indicators[i.code]);
  const indicatorLabel = (code: string) => {
    const indicator = reference.indicators.find((i) => i.code === code);
    const name = indicator ? localized(indicator.translations, locale) : undefined;
    return name ? `${name.name} (${name.unit})` : code;
  };
  const rateKeys = DERIVED_RATES.map((r) => r.key).filter((key) => published.rates[key]);
  const isPercent = (code: string) => reference.indicators.find((i) => i.code === code)?.valueType === "PERCENT";
  const pick = (series: Series | undefined, id: string | null) => (id ? series?.byCommune[id] : series?.province);

  // Key figures of the province, or of the chosen commune.
  const keyFigures = [
    ...publicIndicators
      .filter((i) => ["POP", "HH"].includes(i.code))
      .map((i) => ({ label: indicatorLabel(i.code), cell: cellOf(pick(published.indicators[i.code], commune?.id ?? null), locale) })),
    ...rateKeys.map((key) => ({
      label: translateKey(t, `public.rates.${key}`),
      cell: cellOf(pick(published.rates[key], commune?.id ?? null), locale, true),
    })),
    ...publicIndicators
      .filter((i) => i.valueType !== "COUNT")
      .map((i) => ({
        label: indicatorLabel(i.code),
        cell: cellOf(pick(published.indicators[i.code], commune?.id ?? null), locale, isPercent(i.code)),
      })),
  ];

  const tables: ViewTable[] = [];
  const pop = published.populationByGroup;
  if (pop) {
    // Population by group: the province's group totals, or the chosen commune's row.
    const source = commune ? pop.cells[commune.id] : pop.groupTotals;
    if (source) {
      tables.push({
        id: "population-by-group",
        title: t("public.populationByGroup", { year }),
        rowHeading: t("public.groupColumn"),
        columns: [indicatorLabel(POPULATION)],
        rows: pop.groups.map((g) => ({ label: groupName(g), cells: [cellOf(source[g], locale)] })),
      });
    }
  }
  if (published.rates.povertyRate) {
    tables.push({
      id: "poverty-by-commune",
      title: t("public.povertyByCommune", { year }),
      rowHeading: t("public.communeColumn"),
      columns: [t("public.rates.povertyRate")],
      rows: [
        ...published.communeIds
          .filter(inReach)
          .map((id) => ({ label: communeName(id), cells: [cellOf(published.rates.povertyRate!.byCommune[id], locale, true)] })),
        ...provinceRow({ label: t("public.province"), cells: [cellOf(published.rates.povertyRate.province, locale, true)] }),
      ],
    });
  }
  // Trends: every published year, for the province or the chosen commune.
  const trendYears = [...dataset.years].sort((a, b) => a - b);
  const trendOf = (p: PublishedYear) => [
    cellOf(pick(p.indicators[POPULATION], commune?.id ?? null), locale),
    cellOf(pick(p.rates.povertyRate, commune?.id ?? null), locale, true),
  ];
  tables.push({
    id: "trends",
    title: `${t("public.trends")} – ${commune?.fullName ?? t("public.province")}`,
    rowHeading: t("public.year"),
    columns: [indicatorLabel(POPULATION), t("public.rates.povertyRate")],
    rows: trendYears.map((y) => ({ label: String(y), cells: trendOf(dataset.byYear[y]!) })),
  });
  // All public figures by commune, and the province.
  const rowIds = commune ? [commune.id] : published.communeIds;
  tables.push({
    id: "by-commune",
    title: t("public.byCommune", { year }),
    rowHeading: t("public.communeColumn"),
    columns: [...publicIndicators.map((i) => indicatorLabel(i.code)), ...rateKeys.map((key) => translateKey(t, `public.rates.${key}`))],
    rows: [
      ...rowIds.map((id): { id: string | null; label: string } => ({ id, label: communeName(id) })),
      ...provinceRow({ id: null, label: t("public.province") }),
    ].map(({ id, label }) => ({
      label,
      cells: [
        ...publicIndicators.map((i) => cellOf(pick(published.indicators[i.code], id), locale, isPercent(i.code))),
        ...rateKeys.map((key) => cellOf(pick(published.rates[key], id), locale, true)),
      ],
    })),
  });
  if (pop) {
    const rows = commune ? [commune.id].filter((id) => pop.cells[id]) : Object.keys(pop.cells);
    tables.push({
      id: "population-by-commune-and-group",
      title: t("public.populationByCommuneAndGroup", { year }),
      rowHeading: t("public.communeColumn"),
      columns: [...pop.groups.map(groupName), t("public.total")],
      rows: [
        ...rows.map((id) => ({
          label: communeName(id),
          cells: [
            ...pop.groups.map((g) => cellOf(pop.cells[id]![g], locale)),
            cellOf(published.indicators[POPULATION]?.byCommune[id], locale),
          ],
        })),
        ...provinceRow({
          label: t("public.province"),
          cells: [...pop.groups.map((g) => cellOf(pop.groupTotals[g], locale)), cellOf(pop.total, locale)],
        }),
      ],
    });
  }
  for (const table of tables) table.notes = notesOf(table, locale);
  return {
    year,
    years: dataset.years,
    commune: commune ? { slug: commune.slug, name: commune.fullName } : null,
    keyFigures,
    tables,
  };
}

/**
 * One CSV field: quoted when needed, and a leading = + - @ neutralised so a spreadsheet never
 * runs it as a formula (CSV injection).
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+([.,]\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
