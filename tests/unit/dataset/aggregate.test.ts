import { describe, expect, it } from "vitest";
import { ALL_GROUPS, aggregate, type AggregationIndicator, type TreeUnit } from "@/lib/dataset/aggregate";

const units: TreeUnit[] = [
  { id: "province", level: "PROVINCE", parentId: null },
  { id: "c1", level: "COMMUNE", parentId: "province" },
  { id: "c2", level: "COMMUNE", parentId: "province" },
  { id: "v11", level: "VILLAGE", parentId: "c1" },
  { id: "v12", level: "VILLAGE", parentId: "c1" },
  { id: "v21", level: "VILLAGE", parentId: "c2" },
];
const POP: AggregationIndicator = { id: "pop", aggregation: "SUM", weightId: null };
const LIT: AggregationIndicator = { id: "lit", aggregation: "WEIGHTED", weightId: "pop" };
const NOTE: AggregationIndicator = { id: "none", aggregation: "NONE", weightId: null };
const row = (indicatorId: string, unitId: string, groupKey: string, value: number) => ({ indicatorId, unitId, groupKey, value });

describe("aggregation up the tree", () => {
  it("sums villages into communes and communes into the province, per group and for all groups", () => {
    const result = aggregate({
      units,
      indicators: [POP],
      values: [
        row("pop", "v11", "tay", 100),
        row("pop", "v11", "dao", 50),
        row("pop", "v12", "tay", 30),
        row("pop", "v21", ALL_GROUPS, 80),
      ],
    }).get("pop")!;
    expect(result.get("v11")!.get(ALL_GROUPS)).toBe(150); // a village's groups add up to its total
    expect(Object.fromEntries(result.get("c1")!)).toEqual({ tay: 130, dao: 50, [ALL_GROUPS]: 180 });
    expect(Object.fromEntries(result.get("c2")!)).toEqual({ [ALL_GROUPS]: 80 });
    expect(Object.fromEntries(result.get("province")!)).toEqual({ tay: 130, dao: 50, [ALL_GROUPS]: 260 });
  });

  it("an entered all-groups value is kept even when groups are entered too", () => {
    const result = aggregate({ units, indicators: [POP], values: [row("pop", "v11", "tay", 100), row("pop", "v11", ALL_GROUPS, 120)] }).get(
      "pop",
    )!;
    expect(result.get("v11")!.get(ALL_GROUPS)).toBe(120);
    expect(result.get("c1")!.get(ALL_GROUPS)).toBe(120);
  });

  it("a value entered for the commune itself is the commune's figure", () => {
    const result = aggregate({
      units,
      indicators: [POP],
      values: [row("pop", "v11", ALL_GROUPS, 100), row("pop", "c1", ALL_GROUPS, 500)],
    }).get("pop")!;
    expect(result.get("c1")!.get(ALL_GROUPS)).toBe(500);
    expect(result.get("province")!.get(ALL_GROUPS)).toBe(500);
  });

  it("averages a rate weighted by population", () => {
    const result = aggregate({
      units,
      indicators: [LIT, POP], // the weight is computed first whatever the order
      values: [
        row("pop", "v11", ALL_GROUPS, 100),
        row("pop", "v12", ALL_GROUPS, 300),
        row("lit", "v11", ALL_GROUPS, 80),
        row("lit", "v12", ALL_GROUPS, 100),
      ],
    }).get("lit")!;
    expect(result.get("c1")!.get(ALL_GROUPS)).toBe(95); // (80·100 + 100·300) / 400
    expect(result.get("province")!.get(ALL_GROUPS)).toBe(95);
  });

  it("does not aggregate an indicator marked as not aggregating", () => {
    const result = aggregate({
      units,
      indicators: [NOTE],
      values: [row("none", "v11", ALL_GROUPS, 7), row("none", "c2", ALL_GROUPS, 3)],
    }).get("none")!;
    expect(result.get("v11")!.get(ALL_GROUPS)).toBe(7);
    expect(result.has("c1")).toBe(false);
    expect(result.get("c2")!.get(ALL_GROUPS)).toBe(3);
    expect(result.has("province")).toBe(false);
  });
});
