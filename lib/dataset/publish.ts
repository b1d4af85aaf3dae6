/**
 * The published (public) form of one year of the dataset: aggregates by commune and for the
 * province, never below commune level, with small counts suppressed (suppression.ts). The one
 * function that decides what the public sees: the data page, the commune pages and the CSV and
 * JSON downloads all read its result. With `figures: "internal"` it builds the same tables from
 * the exact figures of every indicator, for the back office's charts. Pure; the result is plain
 * JSON (it is cached).
 */
import { ALL_GROUPS, type Aggregated } from "./aggregate";
import type { YearReleases } from "./release";
import { publishedRate, publishedWeighted, suppressTable, type CountTable, type PublishedValue, type SuppressedTable } from "./suppression";

/** The column of a commune × group table for people not broken down by group. */
export const OTHER_GROUPS = "OTHER";

/** Rates computed from two counts, by indicator code. */
export const DERIVED_RATES = [
  { key: "povertyRate", numerator: "POOR_HH", denominator: "HH" },
  { key: "nearPoorRate", numerator: "NEAR_POOR_HH", denominator: "HH" },
  { key: "electricityRate", numerator: "HH_ELECTRICITY", denominator: "HH" },
  { key: "cleanWaterRate", numerator: "HH_CLEAN_WATER", denominator: "HH" },
  { key: "insuranceRate", numerator: "HEALTH_INSURED", denominator: "POP" },
] as const;
export type RateKey = (typeof DERIVED_RATES)[number]["key"];

/** The count broken down by ethnic group on the public page. */
export const POPULATION = "POP";

export type PublishIndicator = {
  id: string;
  code: string;
  valueType: "COUNT" | "PERCENT" | "AMOUNT";
  aggregation: "SUM" | "WEIGHTED" | "NONE";
  weightId: string | null;
  isPublic: boolean;
};

export type Series = { byCommune: Record<string, PublishedValue>; province: PublishedValue };

export type PublishedYear = {
  year: number;
  /** Communes with any published figure, in the given order. */
  communeIds: string[];
  /** Public indicators by code: counts (suppressed), rates and amounts (hidden with their weight). */
  indicators: Record<string, Series>;
  rates: Partial<Record<RateKey, Series>>;
  /** Population by commune × ethnic group with commune and group totals; null without data. */
  populationByGroup: {
    groups: string[];
    cells: Record<string, Record<string, PublishedValue>>;
    groupTotals: Record<string, PublishedValue>;
    total: PublishedValue;
  } | null;
};

/**
 * Every year's tables, newest year first; for the public, each year's releases (when, vintages,
 * notes). Built by lib/dataset/queries.ts, read by the views built from it (public-view.ts,
 * open-data.ts): it lives here, with the tables, so those views need not import the queries.
 */
export type PublishedDataset = {
  years: number[];
  byYear: Record<string, PublishedYear>;
  releases?: Record<string, YearReleases>;
  vintage?: number | null;
};

const NONE: PublishedValue = { value: null, suppressed: false };

/** "public": public indicators, small counts suppressed. "internal": every indicator, exact (back office only). */
export type Figures = "public" | "internal";

/** A table as it is, nothing hidden. */
function exactTable(table: CountTable): SuppressedTable {
  const exact = (value: number | null | undefined): PublishedValue => ({ value: value ?? null, suppressed: false });
  return {
    cells: table.cells.map((line) => line.map(exact)),
    rowTotals: table.rowTotals?.map(exact),
    colTotals: table.colTotals?.map(exact),
    total: table.total === undefined ? undefined : exact(table.total),
  };
}

