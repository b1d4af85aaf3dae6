import type { Metadata } from "next";
import { LibraryItemSettingsFields } from "@/components/library/item-settings-fields";
import { ActionForm, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { createLibraryItemAction } from "@/lib/library/actions";
import { listGroupsForEditor } from "@/lib/library/admin-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("library.newTitle") };
}

/** A new library item: its settings and Vietnamese title and description; files come next. */
export default async function NewLibraryItemPage() {
  await requirePermission("library.contribute");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const groups = await listGroupsForEditor();
  return (
    <>
      <p>
        <a href="/admin/library" className="underline">
          ← {t("common.back")}
        </a>
      </p>
      <PageHeading title={t("library.newTitle")} />
      <ActionForm action={createLibraryItemAction} className="mt-4 space-y-4" label={t("library.newTitle")}>
        <TextField name="title" label={t("library.fields.title")} required />
        <TextAreaField name="description" rows={5} label={t("library.fields.description")} required />
        <LibraryItemSettingsFields locale={locale} groups={groups} />
        <TextAreaField name="transcript" rows={6} label={t("library.fields.transcript")} hint={t("library.fields.transcriptHint")} />
        <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
      </ActionForm>
    </>
  );
}
