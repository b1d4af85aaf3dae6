import "server-only";
import type { IndicatorKey, ProgrammeIndicator } from "../types";
import { datasetCompleteness } from "./dataset";
import { forumAnsweredOnTime } from "./forum";
import { libraryItemsAdded } from "./library";
import { minorityContentShare } from "./content";
import { prestigiousInformed } from "./relays";
import { cadresTrained } from "./training";

/** Every indicator of the plan, in the order the page and the report show them. */
export const PROGRAMME_INDICATORS: readonly ProgrammeIndicator[] = [
  prestigiousInformed,
  forumAnsweredOnTime,
  minorityContentShare,
  cadresTrained,
  datasetCompleteness,
  libraryItemsAdded,
];

export function indicatorOf(key: string): ProgrammeIndicator | undefined {
  return PROGRAMME_INDICATORS.find((indicator) => indicator.key === (key as IndicatorKey));
}
