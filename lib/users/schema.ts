import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { ZEmail, ZPassword } from "@/lib/auth/schema";
import { optionalParam, pageParam } from "@/lib/http/search-params";

const profile = {
  email: ZEmail,
  name: z.string({ error: "name.required" }).trim().min(1, { error: "name.required" }).max(120, { error: "name.tooLong" }),
  role: z.enum(ROLES, { error: "role.invalid" }),
  communeId: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null),
};

/**
 * A cadre belongs to one commune; other roles to none (a leftover choice is dropped).
 * Checked even when other fields are wrong, so the form reports every problem at once.
 */
function cadreNeedsCommune(value: { role: string; communeId: string | null }) {
  return value.role !== "COMMUNE_CADRE" || Boolean(value.communeId);
}
const cadreNeedsCommuneParams = {
  error: "commune.required",
  path: ["communeId"],
  when: (payload: z.core.ParsePayload<unknown>) =>
    payload.issues.every((issue) => issue.path?.[0] !== "role" && issue.path?.[0] !== "communeId"),
};
const dropCommuneUnlessCadre = <T extends { role: string; communeId: string | null }>(value: T): T => ({
  ...value,
  communeId: value.role === "COMMUNE_CADRE" ? value.communeId : null,
});

export const ZCreateUser = z
  .object({ ...profile, password: ZPassword })
  .refine(cadreNeedsCommune, cadreNeedsCommuneParams)
  .transform(dropCommuneUnlessCadre);
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z
  .object({ id: z.string().min(1), ...profile })
  .refine(cadreNeedsCommune, cadreNeedsCommuneParams)
  .transform(dropCommuneUnlessCadre);
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZSetUserActive = z.object({
  id: z.string().min(1),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const ZResetPassword = z.object({ id: z.string().min(1), password: ZPassword });

export const ZUserFilters = z.object({
  q: optionalParam(100),
  role: z.enum(ROLES).optional().catch(undefined),
  communeId: optionalParam(40),
  status: z.enum(["active", "inactive"]).optional().catch(undefined),
  page: pageParam,
});
export type TUserFilters = z.infer<typeof ZUserFilters>;
