import { z } from "zod";

/** Messages are keys of the `errors` namespace. */
export const ZEmail = z
  .string({ error: "email.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "email.required" })
  .max(254, { error: "email.invalid" })
  .pipe(z.email({ error: "email.invalid" }));

export const ZPassword = z
  .string({ error: "password.required" })
  .min(8, { error: "password.tooShort" })
  .max(200, { error: "password.tooLong" })
  // One message per problem: a short password is told it is short, not also that it is weak.
  .refine((value) => value.length < 8 || value.length > 200 || (/\p{L}/u.test(value) && /\d/.test(value)), {
    error: "password.weak",
  });

export const ZSignIn = z.object({
  email: ZEmail,
  // Checked against the stored hash only: no format rules at sign-in.
  password: z.string({ error: "password.required" }).min(1, { error: "password.required" }).max(200, { error: "password.tooLong" }),
  next: z.string().max(2000).optional(),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZChangeOwnPassword = z
  .object({
    currentPassword: z.string().min(1, { error: "password.required" }).max(200, { error: "password.tooLong" }),
    newPassword: ZPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    error: "password.mismatch",
    path: ["confirmPassword"],
  });

/** Lifting a sign-in lock: the throttle row's key ("accountAddress:<e-mail> <address>" or "ip:<address>"). */
export const ZLiftSignInLock = z.object({ key: z.string().min(1).max(400) });
