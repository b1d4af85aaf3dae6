import { SelectField, TextField } from "@/components/ui/action-form";
import { ROLES } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { CommuneSummary } from "@/lib/units/queries";

/** Name, e-mail, role and commune: the same fields for creating and editing an account. */
export function UserProfileFields({
  locale,
  communes,
  values,
}: {
  locale: Locale;
  communes: CommuneSummary[];
  values?: { name: string; email: string; role: string; communeId: string | null };
}) {
  const t = getT(locale, "admin");
  return (
    <>
      <TextField name="name" label={t("users.fields.name")} required defaultValue={values?.name} autoComplete="off" />
      <TextField name="email" type="email" label={t("users.fields.email")} required defaultValue={values?.email} autoComplete="off" />
      <SelectField
        name="role"
        label={t("users.fields.role")}
        required
        defaultValue={values?.role ?? "COMMUNE_CADRE"}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <SelectField
        name="communeId"
        label={t("users.fields.commune")}
        defaultValue={values?.communeId ?? ""}
        options={[{ value: "", label: t("common.none") }, ...communes.map((c) => ({ value: c.id, label: c.fullName }))]}
      />
    </>
  );
}
