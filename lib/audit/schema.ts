import { z } from "zod";
import { optionalParam, pageParam } from "@/lib/http/search-params";

const day = optionalParam(10).pipe(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
);

/** Filters of the audit log page, from the query string. */
export const ZAuditFilters = z.object({
  actorId: optionalParam(40),
  entityType: optionalParam(40),
  entityId: optionalParam(40),
  from: day,
  to: day,
  page: pageParam,
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;
