import { describe, expect, it } from "vitest";
import { aggregate, type TreeUnit } from "@/lib/dataset/aggregate";
import { publishYear, type PublishIndicator } from "@/lib/dataset/publish";

const units: TreeUnit[] = [
  { id: "province", level: "PROVINCE", parentId: null },
  { id: "c1", level: "COMMUNE", parentId: "province" },
  { id: "c2", level: "COMMUNE", parentId: "province" },
];
const count = (id: string, isPublic = true): PublishIndicator => ({
  id,
  code: id.toUpperCase(),
  valueType: "COUNT",
  aggregation: "SUM",
  weightId: null,
  isPublic,
});
const indicators = [count("pop"), count("hh"), count("poor_hh"), count("internal_only", false)];
const values = [
  ...[
    ["c1", "tay", 120],
    ["c1", "dao", 3],
    ["c1", "mong", 0],
    ["c2", "tay", 80],
    ["c2", "dao", 60],
    ["c2", "mong", 40],
  ].map(([unitId, groupKey, value]) => ({
    indicatorId: "pop",
    unitId: unitId as string,
    groupKey: groupKey as string,
    value: value as number,
  })),
  { indicatorId: "hh", unitId: "c1", groupKey: "ALL", value: 40 },
  { indicatorId: "hh", unitId: "c2", groupKey: "ALL", value: 50 },
  { indicatorId: "poor_hh", unitId: "c1", groupKey: "ALL", value: 2 },
  { indicatorId: "poor_hh", unitId: "c2", groupKey: "ALL", value: 0 },
  { indicatorId: "internal_only", unitId: "c1", groupKey: "ALL", value: 7 },
];
const publish = (figures?: "public" | "internal") =>
  publishYear({
    year: 2030,
    provinceId: "province",
    communeIds: ["c1", "c2"],
    groupOrder: ["tay", "dao", "mong"],
    indicators,
    aggregated: aggregate({ units, indicators, values }),
    figures,
  });

describe("the one function that builds the tables, public or internal", () => {
  it("public: counts 1–4 hidden (and a rate from one), zeros published, public indicators only", () => {
    const year = publish();
    expect(year.populationByGroup!.cells.c1!.dao).toMatchObject({ value: null, suppressed: true });
    expect(year.populationByGroup!.cells.c1!.mong).toEqual({ value: 0, suppressed: false });
    expect(year.indicators.POOR_HH!.byCommune.c2).toEqual({ value: 0, suppressed: false });
    expect(year.rates.povertyRate!.byCommune.c1).toMatchObject({ value: null, suppressed: true });
    expect(year.rates.povertyRate!.byCommune.c2).toEqual({ value: 0, suppressed: false });
    expect(year.indicators.INTERNAL_ONLY).toBeUndefined();
  });

  it("internal: the same tables with every exact figure and every indicator, nothing hidden", () => {
    const year = publish("internal");
    expect(year.populationByGroup!.cells.c1!.dao).toEqual({ value: 3, suppressed: false });
    expect(year.populationByGroup!.groupTotals.dao).toEqual({ value: 63, suppressed: false });
    expect(year.rates.povertyRate!.byCommune.c1).toEqual({ value: 5, suppressed: false });
    expect(year.indicators.INTERNAL_ONLY!.byCommune.c1).toEqual({ value: 7, suppressed: false });
    expect(JSON.stringify(year)).not.toContain('"suppressed":true');
    expect(Object.keys(year)).toEqual(Object.keys(publish()));
  });
});
