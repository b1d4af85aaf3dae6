import type { ProgrammeIndicator } from "../types";

/*
 * Two indicators count data that other parts of the portal produce, not yet on this branch:
 * - prestigious persons who received and acknowledged notices and policy articles: the relays of
 *   the reach issue (14);
 * - the share of published content available in each minority language: the approved
 *   translations of the translation workbench (13).
 * Until they are wired they say so ("not yet measured"), never zero.
 * FIXME(merge): replace `measure`/`rows` here with the real counts once the relays and the
 * workbench are in main (same interface; `parts` carries the per-language shares).
 */

export const prestigiousInformed: ProgrammeIndicator = {
  key: "prestigiousInformed",
  unit: "percent",
  defaultTarget: 100, // KH 64: 100% of prestigious persons grasp the policies
  measure: async () => ({ status: "notMeasured", reason: "relays" }),
  rows: async () => null,
};

export const minorityContentShare: ProgrammeIndicator = {
  key: "minorityContentShare",
  unit: "percent",
  defaultTarget: null, // the plan sets no number
  measure: async () => ({ status: "notMeasured", reason: "workbench" }),
  rows: async () => null,
};
