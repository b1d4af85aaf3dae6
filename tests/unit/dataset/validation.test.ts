import { describe, expect, it } from "vitest";
import { checkValue, crossRuleViolations, groupsExceedTotal, parseValue, type CheckedIndicator } from "@/lib/dataset/validation";

const count: CheckedIndicator = { code: "POP", valueType: "COUNT", min: null, max: null };
const percent: CheckedIndicator = { code: "LITERACY_RATE", valueType: "PERCENT", min: null, max: null };
const bounded: CheckedIndicator = { code: "PRESTIGIOUS", valueType: "COUNT", min: 0, max: 20 };

describe("value types and bounds", () => {
  it("reads numbers as people type them", () => {
    expect(parseValue("1 234")).toBe(1234);
    expect(parseValue("12,5")).toBe(12.5);
    expect(parseValue("12.5")).toBe(12.5);
    expect(parseValue("  ")).toBeNull();
    expect(parseValue("mười")).toBe("invalid");
    expect(parseValue("1.234.567")).toBe("invalid");
    expect(parseValue(7)).toBe(7);
  });
  it("follows the template's rule: a dot or a space groups thousands in whole numbers, a comma is a decimal sign", () => {
    expect(parseValue("1.050", true)).toBe(1050);
    expect(parseValue("1 050", true)).toBe(1050);
    expect(parseValue("1\u00a0050", true)).toBe(1050);
    expect(parseValue("1.234.567", true)).toBe(1234567);
    expect(parseValue("1,5", true)).toBe(1.5); // then refused as not whole, with the value shown
    expect(parseValue("1,5", false)).toBe(1.5);
    expect(parseValue("1.5", false)).toBe(1.5);
    expect(parseValue("1.050", false)).toBe(1.05); // a dot alone is a decimal point in decimals
    expect(parseValue("1.050,5", false)).toBe(1050.5);
    expect(parseValue("1 050,5", false)).toBe(1050.5);
    expect(parseValue("10 5", true)).toBe("invalid"); // a space not grouping thousands
    expect(parseValue("1.05", true)).toBe(1.05);
    expect(checkValue(count, "1.050")).toEqual({ value: 1050 });
    expect(checkValue(count, "1 050")).toEqual({ value: 1050 });
    expect(checkValue(count, "1,5")).toEqual({ problem: "dataset.value.notInteger" });
    expect(checkValue(percent, "1,5")).toEqual({ value: 1.5 });
  });
  it("checks type, sign and min/max", () => {
    expect(checkValue(count, "120")).toEqual({ value: 120 });
    expect(checkValue(count, "")).toEqual({ value: null });
    expect(checkValue(count, "abc")).toEqual({ problem: "dataset.value.notNumber" });
    expect(checkValue(count, "12,5")).toEqual({ problem: "dataset.value.notInteger" });
    expect(checkValue(count, "1.234")).toEqual({ value: 1234 });
    expect(checkValue(count, "-3")).toEqual({ problem: "dataset.value.negative" });
    expect(checkValue(percent, "100,5")).toEqual({ problem: "dataset.value.percent" });
    expect(checkValue(percent, "92,3")).toEqual({ value: 92.3 });
    expect(checkValue(bounded, "21")).toEqual({ problem: "dataset.value.aboveMax" });
    expect(checkValue({ ...bounded, min: 1 }, "0")).toEqual({ problem: "dataset.value.belowMin" });
  });
});

describe("rules between indicators", () => {
  it("poor households may not exceed households", () => {
    expect(
      crossRuleViolations(
        new Map([
          ["HH", 100],
          ["POOR_HH", 120],
        ]),
      ),
    ).toEqual([{ rule: "poorLeHouseholds", codes: ["POOR_HH"] }]);
    expect(
      crossRuleViolations(
        new Map([
          ["HH", 100],
          ["POOR_HH", 100],
        ]),
      ),
    ).toEqual([]);
  });
  it("poor and near-poor together may not exceed households", () => {
    expect(
      crossRuleViolations(
        new Map([
          ["HH", 100],
          ["POOR_HH", 60],
          ["NEAR_POOR_HH", 50],
        ]),
      ).map((v) => v.rule),
    ).toEqual(["poorAndNearPoorLeHouseholds"]);
  });
  it("a rule waits until all its values are there", () => {
    expect(crossRuleViolations(new Map([["POOR_HH", 120]]))).toEqual([]);
  });
  it("households may not exceed population; groups may not exceed the all-groups total", () => {
    expect(
      crossRuleViolations(
        new Map([
          ["POP", 10],
          ["HH", 11],
        ]),
      ).map((v) => v.rule),
    ).toEqual(["householdsLePopulation"]);
    expect(groupsExceedTotal(100, [60, 50])).toBe(true);
    expect(groupsExceedTotal(100, [60, 40])).toBe(false);
    expect(groupsExceedTotal(undefined, [60, 50])).toBe(false);
  });
});
