import { z } from "zod";
import { optionalParam } from "@/lib/http/search-params";
import { ALL_GROUPS } from "./aggregate";

/** Years the dataset accepts. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** Largest import file accepted (next.config.ts lets server actions carry a little more). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const IMPORT_FORMATS = ["csv", "xlsx"] as const;

const yearParam = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().catch(undefined);

/** /admin/data?year=&communeId=&group= — bad values mean "not chosen", never an error page. */
export const ZDataFilters = z.object({
  year: yearParam,
  communeId: optionalParam(40),
  group: optionalParam(40),
});
export type TDataFilters = z.infer<typeof ZDataFilters>;

/** /{locale}/data?year=&commune= (commune by slug); the downloads also take &vintage= (an earlier release of the year). */
export const ZPublicDataParams = z.object({
  year: yearParam,
  commune: optionalParam(100),
  vintage: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type TPublicDataParams = z.infer<typeof ZPublicDataParams>;

const CELL_FIELD = /^v\.([^.]+)\.([^.]+)$/;

/**
 * The entry grid as submitted: one field `v.<unitId>.<indicatorId>` per cell. Cells are checked
 * against their indicator in the mutation (it knows the indicators); here only the frame.
 */
export const ZSaveGrid = z
  .looseObject({
    communeId: z.string().min(1),
    year: z.coerce
      .number({ error: "dataset.year.invalid" })
      .int({ error: "dataset.year.invalid" })
      .min(MIN_YEAR, { error: "dataset.year.invalid" })
      .max(MAX_YEAR, { error: "dataset.year.invalid" }),
    groupKey: z.string().min(1).default(ALL_GROUPS),
    source: z
      .string()
      .trim()
      .max(200, { error: "text.tooLong" })
      .optional()
      .transform((value) => value || null),
  })
  .transform(({ communeId, year, groupKey, source, ...rest }) => ({
    communeId,
    year,
    groupKey,
    source,
    cells: Object.entries(rest).flatMap(([field, raw]) => {
      const match = CELL_FIELD.exec(field);
      return match && typeof raw === "string" ? [{ field, unitId: match[1]!, indicatorId: match[2]!, raw }] : [];
    }),
  }));
export type TSaveGrid = z.infer<typeof ZSaveGrid>;

/** The form field of one grid cell. */
export const cellField = (unitId: string, indicatorId: string) => `v.${unitId}.${indicatorId}`;

/** Releasing a year: the whole province (no commune) or one commune, with the public note. */
export const ZRelease = z.object({
  year: z.coerce
    .number({ error: "dataset.year.invalid" })
    .int({ error: "dataset.year.invalid" })
    .min(MIN_YEAR, { error: "dataset.year.invalid" })
    .max(MAX_YEAR, { error: "dataset.year.invalid" }),
  communeId: z
    .string()
    .max(40)
    .optional()
    .transform((value) => value || null),
  note: z
    .string()
    .trim()
    .max(1000, { error: "text.tooLong" })
    .optional()
    .transform((value) => value || null),
});
export type TRelease = z.infer<typeof ZRelease>;

export const ZReleaseFilters = z.object({ year: yearParam });

export const ZImportUpload = z.object({
  file: z
    .instanceof(File, { error: "dataset.import.fileRequired" })
    .refine((file) => file.size > 0, { error: "dataset.import.fileRequired" })
    .refine((file) => file.size <= MAX_IMPORT_BYTES, { error: "dataset.import.tooLarge" })
    .refine((file) => importFormat(file.name) !== null, { error: "dataset.import.format" }),
  /** Chosen by the page, so it can ask how far the work has got. */
  progressToken: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/)
    .optional()
    .catch(undefined),
});

export const ZCommitImport = z.object({
  id: z.string().min(1),
  progressToken: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/)
    .optional()
    .catch(undefined),
});

/** "data.XLSX" → "xlsx"; null for anything else. */
export function importFormat(fileName: string): (typeof IMPORT_FORMATS)[number] | null {
  const ext = fileName.toLowerCase().split(".").pop();
  return ext === "csv" || ext === "xlsx" ? ext : null;
}

const optionalNumber = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const number = Number(value.replace(",", "."));
    if (!Number.isFinite(number)) {
      ctx.addIssue({ code: "custom", message: "dataset.value.notNumber" });
      return z.NEVER;
    }
    return number;
  });
const label = (max: number) => z.string().trim().min(1, { error: "required" }).max(max, { error: "text.tooLong" });
const optionalLabel = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "text.tooLong" })
    .optional()
    .transform((value) => value || null);

/** Creating or editing an indicator. */
export const ZIndicator = z
  .object({
    id: z
      .string()
      .optional()
      .transform((value) => value || null),
    code: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9_]{0,31}$/, { error: "dataset.indicator.code" }),
    nameVi: label(160),
    unitVi: label(40),
    nameEn: optionalLabel(160),
    unitEn: optionalLabel(40),
    valueType: z.enum(["COUNT", "PERCENT", "AMOUNT"], { error: "required" }),
    aggregation: z.enum(["SUM", "WEIGHTED", "NONE"], { error: "required" }),
    weightId: z
      .string()
      .optional()
      .transform((value) => value || null),
    min: optionalNumber,
    max: optionalNumber,
    isPublic: z
      .string()
      .optional()
      .transform((value) => value === undefined || value === "on" || value === "true"),
    sortOrder: z.coerce.number().int().min(0).max(10_000).catch(0),
  })
  .refine((value) => value.aggregation !== "WEIGHTED" || value.weightId !== null, {
    error: "dataset.indicator.weightRequired",
    path: ["weightId"],
  })
  .refine((value) => value.min === null || value.max === null || value.min <= value.max, {
    error: "dataset.indicator.minMax",
    path: ["max"],
  });
export type TIndicator = z.infer<typeof ZIndicator>;

/** A prestigious person (người có uy tín). */
export const ZPrestigiousPerson = z.object({
  id: z
    .string()
    .optional()
    .transform((value) => value || null),
  name: z.string({ error: "name.required" }).trim().min(1, { error: "name.required" }).max(120, { error: "name.tooLong" }),
  groupId: z.string().min(1, { error: "dataset.group.required" }),
  villageId: z.string().min(1, { error: "dataset.village.required" }),
  role: label(120),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || /^[0-9 +().-]{6,20}$/.test(value), { error: "phone.invalid" }),
  /** Agreed to receive notices and policy articles to relay (SMS to `phone`). */
  relayConsent: z
    .string()
    .optional()
    .transform((value) => value === "on"),
  yearRecognised: z.coerce
    .number({ error: "dataset.year.invalid" })
    .int({ error: "dataset.year.invalid" })
    .min(1950, { error: "dataset.year.invalid" })
    .max(MAX_YEAR, { error: "dataset.year.invalid" }),
});
export type TPrestigiousPerson = z.infer<typeof ZPrestigiousPerson>;

export const ZDeletePrestigiousPerson = z.object({ id: z.string().min(1) });

export const ZPersonFilters = z.object({ communeId: optionalParam(40), q: optionalParam(100) });
