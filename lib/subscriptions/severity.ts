import type { NoticeSeverity } from "@/lib/generated/prisma/enums";
import { NOTICE_SEVERITIES } from "@/lib/notices/states";

/** The severities at or above `min` (EXTREME is the highest). */
export function severitiesFrom(min: NoticeSeverity): NoticeSeverity[] {
  return NOTICE_SEVERITIES.slice(0, NOTICE_SEVERITIES.indexOf(min) + 1);
}

/** Severities whose notices go to prestigious persons as relays. */
export const RELAY_SEVERITIES: readonly NoticeSeverity[] = ["EXTREME", "SEVERE"];
