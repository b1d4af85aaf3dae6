"use client";

import { useTranslation } from "react-i18next";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { forgotPasswordAction, resetPasswordWithTokenAction } from "@/lib/password-reset/actions";

export function ForgotPasswordForm() {
  const { t } = useTranslation("everyday");
  return (
    <ActionForm action={forgotPasswordAction}>
      <TextField name="email" type="email" autoComplete="username" label={t("reset.email")} required />
      <SubmitButton pendingLabel={t("reset.sending")}>{t("reset.send")}</SubmitButton>
    </ActionForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation("everyday");
  return (
    <ActionForm action={resetPasswordWithTokenAction}>
      <HiddenField name="token" value={token} />
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("reset.newPassword")}
        hint={t("reset.passwordHint")}
        required
      />
      <TextField name="confirmPassword" type="password" autoComplete="new-password" label={t("reset.confirmPassword")} required />
      <SubmitButton pendingLabel={t("reset.saving")}>{t("reset.save")}</SubmitButton>
    </ActionForm>
  );
}
