import { z } from "zod";
import { normalizeVietnamesePhone } from "@/lib/text/phone";
import { optionalText } from "@/lib/text/fields";

export const ZUnitCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,24}$/, { error: "code.invalid" });

const ZUnitName = z
  .string({ error: "unitName.required" })
  .trim()
  .min(1, { error: "unitName.required" })
  .max(120, { error: "unitName.tooLong" });

/** Editing a commune or a village. */
export const ZUpdateUnit = z.object({
  id: z.string().min(1),
  code: ZUnitCode,
  name: ZUnitName,
  fullName: ZUnitName,
});
export type TUpdateUnit = z.infer<typeof ZUpdateUnit>;

/** Adding a village to a commune. */
export const ZCreateVillage = z.object({
  communeId: z.string().min(1, { error: "commune.required" }),
  code: ZUnitCode,
  name: ZUnitName,
  fullName: ZUnitName,
});
export type TCreateVillage = z.infer<typeof ZCreateVillage>;

/** The commune office's contact, shown on the commune page and the contact page. */
export const ZCommuneContact = z.object({
  id: z.string().min(1),
  officePhone: z
    .string()
    .trim()
    .max(40, { error: "phone.invalid" })
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || normalizeVietnamesePhone(value) !== null, { error: "phone.invalid" }),
  officeAddress: optionalText(300, "text.tooLong"),
  officeHours: optionalText(200, "text.tooLong"),
  officeIsDemo: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
export type TCommuneContact = z.infer<typeof ZCommuneContact>;
