"use server";

import { success } from "@/lib/action-result";
import { defineAction } from "@/lib/run-action";
import { createUser, resetPassword, setUserActive, updateUser } from "./mutations";
import { ZCreateUser, ZResetPassword, ZSetUserActive, ZUpdateUser } from "./schema";

// Accounts are never public nor cached: nothing to invalidate, the pipeline refreshes the page.

export const createUserAction = defineAction({
  permission: "users.manage",
  schema: ZCreateUser,
  secret: ["password"],
  run: (input, ctx) => createUser(input, ctx),
  done: "admin:users.created",
  redirect: (user) => `/admin/users/${user.id}?created=1`,
});

export const updateUserAction = defineAction({
  permission: "users.manage",
  schema: ZUpdateUser,
  run: (input, ctx) => updateUser(input, ctx),
  done: "admin:users.saved",
});

export const setUserActiveAction = defineAction({
  permission: "users.manage",
  schema: ZSetUserActive,
  run: (input, ctx) => setUserActive(input, ctx),
  done: (_user, input) => success(input.active ? "admin:users.reactivated" : "admin:users.deactivated"),
});

export const resetPasswordAction = defineAction({
  permission: "users.manage",
  schema: ZResetPassword,
  secret: ["password"],
  run: (input, ctx) => resetPassword(input, ctx),
  done: "admin:users.passwordReset",
});
