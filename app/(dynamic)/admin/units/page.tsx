import type { Metadata } from "next";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { createVillageAction, updateCommuneContactAction, updateUnitAction } from "@/lib/units/actions";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { listUnitsForViewer } from "@/lib/units/admin-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("units.title") };
}

const rowForm = "grid items-end gap-3 sm:grid-cols-[8rem_1fr_1fr_auto]";

export default async function UnitsPage() {
  const viewer = await requirePermission("units.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const tEveryday = getT(locale, "everyday");
  const communes = await listUnitsForViewer(viewer);
  const unitFields = (unit?: { code: string; name: string; fullName: string }) => (
    <>
      <TextField name="code" label={t("units.code")} required defaultValue={unit?.code} autoComplete="off" />
      <TextField name="name" label={t("units.name")} required defaultValue={unit?.name} autoComplete="off" />
      <TextField name="fullName" label={t("units.fullName")} required defaultValue={unit?.fullName} autoComplete="off" />
    </>
  );
  return (
    <>
      <PageHeading
        title={t("units.title")}
        lead={viewer.commune ? t("units.leadCommune", { commune: viewer.commune.fullName }) : t("units.lead")}
      />
      {communes.some((c) => c.isDemo) && <p className="mt-2 text-sm">{t("units.demoNote")}</p>}
      {communes.map((commune) => {
        const mayEditVillages = can(viewer, "villages.manage", { communeId: commune.id });
        return (
          <section key={commune.id} aria-labelledby={`commune-${commune.id}`} className="mt-8 rounded border border-brand-100 p-4">
            <h2 id={`commune-${commune.id}`} className="text-xl font-bold">
              {commune.fullName}{" "}
              <span className="text-sm font-normal text-muted">
                {commune.code}
                {commune.isDemo && ` · ${t("common.demo")}`}
              </span>
            </h2>
            {can(viewer, "relays.manage", { communeId: commune.id }) && (
              <p className="mt-1">
                <a href={`/admin/relays?commune=${commune.slug}`} className="underline">
                  {getT(locale, "reach")("relays.title")}
                </a>
              </p>
            )}
            {can(viewer, "units.manage") && (
              <ActionForm action={updateUnitAction} className={`mt-3 ${rowForm}`} label={commune.fullName}>
                <HiddenField name="id" value={commune.id} />
                {unitFields(commune)}
                <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
              </ActionForm>
            )}
            {can(viewer, "communeContact.edit", { communeId: commune.id }) && (
              <details className="mt-4" open={!commune.officePhone}>
                <summary className="cursor-pointer font-semibold text-brand-700">{tEveryday("contact.edit")}</summary>
                <ActionForm
                  action={updateCommuneContactAction}
                  className="mt-3 space-y-3"
                  label={`${tEveryday("contact.edit")}: ${commune.fullName}`}
                >
                  <HiddenField name="id" value={commune.id} />
                  <TextField
                    name="officePhone"
                    type="tel"
                    label={tEveryday("contact.phone")}
                    defaultValue={commune.officePhone ?? ""}
                    autoComplete="off"
                  />
                  <TextField
                    name="officeAddress"
                    label={tEveryday("contact.address")}
                    defaultValue={commune.officeAddress ?? ""}
                    autoComplete="off"
                  />
                  <TextField
                    name="officeHours"
                    label={tEveryday("contact.hours")}
                    defaultValue={commune.officeHours ?? ""}
                    autoComplete="off"
                  />
                  <CheckboxField name="officeIsDemo" label={tEveryday("contact.isDemo")} defaultChecked={commune.officeIsDemo} />
                  <SubmitButton variant="secondary" pendingLabel={t("common.saving")}>
                    {t("common.save")}
                  </SubmitButton>
                </ActionForm>
              </details>
            )}
            <h3 className="mt-5 text-lg font-semibold">{t("units.villages")}</h3>
            {commune.children.length === 0 && <p className="text-muted">{t("units.empty")}</p>}
            <ul className="mt-2 space-y-3">
              {commune.children.map((village) => (
                <li key={village.id}>
                  {mayEditVillages ? (
                    <ActionForm action={updateUnitAction} className={rowForm} label={village.fullName}>
                      <HiddenField name="id" value={village.id} />
                      {unitFields(village)}
                      <SubmitButton variant="secondary" pendingLabel={t("common.saving")}>
                        {t("common.save")}
                      </SubmitButton>
                    </ActionForm>
                  ) : (
                    <span>
                      {village.fullName} <span className="text-sm text-muted">{village.code}</span>
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {mayEditVillages && (
              <details className="mt-4">
                <summary className="cursor-pointer font-semibold text-brand-700">{t("units.addVillage")}</summary>
                <ActionForm action={createVillageAction} className={`mt-3 ${rowForm}`} label={t("units.addVillage")}>
                  <HiddenField name="communeId" value={commune.id} />
                  {unitFields()}
                  <SubmitButton pendingLabel={t("common.saving")}>{t("units.addVillage")}</SubmitButton>
                </ActionForm>
              </details>
            )}
          </section>
        );
      })}
    </>
  );
}
