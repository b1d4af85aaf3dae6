import { z } from "zod";

/**
 * A query-string filter: absent, empty or malformed all mean "not filtered" — a hand-edited
 * address gives the unfiltered list, never an error page.
 */
export const optionalParam = (max = 100) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined);

export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);
