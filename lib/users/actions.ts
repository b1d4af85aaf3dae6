"use server";

import { redirect } from "next/navigation";
import { success, type FormState } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { createUser, resetPassword, setUserActive, updateUser } from "./mutations";
import { ZCreateUser, ZResetPassword, ZSetUserActive, ZUpdateUser } from "./schema";

export async function createUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    permission: "users.manage",
    schema: ZCreateUser,
    secret: ["password"],
    run: async (input, { viewer, ip }) => {
      id = (await createUser(input, { actorId: viewer.id, ip })).id;
      return success("admin:users.created");
    },
  });
  if (state.ok && id) redirect(`/admin/users/${id}?created=1`);
  return state;
}

export async function updateUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "users.manage",
    schema: ZUpdateUser,
    run: async (input, { viewer, ip }) => {
      await updateUser(input, { actorId: viewer.id, ip });
      return success("admin:users.saved");
    },
  });
}

export async function setUserActiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "users.manage",
    schema: ZSetUserActive,
    run: async (input, { viewer, ip }) => {
      await setUserActive(input, { actorId: viewer.id, ip });
      return success(input.active ? "admin:users.reactivated" : "admin:users.deactivated");
    },
  });
}

export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "users.manage",
    schema: ZResetPassword,
    secret: ["password"],
    run: async (input, { viewer, ip }) => {
      await resetPassword(input, { actorId: viewer.id, ip });
      return success("admin:users.passwordReset");
    },
  });
}
