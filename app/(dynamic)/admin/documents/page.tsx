import type { Metadata } from "next";
import { DocumentStatus } from "@/components/documents/document-status";
import { PageHeading, buttonLinkClass } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { listDocumentsForAdmin } from "@/lib/documents/admin-queries";
import { formatDate } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "documents")("admin.title") };
}

/** /admin/documents: the register as the back office keeps it (drafts and file state shown). */
export default async function AdminDocumentsPage() {
  await requirePermission("documents.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "documents");
  const docs = await listDocumentsForAdmin();
  return (
    <>
      <PageHeading title={t("admin.title")} lead={t("admin.lead")}>
        <a href="/admin/documents/new" className={buttonLinkClass}>
          {t("admin.new")}
        </a>
      </PageHeading>
      {docs.length === 0 ? (
        <p className="mt-6">{t("admin.empty")}</p>
      ) : (
        <DataTable
          className="mt-6"
          headings={[t("fields.number"), t("fields.title"), t("fields.signedOn"), t("fields.status"), t("detail.file")]}
        >
          {docs.map((doc) => (
            <tr key={doc.id} className="border-b border-brand-100 align-top">
              <td className="py-2 pr-3 font-semibold">
                <a href={`/admin/documents/${doc.id}`} className="underline">
                  {doc.number}
                </a>
              </td>
              <td className="py-2 pr-3">
                {doc.title}
                {!doc.published && (
                  <>
                    {" "}
                    ({t("fields.published")}: {t("admin.none")})
                  </>
                )}
                <br />
                <span className="text-muted">{t("admin.articles", { count: doc._count.articles })}</span>
              </td>
              <td className="py-2 pr-3">{formatDate(doc.signedOn, locale)}</td>
              <td className="py-2 pr-3">
                <DocumentStatus status={doc.status} label={t(`statuses.${doc.status}`)} />
              </td>
              <td className="py-2 pr-3">{doc.fileId ? t("admin.fileAttached") : t("admin.fileMissing")}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
