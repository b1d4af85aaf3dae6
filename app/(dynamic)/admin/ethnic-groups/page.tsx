import type { Metadata } from "next";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { updateEthnicGroupAction } from "@/lib/ethnic-groups/actions";
import { listEthnicGroups } from "@/lib/ethnic-groups/queries";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("ethnicGroups.title") };
}

export default async function EthnicGroupsPage() {
  await requirePermission("ethnicGroups.manage");
  const t = getT(await getRequestLocale(), "admin");
  const groups = await listEthnicGroups();
  return (
    <>
      <PageHeading title={t("ethnicGroups.title")} lead={t("ethnicGroups.lead")} />
      <ul className="mt-6 space-y-4">
        {groups.map((group) => (
          <li key={group.id} className="rounded border border-brand-100 p-3">
            <ActionForm
              action={updateEthnicGroupAction}
              label={group.name}
              className="grid items-end gap-3 sm:grid-cols-[6rem_1fr_1fr_1fr_auto]"
            >
              <HiddenField name="id" value={group.id} />
              <TextField
                name="code"
                label={t("ethnicGroups.code")}
                defaultValue={group.code ?? ""}
                hint={group.code ? undefined : t("ethnicGroups.noCode")}
                autoComplete="off"
              />
              <TextField name="name" label={t("ethnicGroups.name")} required defaultValue={group.name} autoComplete="off" />
              <TextField name="altNames" label={t("ethnicGroups.altNames")} defaultValue={group.altNames ?? ""} autoComplete="off" />
              <TextField
                name="nameEn"
                label={t("ethnicGroups.nameEn")}
                defaultValue={group.translations.find((tr) => tr.locale === "en")?.name ?? ""}
                autoComplete="off"
              />
              <SubmitButton variant="secondary" pendingLabel={t("common.saving")}>
                {t("common.save")}
              </SubmitButton>
            </ActionForm>
          </li>
        ))}
      </ul>
    </>
  );
}
