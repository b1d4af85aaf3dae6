import type { Metadata } from "next";
import { ActionForm, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { saveSettingsAction } from "@/lib/settings/actions";
import { getSiteSettings } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("settings.title") };
}

export default async function SettingsPage() {
  await requirePermission("settings.manage");
  const t = getT(await getRequestLocale(), "admin");
  const tEveryday = getT(await getRequestLocale(), "everyday");
  const vi = getT("vi", "common");
  const en = getT("en", "common");
  const settings = await getSiteSettings();
  const text = (name: keyof typeof settings, label: string, hint?: string, type?: "email" | "tel") => (
    <TextField name={name} label={label} hint={hint} type={type} defaultValue={settings[name] ?? ""} autoComplete="off" />
  );
  return (
    <>
      <PageHeading title={t("settings.title")} lead={t("settings.lead")} />
      <ActionForm action={saveSettingsAction} className="mt-6 space-y-4">
        {text("portalNameVi", t("settings.portalNameVi"), t("settings.default", { value: vi("portalName") }))}
        {text("portalNameEn", t("settings.portalNameEn"), t("settings.default", { value: en("portalName") }))}
        {text("agencyNameVi", t("settings.agencyNameVi"), t("settings.default", { value: vi("agencyName") }))}
        {text("agencyNameEn", t("settings.agencyNameEn"), t("settings.default", { value: en("agencyName") }))}
        {text("address", t("settings.address"))}
        {text("phone", t("settings.phone"), undefined, "tel")}
        {text("email", t("settings.email"), undefined, "email")}
        {text("officeHours", tEveryday("contact.hours"))}
        {text("mapUrl", tEveryday("contact.mapUrl"), tEveryday("contact.mapUrlHint"))}
        <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
      </ActionForm>
    </>
  );
}
