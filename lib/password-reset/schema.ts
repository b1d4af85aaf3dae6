import { z } from "zod";
import { ZEmail, ZPassword } from "@/lib/auth/schema";

export const ZForgotPassword = z.object({ email: ZEmail });

export const ZResetWithToken = z
  .object({
    token: z.string().min(20).max(100),
    newPassword: ZPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { error: "password.mismatch", path: ["confirmPassword"] });

export const ZIssueResetLink = z.object({ id: z.string().min(1).max(40) });
