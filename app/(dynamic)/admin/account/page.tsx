import type { Metadata } from "next";
import { ActionForm, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { changeOwnPassword } from "@/lib/auth/actions";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("account.title") };
}

export default async function AccountPage() {
  const viewer = await requirePermission("account.changeOwnPassword");
  const t = getT(await getRequestLocale(), "admin");
  return (
    <>
      <PageHeading title={t("account.title")} lead={`${viewer.name} · ${viewer.email} · ${t(`roles.${viewer.role}`)}`} />
      <section aria-labelledby="change-password" className="mt-6">
        <h2 id="change-password" className="text-xl font-bold">
          {t("account.changePassword")}
        </h2>
        <ActionForm action={changeOwnPassword} className="mt-3 space-y-4">
          <TextField name="currentPassword" type="password" label={t("account.currentPassword")} required autoComplete="current-password" />
          <TextField
            name="newPassword"
            type="password"
            label={t("account.newPassword")}
            hint={t("account.newPasswordHint")}
            required
            autoComplete="new-password"
          />
          <TextField name="confirmPassword" type="password" label={t("account.confirmPassword")} required autoComplete="new-password" />
          <SubmitButton pendingLabel={t("common.saving")}>{t("account.changePassword")}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
