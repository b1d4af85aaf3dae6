import type {
  NoticeCategory,
  NoticeCertainty,
  NoticeHazard,
  NoticeMsgType,
  NoticeSeverity,
  NoticeState,
  NoticeUrgency,
} from "@/lib/generated/prisma/enums";
import { isLocale, languageOf } from "@/lib/i18n/config";

export const NOTICE_CATEGORIES = ["HEALTH", "DISASTER", "SECURITY", "FOREST", "OTHER"] as const satisfies readonly NoticeCategory[];
export const NOTICE_HAZARDS = [
  "FLOOD",
  "LANDSLIDE",
  "FLASH_FLOOD",
  "STORM",
  "COLD_SPELL",
  "DROUGHT",
  "WILDFIRE",
] as const satisfies readonly NoticeHazard[];
/** Most severe first: the order of the banner and of lists. */
export const NOTICE_SEVERITIES = ["EXTREME", "SEVERE", "MODERATE", "MINOR"] as const satisfies readonly NoticeSeverity[];
export const NOTICE_URGENCIES = ["IMMEDIATE", "EXPECTED", "FUTURE"] as const satisfies readonly NoticeUrgency[];
export const NOTICE_CERTAINTIES = ["OBSERVED", "LIKELY", "POSSIBLE"] as const satisfies readonly NoticeCertainty[];

/** Sort key: 0 for the most severe. */
export function severityRank(severity: NoticeSeverity): number {
  return NOTICE_SEVERITIES.indexOf(severity);
}

type VersionState = { state: NoticeState; msgType: NoticeMsgType; allClear: boolean; expiresAt: Date | string };

/**
 * What a version is, for the public and the back office:
 * draft; active (issued, not ended, not expired); expired (by time: no job changes anything);
 * cancelled; allClear; superseded (an older version).
 */
export type NoticeStatus = "DRAFT" | "ACTIVE" | "EXPIRED" | "CANCELLED" | "ALL_CLEAR" | "SUPERSEDED";

export function noticeStatus(notice: VersionState, now: Date): NoticeStatus {
  if (notice.state === "DRAFT") return "DRAFT";
  if (notice.state === "SUPERSEDED") return "SUPERSEDED";
  if (notice.msgType === "CANCEL") return "CANCELLED";
  if (notice.allClear) return "ALL_CLEAR";
  return new Date(notice.expiresAt) > now ? "ACTIVE" : "EXPIRED";
}

/**
 * The steps of the lifecycle, each its own action:
 * issue (a draft — the first version or a prepared update — becomes current; the version it
 * supersedes steps back), update (prepares a new draft version of an issued notice),
 * cancel (with a reason) and allClear (the threat is over), both issued at once as new versions.
 */
export type NoticeStep = "edit" | "issue" | "update" | "cancel" | "allClear";

/** Why `step` cannot happen to this version now (an `errors` key), or null when it can. */
export function stepProblem(
  notice: VersionState & { hasVietnamese?: boolean; hasDraftUpdate?: boolean },
  step: NoticeStep,
  now: Date,
): string | null {
  const status = noticeStatus(notice, now);
  if (step === "edit" || step === "issue") {
    if (status !== "DRAFT") return "notice.wrongState";
    if (step === "issue" && notice.hasVietnamese === false) return "notice.vietnameseRequired";
    if (step === "issue" && new Date(notice.expiresAt) <= now) return "notice.alreadyExpired";
    return null;
  }
  // Update, cancel and all-clear follow an issued version that is still in force.
  if (status !== "ACTIVE") return "notice.wrongState";
  if (step === "update" && notice.hasDraftUpdate) return "notice.updatePending";
  return null;
}

/** CAP 1.2 category of a notice (lib/notices/cap.ts). */
export function capCategory(category: NoticeCategory, hazard: NoticeHazard | null): string {
  if (category === "HEALTH") return "Health";
  if (category === "SECURITY") return "Security";
  if (category === "FOREST") return "Env";
  if (category === "OTHER") return "Other";
  if (hazard === "LANDSLIDE") return "Geo";
  if (hazard === "WILDFIRE") return "Fire";
  return "Met";
}

const CAP_WORD = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();
/** CAP's spelling of severity, urgency and certainty ("SEVERE" → "Severe"). */
export const capWord = CAP_WORD;

/** The language of an `<info>` block: vi-VN and en-US; the minority languages by their ISO 639-3 code. */
export function capLanguage(locale: string): string {
  return isLocale(locale) ? languageOf(locale).cap : locale;
}

/** A time as the back office's datetime-local field shows it: the province's time (UTC+7), minutes. */
export function provinceInputTime(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}
