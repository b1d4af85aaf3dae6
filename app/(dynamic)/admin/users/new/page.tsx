import type { Metadata } from "next";
import { UserProfileFields } from "@/components/admin/user-fields";
import { ActionForm, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listCommunes } from "@/lib/units/queries";
import { createUserAction } from "@/lib/users/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("users.newTitle") };
}

export default async function NewUserPage() {
  await requirePermission("users.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const communes = await listCommunes();
  return (
    <>
      <p>
        <a href="/admin/users" className="underline">
          ← {t("common.back")}
        </a>
      </p>
      <PageHeading title={t("users.newTitle")} />
      <ActionForm action={createUserAction} className="mt-6 space-y-4">
        <UserProfileFields locale={locale} communes={communes} />
        <TextField
          name="password"
          type="password"
          label={t("users.fields.password")}
          hint={t("users.fields.passwordHint")}
          required
          autoComplete="new-password"
        />
        <SubmitButton pendingLabel={t("common.saving")}>{t("users.new")}</SubmitButton>
      </ActionForm>
    </>
  );
}
