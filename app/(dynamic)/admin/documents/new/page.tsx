import type { Metadata } from "next";
import { DocumentFields } from "@/components/documents/document-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { saveDocumentAction } from "@/lib/documents/actions";
import { listDocumentChoices } from "@/lib/documents/admin-queries";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "documents")("admin.new") };
}

export default async function NewDocumentPage() {
  await requirePermission("documents.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "documents");
  const tAdmin = getT(locale, "admin");
  return (
    <>
      <PageHeading title={t("admin.new")} />
      <ActionForm action={saveDocumentAction} className="mt-6 space-y-4" label={t("admin.new")}>
        <DocumentFields locale={locale} choices={await listDocumentChoices()} />
        <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("admin.save")}</SubmitButton>
      </ActionForm>
    </>
  );
}
