/* eslint-disable max-lines -- the product and producer forms and filters; the OCOP and season fields are shared between them */
import { z } from "zod";
import { ZId as ZIdField, ZOptionalId, optionalText, requiredText, slugField } from "@/lib/text/fields";
import { optionalParam, pageParam } from "@/lib/http/search-params";
import { LOCALES } from "@/lib/i18n/config";
import { normalizeVietnamesePhone } from "@/lib/text/phone";

export const PRODUCER_KINDS = ["COOPERATIVE", "ENTERPRISE", "HOUSEHOLD", "ARTISAN_GROUP"] as const;
/** The six OCOP groups, then OTHER. */
export const PRODUCT_CATEGORIES = ["FOOD", "BEVERAGE", "HERBAL", "TEXTILE", "HANDICRAFT", "TOURISM", "OTHER"] as const;
export const OCOP_STARS = [3, 4, 5] as const;
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

const id = ZIdField;
const optionalId = ZOptionalId;
// Cleaned of control and bidi characters (lib/text/fields.ts): this text reaches feeds and XML.
const text = requiredText;

/** A Vietnamese phone number in any usual writing, stored normalised ("0912345678"); empty: none. */
export const ZPhone = z
  .string()
  .trim()
  .max(40, { error: "phone.invalid" })
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const normalised = normalizeVietnamesePhone(value);
    if (!normalised) {
      ctx.addIssue({ code: "custom", message: "phone.invalid" });
      return z.NEVER;
    }
    return normalised;
  });

/** An http(s) address, or empty. */
const ZUrl = z
  .string()
  .trim()
  .max(500, { error: "products:errors.product.urlInvalid" })
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), { error: "products:errors.product.urlInvalid" });

/** A number typed in a form ("" = none); Vietnamese readers write 150.000 or 150 000. */
const optionalNumber = (message: string, parse: (raw: string) => number) =>
  z
    .string()
    .trim()
    .max(30, { error: message })
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const number = parse(value);
      if (!Number.isFinite(number)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return number;
    });
const parsePrice = (raw: string) => (/^\d{1,3}([ .,]?\d{3})*$/.test(raw) ? Number(raw.replace(/[ .,]/g, "")) : Number.NaN);
const parseCoordinate = (raw: string) => (/^-?\d{1,3}([.,]\d+)?$/.test(raw) ? Number(raw.replace(",", ".")) : Number.NaN);

/** A slug as typed (or empty: made from the name). */
const productSlug = slugField("products:errors.product.slugInvalid");

/** A producer as the back-office form sends it (ethnic groups as a comma-joined list of ids). */
export const ZProducer = z
  .object({
    id: optionalId,
    name: text(200, "products:errors.producer.nameRequired", "products:errors.producer.nameTooLong"),
    slug: productSlug,
    kind: z.enum(PRODUCER_KINDS, { error: "products:errors.producer.kindInvalid" }),
    communeId: z
      .string({ error: "products:errors.producer.communeRequired" })
      .trim()
      .min(1, { error: "products:errors.producer.communeRequired" })
      .max(40),
    villageId: optionalId,
    ethnicGroupIds: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .transform((value) =>
        value
          ? [
              ...new Set(
                value
                  .split(",")
                  .map((part) => part.trim())
                  .filter(Boolean),
              ),
            ]
          : [],
      ),
    story: optionalText(4000, "products:errors.producer.storyTooLong").transform((value) => value ?? ""),
    storyEn: optionalText(4000, "products:errors.producer.storyTooLong"),
    phone: ZPhone,
    zalo: ZPhone,
    address: optionalText(300, "products:errors.producer.addressTooLong"),
    website: ZUrl,
    latitude: optionalNumber("products:errors.producer.coordinatesInvalid", parseCoordinate),
    longitude: optionalNumber("products:errors.producer.coordinatesInvalid", parseCoordinate),
  })
  .superRefine((value, ctx) => {
    const { latitude, longitude } = value;
    if ((latitude === null) !== (longitude === null))
      ctx.addIssue({ code: "custom", path: ["longitude"], message: "products:errors.producer.coordinatesBoth" });
    if (latitude !== null && (latitude < -90 || latitude > 90))
      ctx.addIssue({ code: "custom", path: ["latitude"], message: "products:errors.producer.coordinatesInvalid" });
    if (longitude !== null && (longitude < -180 || longitude > 180))
      ctx.addIssue({ code: "custom", path: ["longitude"], message: "products:errors.producer.coordinatesInvalid" });
  });
export type TProducer = z.infer<typeof ZProducer>;

/**
 * A date typed in the back office ("2025-03-15"), a calendar day. `now` decides "in the future"
 * in the province's time (UTC+7).
 */
const ZDay = z
  .string()
  .trim()
  .max(10)
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "products:errors.product.dateInvalid" });
      return z.NEVER;
    }
    return date;
  });

