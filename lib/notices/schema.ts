import { z } from "zod";
import { ZId, optionalText, requiredText } from "@/lib/text/fields";
import { optionalParam, pageParam } from "@/lib/http/search-params";
import { LOCALES } from "@/lib/i18n/config";
import { NOTICE_CATEGORIES, NOTICE_CERTAINTIES, NOTICE_HAZARDS, NOTICE_SEVERITIES, NOTICE_URGENCIES } from "./states";

/** Messages are keys of the `notices` namespace's `errors` group (or the shared `errors`). */
const E = (key: string) => `notices:errors.${key}`;

const id = ZId;
/** Cleaned of control characters first (lib/text/fields.ts): the text goes into CAP, Atom and RSS XML. */
const text = (max: number, field: string) => requiredText(max, E(`${field}Required`), E(`${field}TooLong`));

/**
 * A time typed in the back office ("2026-12-01T07:30", from datetime-local) is the province's
 * time (UTC+7, no daylight saving); whole minutes.
 */
const provinceTime = (required: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) {
        if (required) ctx.addIssue({ code: "custom", message: E(required) });
        return required ? z.NEVER : null;
      }
      const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? new Date(`${value}:00+07:00`) : new Date(Number.NaN);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: "custom", message: E("timeInvalid") });
        return z.NEVER;
      }
      return date;
    });

/**
 * The area comes as one checkbox per unit (`area.<unitId>`) plus `provinceWide`: plain form
 * fields, so the picker works without JavaScript.
 */
function collectArea(raw: unknown) {
  if (typeof raw !== "object" || raw === null) return raw;
  const record = raw as Record<string, unknown>;
  const unitIds = Object.keys(record)
    .filter((key) => key.startsWith("area.") && record[key])
    .map((key) => key.slice(5));
  return { ...record, unitIds, provinceWide: record.provinceWide === "on" || record.provinceWide === "true" };
}

const settingsObject = z.object({
  category: z.enum(NOTICE_CATEGORIES, { error: E("categoryInvalid") }),
  hazard: z
    .enum(NOTICE_HAZARDS, { error: E("hazardInvalid") })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  severity: z.enum(NOTICE_SEVERITIES, { error: E("severityRequired") }),
  urgency: z.enum(NOTICE_URGENCIES, { error: E("urgencyRequired") }),
  certainty: z.enum(NOTICE_CERTAINTIES, { error: E("certaintyRequired") }),
  provinceWide: z.boolean(),
  unitIds: z.array(z.string().min(1).max(40)).max(500),
  /** Empty: from now on. */
  effectiveAt: provinceTime(""),
  expiresAt: provinceTime("expiresRequired"),
});

type Settings = z.infer<typeof settingsObject>;
type Loose = Partial<Record<keyof Settings, unknown>>;

/*
 * Rules across fields, each reported on its own field, and checked even when another field is
 * wrong (`when`), so the user sees every problem at once. The values may be partly unparsed.
 */
const always = { when: () => true };
const crossField = <T extends z.ZodType<Settings>>(schema: T) =>
  schema
    .refine((value: Loose) => value.category !== "DISASTER" || Boolean(value.hazard), {
      ...always,
      path: ["hazard"],
      error: E("hazardRequired"),
    })
    .refine((value: Loose) => value.provinceWide === true || (Array.isArray(value.unitIds) && value.unitIds.length > 0), {
      ...always,
      path: ["area"],
      error: E("areaRequired"),
    })
    .refine(
      (value: Loose) => {
        if (!(value.expiresAt instanceof Date)) return true;
        const effective = value.effectiveAt instanceof Date ? value.effectiveAt : new Date();
        return value.expiresAt > effective;
      },
      { ...always, path: ["expiresAt"], error: E("expiresBeforeEffective") },
    );

const translationFields = {
  headline: text(160, "headline"),
  description: text(5000, "description"),
  instruction: text(2000, "instruction"),
};

/** A new notice: its settings, area and Vietnamese text. */
export const ZCreateNotice = z.preprocess(collectArea, crossField(settingsObject.extend(translationFields)));
export type TCreateNotice = z.infer<typeof ZCreateNotice>;

/** A draft's settings and area. */
export const ZNoticeSettings = z.preprocess(collectArea, crossField(settingsObject.extend({ id })));
export type TNoticeSettings = z.infer<typeof ZNoticeSettings>;

/** One language of a draft. */
export const ZSaveNoticeTranslation = z.object({
  noticeId: id,
  locale: z.enum(LOCALES, { error: E("localeInvalid") }),
  ...translationFields,
});
export type TSaveNoticeTranslation = z.infer<typeof ZSaveNoticeTranslation>;

export const ZNoticeId = z.object({ id });

export const ZCancelNotice = z.object({ id, reason: text(500, "reason") });
export type TCancelNotice = z.infer<typeof ZCancelNotice>;

/** `note`, not `reason`: both forms are on one page, and field ids must differ. */
export const ZAllClearNotice = z.object({
  id,
  note: optionalText(500, E("reasonTooLong")),
});
export type TAllClearNotice = z.infer<typeof ZAllClearNotice>;

/** Filters of the back-office list (never an error). */
export const ZAdminNoticeFilters = z.object({
  status: z.enum(["DRAFT", "ACTIVE", "EXPIRED", "CANCELLED", "ALL_CLEAR"]).optional().catch(undefined),
  category: z.enum(NOTICE_CATEGORIES).optional().catch(undefined),
  communeId: optionalParam(40),
  /** Issued by commune cadres (the dashboard's "issued by communes, last 7 days"). */
  issuedBy: z.literal("communes").optional().catch(undefined),
  page: pageParam,
});
export type TAdminNoticeFilters = z.infer<typeof ZAdminNoticeFilters>;

/** Filters of the public list. */
export const ZPublicNoticeFilters = z.object({
  commune: optionalParam(100),
  category: z.enum(NOTICE_CATEGORIES).optional().catch(undefined),
  archive: z.literal("1").optional().catch(undefined),
  page: pageParam,
});
export type TPublicNoticeFilters = z.infer<typeof ZPublicNoticeFilters>;
