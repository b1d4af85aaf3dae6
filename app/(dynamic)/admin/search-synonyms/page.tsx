import type { Metadata } from "next";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { deleteSynonymAction, saveSynonymAction } from "@/lib/documents/actions";
import { listSynonymsForAdmin } from "@/lib/documents/admin-queries";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "documents")("synonyms.title") };
}

/** /admin/search-synonyms: what residents type and what it means, used by the site search. */
export default async function SynonymsPage() {
  await requirePermission("synonyms.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "documents");
  const synonyms = await listSynonymsForAdmin();
  return (
    <>
      <PageHeading title={t("synonyms.title")} lead={t("synonyms.lead")} />
      {synonyms.length === 0 && <p className="mt-6">{t("synonyms.empty")}</p>}
      <ul className="mt-6 space-y-3">
        {synonyms.map((synonym) => (
          <li key={synonym.id} className="flex flex-wrap items-end gap-3 rounded border border-brand-100 p-3">
            <ActionForm action={saveSynonymAction} className="flex flex-wrap items-end gap-3" label={synonym.term}>
              <HiddenField name="id" value={synonym.id} />
              <TextField name="term" label={t("synonyms.term")} required defaultValue={synonym.term} />
              <TextField name="expansion" label={t("synonyms.expansion")} required defaultValue={synonym.expansion} />
              <SubmitButton variant="secondary">{t("synonyms.save")}</SubmitButton>
            </ActionForm>
            <ActionForm action={deleteSynonymAction} label={`${t("synonyms.delete")}: ${synonym.term}`}>
              <HiddenField name="id" value={synonym.id} />
              <SubmitButton variant="danger">{t("synonyms.delete")}</SubmitButton>
            </ActionForm>
          </li>
        ))}
      </ul>
      <section aria-labelledby="add-synonym" className="mt-10">
        <h2 id="add-synonym" className="text-xl font-bold">
          {t("synonyms.add")}
        </h2>
        <ActionForm action={saveSynonymAction} className="mt-3 space-y-4" label={t("synonyms.add")}>
          <TextField name="term" label={t("synonyms.term")} required />
          <TextField name="expansion" label={t("synonyms.expansion")} required />
          <SubmitButton>{t("synonyms.add")}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
