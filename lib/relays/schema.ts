import { z } from "zod";
import { ZId } from "@/lib/text/fields";

export const ZRelayStep = z.object({
  token: z.string().min(1).max(200),
  step: z.enum(["received", "relayed", "stop"]),
  households: z
    .string()
    .trim()
    .max(6)
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .refine((value) => value === null || (Number.isInteger(value) && value >= 0 && value <= 100_000), { error: "reach:errors.number" }),
});

export const ZSendArticle = z.object({
  articleId: ZId,
  communeId: z
    .string()
    .trim()
    .max(40)
    .transform((value) => value || null),
});

export const ZRemind = z.object({
  subjectType: z.enum(["Notice", "Article"]),
  subjectId: ZId,
  communeId: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => value || null),
});
