import { z } from "zod";

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "text.tooLong" })
    .optional()
    .transform((value) => value || null);

/** An administrator confirms a group's GSO code (two digits, unique) and its names. */
export const ZUpdateEthnicGroup = z.object({
  id: z.string().min(1),
  code: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || /^\d{2}$/.test(value), { error: "ethnicCode.invalid" }),
  name: z.string().trim().min(1, { error: "unitName.required" }).max(80, { error: "unitName.tooLong" }),
  altNames: optional(160),
  nameEn: optional(80),
});
export type TUpdateEthnicGroup = z.infer<typeof ZUpdateEthnicGroup>;
