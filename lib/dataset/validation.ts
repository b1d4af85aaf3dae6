/**
 * Validation of dataset values (DHIS2's value types, min/max and validation rules). Pure.
 * Messages are keys of the `errors` namespace (`dataset.*`).
 */
export type ValueType = "COUNT" | "PERCENT" | "AMOUNT";
export type CheckedIndicator = { code: string; valueType: ValueType; min: number | null; max: number | null };

/**
 * A number as officials type it, by the rule the import template states for each kind of
 * indicator:
 * - whole numbers (counts): "1050", "1.050" and "1 050" are 1050 — a dot or a space groups
 *   thousands; a comma is a decimal sign ("12,5" reads 12.5, then fails as not whole);
 * - decimals (rates, amounts): "12,5" and "12.5" are 12.5 — a comma, or a dot alone, is the decimal
 *   sign; a space groups thousands, and so does a dot before a decimal comma ("1.050,5").
 * Without a kind (`wholeNumbers` undefined) the decimal rule applies. Empty → null.
 */
export function parseValue(raw: string | number | null | undefined, wholeNumbers?: boolean): number | null | "invalid" {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : "invalid";
  const trimmed = raw.trim();
  if (trimmed === "") return null;
  // Spaces only between groups of three digits.
  const spaced = /[\s\u00a0\u202f]/.test(trimmed);
  if (spaced && !/^-?\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(trimmed)) return "invalid";
  const text = trimmed.replace(/[\s\u00a0\u202f]/g, "");
  if (/^-?\d+$/.test(text)) return Number(text);
  if (wholeNumbers && /^-?\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ""));
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
  if (/^-?\d+[.,]\d+$/.test(text)) return Number(text.replace(",", "."));
  return "invalid";
}

/** The `errors` key of what is wrong with a value for an indicator, or null. */
export function valueProblem(indicator: CheckedIndicator, value: number): string | null {
  if (value < 0) return "dataset.value.negative";
  if (indicator.valueType === "COUNT" && !Number.isInteger(value)) return "dataset.value.notInteger";
  if (indicator.valueType === "PERCENT" && value > 100) return "dataset.value.percent";
  if (indicator.min !== null && value < indicator.min) return "dataset.value.belowMin";
  if (indicator.max !== null && value > indicator.max) return "dataset.value.aboveMax";
  return null;
}

/** Parses and checks one typed value: `{ value }` or `{ problem }`. */
export function checkValue(
  indicator: CheckedIndicator,
  raw: string | number | null | undefined,
): { value: number | null; problem?: undefined } | { problem: string; value?: undefined } {
  const value = parseValue(raw, indicator.valueType === "COUNT");
  if (value === "invalid") return { problem: "dataset.value.notNumber" };
  if (value === null) return { value: null };
  const problem = valueProblem(indicator, value);
  return problem ? { problem } : { value };
}

/**
 * Rules between indicators of the same unit, ethnic group and year, by indicator code: the sum of
 * `parts` may not exceed `whole` (poor households ≤ households, …). A rule applies when all its
 * values are present.
 */
export const CROSS_RULES: readonly { key: string; parts: readonly string[]; whole: string }[] = [
  { key: "poorLeHouseholds", parts: ["POOR_HH"], whole: "HH" },
  { key: "nearPoorLeHouseholds", parts: ["NEAR_POOR_HH"], whole: "HH" },
  { key: "poorAndNearPoorLeHouseholds", parts: ["POOR_HH", "NEAR_POOR_HH"], whole: "HH" },
  { key: "electricityLeHouseholds", parts: ["HH_ELECTRICITY"], whole: "HH" },
  { key: "cleanWaterLeHouseholds", parts: ["HH_CLEAN_WATER"], whole: "HH" },
  { key: "householdsLePopulation", parts: ["HH"], whole: "POP" },
  { key: "insuredLePopulation", parts: ["HEALTH_INSURED"], whole: "POP" },
  { key: "outOfSchoolLePopulation", parts: ["OUT_OF_SCHOOL"], whole: "POP" },
  { key: "prestigiousLePopulation", parts: ["PRESTIGIOUS"], whole: "POP" },
];

export type RuleViolation = { rule: string; codes: readonly string[] };

/** The rules broken by one unit × group × year's values (indicator code → value). */
export function crossRuleViolations(values: ReadonlyMap<string, number>): RuleViolation[] {
  const broken: RuleViolation[] = [];
  for (const rule of CROSS_RULES) {
    const whole = values.get(rule.whole);
    const parts = rule.parts.map((code) => values.get(code));
    if (whole === undefined || parts.some((part) => part === undefined)) continue;
    const sum = parts.reduce<number>((total, part) => total + part!, 0);
    if (sum > whole) broken.push({ rule: rule.key, codes: rule.parts });
  }
  return broken;
}

/**
 * For counts: the values of the ethnic groups of one unit may not add up to more than the value
 * entered for all groups. Returns true when they do.
 */
export function groupsExceedTotal(total: number | undefined, groupValues: readonly number[]): boolean {
  if (total === undefined || groupValues.length === 0) return false;
  return groupValues.reduce((sum, value) => sum + value, 0) > total;
}
