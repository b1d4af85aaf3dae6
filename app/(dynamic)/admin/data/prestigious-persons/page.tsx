import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextField } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { deletePrestigiousPersonAction, savePrestigiousPersonAction } from "@/lib/dataset/actions";
import { listPrestigiousPersons } from "@/lib/dataset/persons/queries";
import { getGroupsInData, getReference, presentFirst } from "@/lib/dataset/queries";
import { ZPersonFilters } from "@/lib/dataset/schema";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "dataset")("persons.title") };
}

/** The register: back office only; a cadre sees and edits their own commune's people only. */
export default async function PrestigiousPersonsPage({ searchParams }: PageProps<"/admin/data/prestigious-persons">) {
  const viewer = await requirePermission("prestigiousPersons.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "dataset");
  const tAdmin = getT(locale, "admin");
  const filters = ZPersonFilters.parse(await searchParams);
  // Asking for another commune's register is refused, not silently narrowed.
  if (filters.communeId && !can(viewer, "prestigiousPersons.view", { communeId: filters.communeId })) forbidden();
  const [people, reference, groupsInData] = await Promise.all([
    listPrestigiousPersons({ viewer, communeId: filters.communeId, q: filters.q }),
    getReference(),
    getGroupsInData(),
  ]);
  const communes = reference.communes.filter((c) => can(viewer, "prestigiousPersons.view", { communeId: c.id }));
  const villages = communes
    .filter((c) => can(viewer, "prestigiousPersons.manage", { communeId: c.id }))
    .flatMap((c) => c.villages.map((v) => ({ value: v.id, label: `${v.fullName} – ${c.fullName}` })));
  const groups = presentFirst(reference.groups, groupsInData).map((g) => ({ value: g.id, label: g.name }));
  const fields = (person?: (typeof people)[number]) => (
    <>
      <TextField name="name" label={t("persons.name")} required defaultValue={person?.name} autoComplete="off" />
      <SelectField
        name="groupId"
        label={t("persons.group")}
        required
        defaultValue={person?.groupId ?? groups.find((g) => g.label === "Tày")?.value}
        options={groups}
      />
      <SelectField name="villageId" label={t("persons.village")} required defaultValue={person?.villageId} options={villages} />
      <TextField
        name="role"
        label={t("persons.role")}
        hint={t("persons.roleHint")}
        required
        defaultValue={person?.role}
        autoComplete="off"
      />
      <TextField name="phone" type="tel" label={t("persons.phone")} defaultValue={person?.phone ?? ""} autoComplete="off" />
      <CheckboxField name="relayConsent" label={getT(locale, "reach")("relays.consent")} defaultChecked={Boolean(person?.relayConsentAt)} />
      <TextField
        name="yearRecognised"
        label={t("persons.yearRecognised")}
        required
        defaultValue={person ? String(person.yearRecognised) : String(new Date().getFullYear())}
        autoComplete="off"
      />
    </>
  );

  return (
    <>
      <PageHeading
        title={t("persons.title")}
        lead={viewer.commune ? t("persons.leadCommune", { commune: viewer.commune.fullName }) : t("persons.lead")}
      />
      <FilterForm action="/admin/data/prestigious-persons" submitLabel={tAdmin("common.filter")} clearLabel={tAdmin("common.clearFilters")}>
        <FilterInput name="q" type="search" label={t("persons.search")} value={filters.q} />
        {communes.length > 1 && (
          <FilterSelect
            name="communeId"
            label={t("persons.commune")}
            value={filters.communeId}
            options={[{ value: "", label: tAdmin("common.all") }, ...communes.map((c) => ({ value: c.id, label: c.fullName }))]}
          />
        )}
      </FilterForm>
      {people.length === 0 ? (
        <p className="mt-4">{t("persons.empty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {people.map((person) => (
            <li key={person.id} className="rounded border border-brand-100 p-3">
              <p className="font-semibold">{person.name}</p>
              <p className="text-sm text-muted">
                {person.group.name} · {person.role} · {person.village.fullName}, {person.commune.fullName} · {person.yearRecognised}
                {person.phone && ` · ${person.phone}`}
              </p>
              {can(viewer, "prestigiousPersons.manage", { communeId: person.communeId }) && (
                <details className="mt-2">
                  <summary className="cursor-pointer font-semibold text-brand-700">{t("persons.edit")}</summary>
                  <ActionForm action={savePrestigiousPersonAction} label={person.name} className="mt-2 space-y-3">
                    <HiddenField name="id" value={person.id} />
                    {fields(person)}
                    <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
                  </ActionForm>
                  <ActionForm action={deletePrestigiousPersonAction} label={t("persons.delete")} className="mt-3">
                    <HiddenField name="id" value={person.id} />
                    <SubmitButton variant="danger">{t("persons.delete")}</SubmitButton>
                  </ActionForm>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      {villages.length > 0 && (
        <section aria-labelledby="add-person" className="mt-8">
          <h2 id="add-person" className="text-xl font-bold">
            {t("persons.add")}
          </h2>
          <ActionForm action={savePrestigiousPersonAction} label={t("persons.add")} className="mt-3 space-y-3">
            {fields()}
            <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("persons.add")}</SubmitButton>
          </ActionForm>
        </section>
      )}
    </>
  );
}