/** Today in the province (UTC+7), as a UTC midnight date. */
export function provinceToday(now = new Date()): Date {
  const local = new Date(now.getTime() + 7 * 60 * 60 * 1000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

type SettingsValue = {
  priceMin: number | null;
  priceMax: number | null;
  ocopStars: number | null;
  ocopDecision: string | null;
  ocopDate: Date | null;
};

/** Rules across fields: price min ≤ max, a rating needs its decision and date, no future date. */
function settingsRules(value: SettingsValue, ctx: z.RefinementCtx) {
  if (value.priceMin !== null && value.priceMax !== null && value.priceMin > value.priceMax) {
    ctx.addIssue({ code: "custom", path: ["priceMax"], message: "products:errors.product.priceRange" });
  }
  for (const field of ["priceMin", "priceMax"] as const) {
    const price = value[field];
    if (price !== null && price > 2_000_000_000)
      ctx.addIssue({ code: "custom", path: [field], message: "products:errors.product.priceInvalid" });
  }
  if (value.ocopStars !== null) {
    if (!value.ocopDecision) ctx.addIssue({ code: "custom", path: ["ocopDecision"], message: "products:errors.product.decisionRequired" });
    if (!value.ocopDate) ctx.addIssue({ code: "custom", path: ["ocopDate"], message: "products:errors.product.dateRequired" });
  }
  if (value.ocopDate && value.ocopDate > provinceToday())
    ctx.addIssue({ code: "custom", path: ["ocopDate"], message: "products:errors.product.dateInFuture" });
}

const RULE_FIELDS = ["priceMin", "priceMax", "ocopStars", "ocopDecision", "ocopDate"];
/** Run the cross-field rules even when other fields are wrong, so every problem shows at once. */
const rulesWhen = {
  when: (payload: z.core.ParsePayload<unknown>) => payload.issues.every((issue) => !RULE_FIELDS.includes(String(issue.path?.[0]))),
};

/**
 * A product's settings: producer, category, price range, season, traceability, OCOP rating.
 * Months come as checkboxes (several `months` values), joined to "1,2,3" by the action.
 */
export const ZProductSettings = z
  .object({
    id: optionalId,
    producerId: z
      .string({ error: "products:errors.product.producerRequired" })
      .trim()
      .min(1, { error: "products:errors.product.producerRequired" })
      .max(40),
    category: z.enum(PRODUCT_CATEGORIES, { error: "products:errors.product.categoryInvalid" }),
    priceMin: optionalNumber("products:errors.product.priceInvalid", parsePrice),
    priceMax: optionalNumber("products:errors.product.priceInvalid", parsePrice),
    months: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((value, ctx) => {
        const parts = value ? value.split(",").map((part) => Number(part)) : [];
        if (parts.some((month) => !Number.isInteger(month) || month < 1 || month > 12)) {
          ctx.addIssue({ code: "custom", message: "products:errors.product.monthsInvalid" });
          return z.NEVER;
        }
        return [...new Set(parts)].sort((a, b) => a - b);
      }),
    traceUrl: ZUrl,
    ocopStars: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return null;
        const stars = Number(value);
        if (!(OCOP_STARS as readonly number[]).includes(stars)) {
          ctx.addIssue({ code: "custom", message: "products:errors.product.starsInvalid" });
          return z.NEVER;
        }
        return stars;
      }),
    ocopDecision: optionalText(100, "products:errors.product.decisionTooLong"),
    ocopDate: ZDay,
  })
  .superRefine(settingsRules, rulesWhen);
export type TProductSettings = z.infer<typeof ZProductSettings>;

const translationFields = {
  name: text(200, "products:errors.product.nameRequired", "products:errors.product.nameTooLong"),
  slug: productSlug,
  description: text(10_000, "products:errors.product.descriptionRequired", "products:errors.product.descriptionTooLong"),
  ingredients: optionalText(2000, "products:errors.product.textTooLong"),
  process: optionalText(4000, "products:errors.product.textTooLong"),
  unit: optionalText(60, "products:errors.product.unitTooLong"),
};

/** A new product: its settings and its Vietnamese text. */
export const ZCreateProduct = z.object({ ...ZProductSettings.shape, ...translationFields }).superRefine(settingsRules, rulesWhen);
export type TCreateProduct = z.infer<typeof ZCreateProduct>;

/** One language of a product. */
export const ZProductTranslation = z.object({
  productId: id,
  locale: z.enum(LOCALES, { error: "products:errors.product.localeInvalid" }),
  ...translationFields,
});
export type TProductTranslation = z.infer<typeof ZProductTranslation>;

export const ZId = z.object({ id });
export const ZPublish = z.object({ id, published: z.enum(["true", "false"]).transform((value) => value === "true") });
export const ZMovePhoto = z.object({ id, direction: z.enum(["up", "down"]) });

/** Filters of the public list (never an error). */
export const ZPublicProductFilters = z.object({
  category: z.enum(PRODUCT_CATEGORIES).optional().catch(undefined),
  commune: optionalParam(100),
  stars: z.coerce.number().int().min(3).max(5).optional().catch(undefined),
  season: z.enum(["now"]).optional().catch(undefined),
  page: pageParam,
});
export type TPublicProductFilters = z.infer<typeof ZPublicProductFilters>;

/** Filters of the back-office lists. */
export const ZAdminProductFilters = z.object({
  category: z.enum(PRODUCT_CATEGORIES).optional().catch(undefined),
  communeId: optionalParam(40),
  stars: z.coerce.number().int().min(3).max(5).optional().catch(undefined),
  missing: z.enum(["en"]).optional().catch(undefined),
  expiring: z.enum(["1"]).optional().catch(undefined),
  q: optionalParam(100),
  page: pageParam,
});
export type TAdminProductFilters = z.infer<typeof ZAdminProductFilters>;

export const ZAdminProducerFilters = z.object({
  communeId: optionalParam(40),
  kind: z.enum(PRODUCER_KINDS).optional().catch(undefined),
  q: optionalParam(100),
  page: pageParam,
});
export type TAdminProducerFilters = z.infer<typeof ZAdminProducerFilters>;
