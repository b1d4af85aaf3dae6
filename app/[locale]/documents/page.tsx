import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentStatus } from "@/components/documents/document-status";
import { Pagination } from "@/components/ui/pagination";
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, ZDocumentFilters } from "@/lib/documents/schema";
import { listDocumentFields, listPublicDocuments } from "@/lib/documents/queries";
import { formatDate } from "@/lib/format";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";

export async function generateMetadata({ params }: PageProps<"/[locale]/documents">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getT(locale, "documents");
  return { title: t("list.title"), description: t("list.lead") };
}

/**
 * /{locale}/documents: the legal documents register (văn bản). A plain GET form: look a document
 * up by its number typed any way ("414 qd ttg") or by words, filter by type, status and field.
 */
export default async function DocumentsPage({ params, searchParams }: PageProps<"/[locale]/documents">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "documents");
  const filters = ZDocumentFilters.parse(await searchParams);
  const [{ items, total, pageCount }, fields] = await Promise.all([listPublicDocuments(filters), listDocumentFields()]);
  const basePath = localePath(locale, "documents");
  const control = "mt-1 block min-h-11 w-full max-w-full rounded border-2 border-gray-500 bg-white px-2";
  const label = "block min-w-0 max-w-full text-sm font-semibold";
  const filtered = Boolean(filters.q || filters.type || filters.status || filters.field);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("list.title")}</h1>
      <p className="mt-2 max-w-prose text-muted">{t("list.lead")}</p>
      <form method="get" action={basePath} role="search" aria-label={t("list.filters")} className="no-print mt-4 flex flex-wrap items-end gap-3 rounded bg-brand-50 p-3">
        <label className={label}>
          {t("list.q")}
          <input type="search" name="q" defaultValue={filters.q ?? ""} className={control} aria-describedby="documents-q-hint" />
        </label>
        <label className={label}>
          {t("fields.type")}
          <select name="type" defaultValue={filters.type ?? ""} className={control}>
            <option value="">{t("list.all")}</option>
            {DOCUMENT_TYPES.map((type) => <option key={type} value={type}>{t(`types.${type}`)}</option>)}
          </select>
        </label>
        <label className={label}>
          {t("fields.status")}
          <select name="status" defaultValue={filters.status ?? ""} className={control}>
            <option value="">{t("list.all")}</option>
            {DOCUMENT_STATUSES.map((status) => <option key={status} value={status}>{t(`statuses.${status}`)}</option>)}
          </select>
        </label>
        {fields.length > 0 && (
          <label className={label}>
            {t("fields.field")}
            <select name="field" defaultValue={filters.field ?? ""} className={control}>
              <option value="">{t("list.all")}</option>
              {fields.map((field) => <option key={field} value={field} lang="vi">{field}</option>)}
            </select>
          </label>
        )}
        <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">{t("list.apply")}</button>
        {filtered && <a href={basePath} className="inline-flex min-h-11 items-center underline">{t("list.clear")}</a>}
        <p id="documents-q-hint" className="basis-full text-sm text-muted">{t("list.qHint")}</p>
      </form>
      <p className="mt-4 text-sm text-muted" role="status">{t("list.count", { count: total })}</p>
      {items.length === 0 ? (
        <p className="mt-4">{t("list.empty")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-brand-100">
          {items.map((doc) => (
            <li key={doc.id} className="py-4">
              <h2 className="text-lg font-bold">
                <a href={localePath(locale, `documents/${doc.slug}`)} className="text-brand-700 underline-offset-2 hover:underline">
                  {t(`types.${doc.type}`)} {doc.number}
                </a>
              </h2>
              <p lang="vi" className="mt-1">{doc.title}</p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
                <span lang="vi">{doc.issuer}</span>
                <span>{t("fields.signedOn")}: <time dateTime={doc.signedOn.slice(0, 10)}>{formatDate(new Date(doc.signedOn), locale)}</time></span>
                <DocumentStatus status={doc.status} label={t(`statuses.${doc.status}`)} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={filters.page ?? 1}
        pageCount={pageCount}
        basePath={basePath}
        query={{ q: filters.q, type: filters.type, status: filters.status, field: filters.field }}
        labels={{ nav: t("list.pagination"), previous: t("list.previous"), next: t("list.next"), page: t("list.pageOf", { page: filters.page ?? 1, pageCount }) }}
      />
    </>
  );
}
