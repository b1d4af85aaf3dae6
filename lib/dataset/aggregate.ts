/**
 * Aggregation up the administrative tree (village → commune → province), like DHIS2's org-unit
 * hierarchy. Pure: the caller passes units, indicators and one year's observations.
 *
 * For each indicator and unit, values are kept per ethnic group and for all groups (ALL_GROUPS):
 * - a unit with values entered for itself uses those (a commune-level figure is the commune's
 *   figure); its all-groups value, when not entered, is the sum of its groups (SUM) or their
 *   weighted average (WEIGHTED);
 * - otherwise SUM adds up its children, WEIGHTED averages them weighted by the weight indicator's
 *   values for the same unit and group, NONE leaves the unit without a value.
 */
export const ALL_GROUPS = "ALL";

export type TreeUnit = { id: string; level: "PROVINCE" | "COMMUNE" | "VILLAGE"; parentId: string | null };
export type AggregationIndicator = { id: string; aggregation: "SUM" | "WEIGHTED" | "NONE"; weightId: string | null };
export type ValueRow = { indicatorId: string; unitId: string; groupKey: string; value: number };

/** indicatorId → unitId → groupKey (or ALL_GROUPS) → value. */
export type Aggregated = Map<string, Map<string, Map<string, number>>>;

const LEVEL_DEPTH = { VILLAGE: 0, COMMUNE: 1, PROVINCE: 2 } as const;

/** Indicators in an order where every weight comes before what it weights. */
function weightFirst(indicators: readonly AggregationIndicator[]): AggregationIndicator[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const done = new Set<string>();
  const ordered: AggregationIndicator[] = [];
  const add = (indicator: AggregationIndicator, seen: Set<string>) => {
    if (done.has(indicator.id) || seen.has(indicator.id)) return;
    seen.add(indicator.id);
    const weight = indicator.weightId ? byId.get(indicator.weightId) : undefined;
    if (weight) add(weight, seen);
    done.add(indicator.id);
    ordered.push(indicator);
  };
  for (const indicator of indicators) add(indicator, new Set());
  return ordered;
}

function weightedAverage(pairs: { value: number; weight: number | undefined }[]): number | undefined {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of pairs) {
    if (weight === undefined || weight <= 0) continue;
    sum += value * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : undefined;
}

/** Aggregates one year's values up the tree, for every indicator and unit. */
export function aggregate(input: {
  units: readonly TreeUnit[];
  indicators: readonly AggregationIndicator[];
  values: readonly ValueRow[];
}): Aggregated {
  const children = new Map<string, TreeUnit[]>();
  for (const unit of input.units) {
    if (unit.parentId) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  }
  // Leaves first, so a parent always finds its children done.
  const bottomUp = [...input.units].sort((a, b) => LEVEL_DEPTH[a.level] - LEVEL_DEPTH[b.level]);

  const direct: Aggregated = new Map();
  for (const row of input.values) {
    const units = direct.get(row.indicatorId) ?? direct.set(row.indicatorId, new Map()).get(row.indicatorId)!;
    const groups = units.get(row.unitId) ?? units.set(row.unitId, new Map()).get(row.unitId)!;
    groups.set(row.groupKey, row.value);
  }

  const result: Aggregated = new Map();
  for (const indicator of weightFirst(input.indicators)) {
    const own = direct.get(indicator.id) ?? new Map<string, Map<string, number>>();
    const weights = indicator.weightId ? result.get(indicator.weightId) : undefined;
    const weightOf = (unitId: string, group: string) => weights?.get(unitId)?.get(group);
    const out = new Map<string, Map<string, number>>();

    for (const unit of bottomUp) {
      let groups: Map<string, number> | undefined;
      const entered = own.get(unit.id);
      if (entered?.size) {
        groups = new Map(entered);
      } else if (indicator.aggregation !== "NONE") {
        const parts = (children.get(unit.id) ?? []).map((child) => ({ id: child.id, groups: out.get(child.id) })).filter((p) => p.groups);
        if (parts.length) {
          groups = new Map();
          const keys = new Set(parts.flatMap((part) => [...part.groups!.keys()]));
          for (const key of keys) {
            const present = parts.filter((part) => part.groups!.has(key));
            const value =
              indicator.aggregation === "SUM"
                ? present.reduce((sum, part) => sum + part.groups!.get(key)!, 0)
                : weightedAverage(present.map((part) => ({ value: part.groups!.get(key)!, weight: weightOf(part.id, key) })));
            if (value !== undefined) groups.set(key, value);
          }
        }
      }
      if (!groups?.size) continue;
      if (!groups.has(ALL_GROUPS) && indicator.aggregation !== "NONE") {
        const perGroup = [...groups.entries()];
        const all =
          indicator.aggregation === "SUM"
            ? perGroup.reduce((sum, [, value]) => sum + value, 0)
            : weightedAverage(perGroup.map(([key, value]) => ({ value, weight: weightOf(unit.id, key) })));
        if (all !== undefined) groups.set(ALL_GROUPS, all);
      }
      out.set(unit.id, groups);
    }
    result.set(indicator.id, out);
  }
  return result;
}
