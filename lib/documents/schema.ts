import { z } from "zod";
import { LegalDocumentStatus, LegalDocumentType } from "@/lib/generated/prisma/enums";
import { ZCheckboxList, ZId, requiredText } from "@/lib/text/fields";
import { foldVietnamese } from "@/lib/text/slug";

export const DOCUMENT_TYPES = Object.values(LegalDocumentType);
export const DOCUMENT_STATUSES = Object.values(LegalDocumentStatus);

/**
 * A number and symbol folded for look-up: no diacritics, no separators, lower case.
 * "414/QĐ-TTg", "414 qd ttg" and "414-QD/TTG" all give "414qdttg".
 */
export function numberKey(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]/g, "");
}

/** A calendar day typed as yyyy-mm-dd (the date input), kept as that day at midnight UTC. */
const day = (required: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .refine(
      (value) => (value === null ? !required : /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))),
      {
        error: required ? "required" : "date.invalid",
      },
    )
    .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null));

export const ZLegalDocumentInput = z
  .object({
    id: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((value) => value || null),
    number: requiredText(60, "required", "text.tooLong"),
    type: z.enum(LegalDocumentType, { error: "required" }),
    issuer: requiredText(200, "required", "text.tooLong"),
    title: requiredText(500, "required", "text.tooLong"),
    signedOn: day(true),
    effectiveOn: day(false),
    status: z.enum(LegalDocumentStatus, { error: "required" }),
    replacedById: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((value) => value || null),
    field: requiredText(120, "required", "text.tooLong"),
    summary: requiredText(4000, "required", "text.tooLong"),
    published: z
      .string()
      .optional()
      .transform((value) => value === "on" || value === "true"),
  })
  .refine((input) => input.status !== "REPLACED" || input.replacedById !== null, {
    path: ["replacedById"],
    error: "documents.replacedByRequired",
  })
  .refine((input) => input.replacedById === null || input.replacedById !== input.id, {
    path: ["replacedById"],
    error: "documents.replacedBySelf",
  });
export type TLegalDocumentInput = z.output<typeof ZLegalDocumentInput>;

export const ZDeleteDocument = z.object({ id: ZId });

/** The documents an article explains: a list of ids (checkbox group). */
export const ZArticleDocuments = z.object({
  articleId: ZId,
  documentIds: ZCheckboxList.pipe(z.array(z.string().max(40)).max(50)),
});

export const ZSynonymInput = z.object({
  id: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => value || null),
  term: requiredText(60, "required", "text.tooLong"),
  expansion: requiredText(200, "required", "text.tooLong"),
});
export type TSynonymInput = z.output<typeof ZSynonymInput>;
export const ZDeleteSynonym = z.object({ id: ZId });

/** Public list filters (from the query string): anything unknown is ignored. */
export const ZDocumentFilters = z.object({
  q: z.string().max(200).optional().catch(undefined),
  type: z.enum(LegalDocumentType).optional().catch(undefined),
  status: z.enum(LegalDocumentStatus).optional().catch(undefined),
  field: z.string().max(120).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});
export type TDocumentFilters = z.output<typeof ZDocumentFilters>;

/** The fields of a legal document as the register edits and audits them. */
export type DocumentFields = {
  number: string;
  type: string;
  issuer: string;
  title: string;
  signedOn: Date;
  effectiveOn: Date | null;
  status: string;
  replacedById: string | null;
  field: string;
  summary: string;
  published: boolean;
};