/** Publishes one year's aggregated values. `groupOrder` is the ethnic groups' display order (ids). */
export function publishYear(input: {
  year: number;
  provinceId: string;
  communeIds: readonly string[];
  groupOrder: readonly string[];
  indicators: readonly PublishIndicator[];
  aggregated: Aggregated;
  figures?: Figures;
}): PublishedYear {
  const { aggregated, communeIds, provinceId } = input;
  const internal = input.figures === "internal";
  const protect = internal ? exactTable : suppressTable;
  const valueOf = (indicatorId: string, unitId: string, group = ALL_GROUPS) => aggregated.get(indicatorId)?.get(unitId)?.get(group) ?? null;
  const series: Record<string, Series> = {};
  const byId = new Map(input.indicators.map((indicator) => [indicator.id, indicator]));

  // Population: commune × group, with commune totals, group totals and the grand total.
  const population = input.indicators.find((indicator) => indicator.code === POPULATION && indicator.valueType === "COUNT");
  let populationByGroup: PublishedYear["populationByGroup"] = null;
  if (population) {
    const rows = communeIds.filter((id) => valueOf(population.id, id) !== null);
    const present = new Set(rows.flatMap((id) => [...(aggregated.get(population.id)?.get(id)?.keys() ?? [])]));
    const groups = input.groupOrder.filter((id) => present.has(id));
    const other = rows.map((id) =>
      Math.max(0, valueOf(population.id, id)! - groups.reduce((s, g) => s + (valueOf(population.id, id, g) ?? 0), 0)),
    );
    const columns = other.some((value) => value > 0) ? [...groups, OTHER_GROUPS] : groups;
    const cells = rows.map((id, r) => columns.map((g) => (g === OTHER_GROUPS ? other[r]! : valueOf(population.id, id, g))));
    const rowTotals = rows.map((id) => valueOf(population.id, id));
    const colTotals = columns.map((_, c) =>
      cells.some((line) => line[c] !== null) ? cells.reduce((s, line) => s + (line[c] ?? 0), 0) : null,
    );
    const total = rowTotals.reduce<number>((s, v) => s + (v ?? 0), 0);
    const table = protect({ cells, rowTotals, colTotals, total });
    if (rows.length) {
      populationByGroup = {
        groups: columns,
        cells: Object.fromEntries(rows.map((id, r) => [id, Object.fromEntries(columns.map((g, c) => [g, table.cells[r]![c]!]))])),
        groupTotals: Object.fromEntries(columns.map((g, c) => [g, table.colTotals![c]!])),
        total: table.total!,
      };
    }
    series[population.code] = {
      byCommune: Object.fromEntries(rows.map((id, r) => [id, table.rowTotals![r]!])),
      province: table.total ?? NONE,
    };
  }

  // Other counts: a column of communes with the province total (when it adds up).
  for (const indicator of input.indicators) {
    if (indicator.valueType !== "COUNT" || series[indicator.code]) continue;
    const rows = communeIds.filter((id) => valueOf(indicator.id, id) !== null);
    const cells = rows.map((id) => [valueOf(indicator.id, id)]);
    const sums = indicator.aggregation === "SUM";
    const table = protect({ cells, colTotals: sums ? [cells.reduce((s, [v]) => s + (v ?? 0), 0)] : undefined });
    series[indicator.code] = {
      byCommune: Object.fromEntries(rows.map((id, r) => [id, table.cells[r]![0]!])),
      province: sums && rows.length ? table.colTotals![0]! : NONE,
    };
  }

  // Rates and amounts: hidden where the count they are weighted by is hidden.
  for (const indicator of input.indicators) {
    if (indicator.valueType === "COUNT") continue;
    const weight = indicator.weightId ? byId.get(indicator.weightId) : undefined;
    const weightSeries = weight ? series[weight.code] : undefined;
    const rows = communeIds.filter((id) => valueOf(indicator.id, id) !== null);
    series[indicator.code] = {
      byCommune: Object.fromEntries(
        rows.map((id) => [id, publishedWeighted(round(valueOf(indicator.id, id)), weightSeries?.byCommune[id])]),
      ),
      province: publishedWeighted(round(valueOf(indicator.id, provinceId)), weightSeries?.province),
    };
  }

  const codes = new Set(input.indicators.map((indicator) => indicator.code));
  const rates: PublishedYear["rates"] = {};
  for (const rate of DERIVED_RATES) {
    const numerator = series[rate.numerator];
    const denominator = series[rate.denominator];
    if (!codes.has(rate.numerator) || !numerator || !denominator) continue;
    const ids = communeIds.filter((id) => numerator.byCommune[id] && denominator.byCommune[id]);
    rates[rate.key] = {
      byCommune: Object.fromEntries(ids.map((id) => [id, publishedRate(numerator.byCommune[id]!, denominator.byCommune[id]!)])),
      province: publishedRate(numerator.province, denominator.province),
    };
  }

  const shownCodes = new Set(input.indicators.filter((indicator) => internal || indicator.isPublic).map((indicator) => indicator.code));
  const indicators = Object.fromEntries(Object.entries(series).filter(([code]) => shownCodes.has(code)));
  const withData = new Set(Object.values(indicators).flatMap((s) => Object.keys(s.byCommune)));
  return {
    year: input.year,
    communeIds: communeIds.filter((id) => withData.has(id)),
    indicators,
    rates,
    populationByGroup,
  };
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
