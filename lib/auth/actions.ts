"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { echoValues, failure, invalid, success, type FormState } from "@/lib/action-result";
import { clientIp } from "@/lib/http/client-ip";
import { formFields } from "@/lib/http/form-fields";
import { safeNextPath } from "@/lib/http/safe-path";
import { getRequestLocale } from "@/lib/i18n/server";
import { formatTime } from "@/lib/format";
import { defineAction } from "@/lib/run-action";
import { authenticate } from "./authenticate";
import { changePassword } from "./mutations";
import { liftSignInLock } from "./locks";
import { ZChangeOwnPassword, ZLiftSignInLock, ZSignIn } from "./schema";
import { endSession, startSession } from "./session";

/** The sign-in form: on success a session cookie and a redirect to where the user was going. */
export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ["password"]);
  const fields = formFields(formData);
  if (!fields.ok) return failure("invalid", "form.badRequest", values);
  const parsed = ZSignIn.safeParse(fields.fields);
  if (!parsed.success) return invalid(parsed.error, values);

  const result = await authenticate({ ...parsed.data, ip: clientIp(await headers()) });
  if (!result.ok) {
    if (result.reason === "locked") {
      const locale = await getRequestLocale();
      return failure("locked", "signIn.locked", values, { time: formatTime(result.until, locale) });
    }
    return failure(result.reason, `signIn.${result.reason}`, values);
  }
  await startSession(result.user);
  redirect(safeNextPath(parsed.data.next, "/admin"));
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/login?signedOut=1");
}

/** An administrator lifts a sign-in lock (an official locked out by someone else's guesses). */
export const liftSignInLockAction = defineAction({
  permission: "signInLocks.manage",
  schema: ZLiftSignInLock,
  run: (input, ctx) => liftSignInLock(input.key, ctx),
  done: "admin:signInLocks.lifted",
});

/** Any signed-in user changes their own password; their other sessions end. */
export const changeOwnPassword = defineAction({
  permission: "account.changeOwnPassword",
  schema: ZChangeOwnPassword,
  secret: ["currentPassword", "newPassword", "confirmPassword"],
  run: async (input, ctx) => {
    const user = await changePassword({ userId: ctx.actor.id, ...input, ip: ctx.ip });
    // This browser continues with the new session version.
    if (user) await startSession(user);
    return user;
  },
  done: (user): FormState =>
    user
      ? success("admin:account.passwordChanged")
      : { ok: false, code: "credentials", formError: "form.invalid", fieldErrors: { currentPassword: ["password.current"] } },
});
