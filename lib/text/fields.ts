import { z } from "zod";

/**
 * Text typed into any form is kept as plain text and always rendered escaped; on top of that,
 * characters that only serve to disguise it, or that no XML document may hold (CAP alerts, Atom
 * and RSS feeds carry this text), are removed before it is stored: C0/C1 control characters
 * (tabs and line breaks stay), U+FFFE/U+FFFF, lone surrogates, and the bidirectional overrides
 * and isolates that can make text read differently from how it is stored ("Trojan Source").
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function cleanText(input: string): string {
  return input
    .toWellFormed()
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    .replace(BIDI, "")
    .replace(/\n{4,}/g, "\n\n\n")
    .trim();
}

/** An id from a hidden field or a select. */
export const ZId = z.string().trim().min(1).max(40);
/** An optional id from a select: "" means none. */
export const ZOptionalId = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((value) => value || null);

/**
 * Checkboxes of one name: the action pipeline joins the ticked values with commas (lib/run-action.ts);
 * here they become a list without blanks or repeats.
 */
export const ZCheckboxList = z
  .string()
  .optional()
  .transform((value) => [
    ...new Set(
      (value ?? "")
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ]);

/** A setting's optional text: trimmed, empty → null, at most `max` characters. */
export const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "text.tooLong" })
    .transform((value) => value || null)
    .nullable()
    .default(null);

/** Required text: cleaned first, then checked (`tooShort` below `min` characters). */
export const requiredText = (max: number, required: string, tooLong: string, min = 1, tooShort = required) =>
  z
    .string({ error: required })
    .max(max * 2, { error: tooLong }) // a first cheap bound before cleaning a huge input
    .transform(cleanText)
    // One message per problem: empty is "required" (and nothing else), then too short or too long.
    .pipe(z.string().min(1, { error: required }))
    .pipe(z.string().min(min, { error: tooShort }).max(max, { error: tooLong }));

/** A slug as typed, lower-cased (or empty: null, the mutation makes one from the name or title). */
export const slugField = (invalid: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(100, { error: invalid })
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, { error: invalid })
    .optional()
    .transform((value) => value || null);

/** Optional text: cleaned, then checked; empty is null. */
export const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .max(max * 2, { error: tooLong })
    .optional()
    .transform((value) => (value ? cleanText(value) : ""))
    .pipe(z.string().max(max, { error: tooLong }))
    .transform((value) => value || null);
