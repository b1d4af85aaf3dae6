import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentFields } from "@/components/documents/document-fields";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { deleteDocumentAction, saveDocumentAction } from "@/lib/documents/actions";
import { getDocumentForAdmin, listDocumentChoices } from "@/lib/documents/admin-queries";
import { intlLocale } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";
import { formatFileSize, mediaUrl } from "@/lib/storage/urls";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "documents")("admin.edit") };
}

/** /admin/documents/{id}: the document's fields, its PDF (plain multipart upload) and delete. */
export default async function EditDocumentPage({ params, searchParams }: PageProps<"/admin/documents/[id]">) {
  await requirePermission("documents.manage");
  const { id } = await params;
  const query = await searchParams;
  const doc = await getDocumentForAdmin(id);
  if (!doc) notFound();
  const locale = await getRequestLocale();
  const t = getT(locale, "documents");
  const tAdmin = getT(locale, "admin");
  const tErrors = getT(locale, "errors");
  const uploadError = typeof query.error === "string" && /^[a-zA-Z.]{1,60}$/.test(query.error) ? query.error : null;
  return (
    <>
      <PageHeading title={`${t("admin.edit")}: ${doc.number}`}>
        {doc.published && (
          <a href={`/${locale === "en" ? "en" : "vi"}/documents/${doc.slug}`} className="underline">
            {t("admin.view")}
          </a>
        )}
      </PageHeading>
      {query.created === "1" && <StatusMessage className="mt-4">{t("admin.saved")}</StatusMessage>}
      <ActionForm action={saveDocumentAction} className="mt-6 space-y-4" label={t("admin.edit")}>
        <DocumentFields locale={locale} doc={doc} choices={await listDocumentChoices()} />
        <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("admin.save")}</SubmitButton>
      </ActionForm>

      <section id="file" aria-labelledby="file-heading" className="mt-10">
        <h2 id="file-heading" className="text-xl font-bold">
          {t("detail.file")}
        </h2>
        {query.saved === "1" && (
          <p role="status" className="mt-2 font-semibold text-green-900">
            {t("admin.uploaded")}
          </p>
        )}
        {uploadError && (
          <p role="alert" className="mt-2 font-semibold text-accent-700">
            {translateKey(tErrors, uploadError)}
          </p>
        )}
        <p className="mt-2">
          {doc.file ? (
            <a href={mediaUrl(doc.file.storageKey)} className="underline">
              {doc.file.originalName ?? "PDF"} ({formatFileSize(doc.file.size, intlLocale(locale))})
            </a>
          ) : (
            t("detail.fileToBeAttached")
          )}
        </p>
        <form
          method="post"
          action={`/api/documents/${encodeURIComponent(doc.id)}/file`}
          encType="multipart/form-data"
          className="mt-3 space-y-3"
        >
          <label htmlFor="document-file" className="block font-semibold">
            {t("admin.uploadLabel")}
          </label>
          <input id="document-file" type="file" name="file" accept="application/pdf" required className="block max-w-full" />
          <button
            type="submit"
            className="min-h-11 cursor-pointer rounded border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("admin.uploadSubmit")}
          </button>
        </form>
      </section>

      <section aria-labelledby="delete-heading" className="mt-10">
        <h2 id="delete-heading" className="text-xl font-bold">
          {t("admin.delete")}
        </h2>
        <p className="mt-1 text-sm">{t("admin.deleteHint")}</p>
        <ActionForm action={deleteDocumentAction} className="mt-3" label={t("admin.delete")}>
          <HiddenField name="id" value={doc.id} />
          <SubmitButton variant="danger">{t("admin.delete")}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
