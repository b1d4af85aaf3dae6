import type { ProgrammeIndicator } from "../types";

/*
 * The share of published content available in each minority language counts the approved
 * translations of the translation workbench; until that is in the portal the indicator says so
 * ("not yet measured"), never zero. `parts` will carry the per-language shares.
 */

export const minorityContentShare: ProgrammeIndicator = {
  key: "minorityContentShare",
  unit: "percent",
  defaultTarget: null, // the plan sets no number
  measure: async () => ({ status: "notMeasured", reason: "workbench" }),
  rows: async () => null,
};
