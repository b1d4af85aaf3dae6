import { z } from "zod";
import { INDICATOR_KEYS } from "./types";

/** A target typed in the form; empty means "the plan's default". */
export const ZSaveTarget = z.object({
  key: z.enum(INDICATOR_KEYS, { error: "training:errors.targetUnknown" }),
  value: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const number = Number(value.replace(",", "."));
      if (!Number.isFinite(number) || number < 0 || number > 100_000) {
        ctx.addIssue({ code: "custom", message: "training:errors.valueInvalid" });
        return z.NEVER;
      }
      return number;
    }),
});
export type TSaveTarget = z.infer<typeof ZSaveTarget>;
