import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { ZEmail, ZPassword } from "@/lib/auth/schema";
import { optionalParam, pageParam } from "@/lib/http/search-params";

const profile = {
  email: ZEmail,
  name: z
    .string({ error: "name.required" })
    .trim()
    .min(1, { error: "name.required" })
    .max(120, { error: "name.tooLong" }),
  role: z.enum(ROLES, { error: "role.invalid" }),
  communeId: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null),
};

/** A cadre belongs to one commune; other roles to none (a leftover choice is dropped). */
function communeRule<T extends { role: string; communeId: string | null }>(value: T, ctx: z.RefinementCtx) {
  if (value.role === "COMMUNE_CADRE" && !value.communeId) {
    ctx.addIssue({ code: "custom", path: ["communeId"], message: "commune.required" });
  }
}
const dropCommuneUnlessCadre = <T extends { role: string; communeId: string | null }>(value: T): T => ({
  ...value,
  communeId: value.role === "COMMUNE_CADRE" ? value.communeId : null,
});

export const ZCreateUser = z
  .object({ ...profile, password: ZPassword })
  .superRefine(communeRule)
  .transform(dropCommuneUnlessCadre);
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z
  .object({ id: z.string().min(1), ...profile })
  .superRefine(communeRule)
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
