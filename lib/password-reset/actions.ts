"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { echoValues, failure, invalid, success, type FormState } from "@/lib/action-result";
import { clientIp } from "@/lib/http/client-ip";
import { formFields } from "@/lib/http/form-fields";
import { defineAction } from "@/lib/run-action";
import { issueResetLink, requestPasswordReset, resetWithToken } from "./mutations";
import { ZForgotPassword, ZIssueResetLink, ZResetWithToken } from "./schema";

/** "Forgot password": always the same answer (no one learns whether an address has an account). */
export async function forgotPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const fields = formFields(formData);
  if (!fields.ok) return failure("invalid", "form.badRequest", values);
  const parsed = ZForgotPassword.safeParse(fields.fields);
  if (!parsed.success) return invalid(parsed.error, values);
  const outcome = await requestPasswordReset(parsed.data.email, clientIp(await headers()));
  if (outcome === "throttled") return failure("locked", "everyday:reset.throttled", values);
  return success("everyday:reset.requested");
}

/** The one-time link's form: a new password, then to sign-in. */
export async function resetPasswordWithTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ["newPassword", "confirmPassword", "token"]);
  const fields = formFields(formData);
  if (!fields.ok) return failure("invalid", "form.badRequest", values);
  const parsed = ZResetWithToken.safeParse(fields.fields);
  if (!parsed.success) return invalid(parsed.error, values);
  if (!(await resetWithToken(parsed.data, clientIp(await headers())))) return failure("invalid", "reset.invalid", values);
  redirect("/login?reset=1");
}

/** An administrator sends a user a one-time link (and sees it once, to hand over otherwise). */
export const issueResetLinkAction = defineAction({
  permission: "users.resetLink",
  schema: ZIssueResetLink,
  run: (input, ctx) => issueResetLink(input.id, ctx),
  done: (link) => success("everyday:reset.issued", { link }),
});
