import { z } from "zod";
import { cleanText } from "@/lib/text/fields";

/**
 * A query-string filter: absent, empty or malformed all mean "not filtered" — a hand-edited
 * address gives the unfiltered list, never an error page. Cleaned like form text first: a NUL
 * or a lone surrogate in an address must not reach the database (PostgreSQL refuses them).
 */
export const optionalParam = (max = 100) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(max))
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined);

export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);
