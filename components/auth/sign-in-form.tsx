"use client";

import { useTranslation } from "react-i18next";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { signIn } from "@/lib/auth/actions";

export function SignInForm({ next }: { next: string }) {
  const { t } = useTranslation("auth");
  return (
    <ActionForm action={signIn}>
      <HiddenField name="next" value={next} />
      <TextField name="email" type="email" autoComplete="username" label={t("signIn.email")} required />
      <TextField name="password" type="password" autoComplete="current-password" label={t("signIn.password")} required />
      <SubmitButton pendingLabel={t("signIn.pending")}>{t("signIn.submit")}</SubmitButton>
    </ActionForm>
  );
}
