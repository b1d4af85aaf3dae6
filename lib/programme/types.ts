import type { Period } from "./period";

/**
 * The plan's indicators (KH 64/KH-UBND). Each is one module behind `ProgrammeIndicator`; the
 * programme page, the rows page and the periodic report only ever go through this interface.
 */
export const INDICATOR_KEYS = [
  "prestigiousInformed",
  "forumAnsweredOnTime",
  "minorityContentShare",
  "cadresTrained",
  "datasetCompleteness",
  "libraryItemsAdded",
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** A figure: a share (`of` set: numerator / of) or a count (`of` null). */
export type Figure = { value: number; of: number | null };

export type Commune = { id: string; name: string };

/** The rows behind a figure, for the rows page: one line per thing counted. */
export type IndicatorRows = { headings: string[]; rows: { cells: string[]; counted: boolean; href?: string }[] };

export type Measured = {
  status: "measured";
  province: Figure;
  /** Per commune (id → figure); null when the indicator has no commune dimension. */
  communes: Record<string, Figure> | null;
  /** Optional breakdown, e.g. per minority language for the content share. */
  parts?: { label: string; figure: Figure }[];
};

/** What an indicator measured for a period. */
export type IndicatorResult = Measured;

export type MeasureInput = { period: Period; communes: Commune[] };

export interface ProgrammeIndicator {
  key: IndicatorKey;
  /** How the figure reads: a percentage of `of`, or a plain count. */
  unit: "percent" | "count";
  /** The plan's target by default (percent or count), null when the plan sets none. */
  defaultTarget: number | null;
  measure(input: MeasureInput): Promise<IndicatorResult>;
  /** The rows behind the figure (the province's, or one commune's). */
  rows(input: MeasureInput & { communeId: string | null }): Promise<IndicatorRows | null>;
}

export function share(figure: Figure): number | null {
  if (figure.of === null) return figure.value;
  if (figure.of === 0) return null;
  return Math.round((figure.value / figure.of) * 1000) / 10;
}
