import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentStatus } from "@/components/documents/document-status";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, ZDocumentFilters } from "@/lib/documents/schema";
import { listDocumentFields, listPublicDocuments } from "@/lib/documents/queries";
import { formatDate } from "@/lib/format";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { readPublicQuery } from "@/lib/http/public-query.mjs";

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
  const filters = ZDocumentFilters.parse(readPublicQuery("documents", await searchParams));
  const [{ items, total, pageCount }, fields] = await Promise.all([listPublicDocuments(filters), listDocumentFields()]);
  const basePath = localePath(locale, "documents");
  const all = { value: "", label: t("list.all") };
  const filtered = Boolean(filters.q || filters.type || filters.status || filters.field);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("list.title")}</h1>
      <p className="mt-2 max-w-prose text-muted">{t("list.lead")}</p>
      <FilterForm
        variant="public"
        action={basePath}
        search
        label={t("list.filters")}
        submitLabel={t("list.apply")}
        clear={filtered ? { href: basePath, label: t("list.clear") } : null}
        footer={
          <p id="documents-q-hint" className="basis-full text-sm text-muted">
            {t("list.qHint")}
          </p>
        }
      >
        <FilterInput wide type="search" name="q" label={t("list.q")} value={filters.q} describedBy="documents-q-hint" />
        <FilterSelect
          wide
          name="type"
          label={t("fields.type")}
          value={filters.type}
          options={[all, ...DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))]}
        />
        <FilterSelect
          wide
          name="status"
          label={t("fields.status")}
          value={filters.status}
          options={[all, ...DOCUMENT_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))]}
        />
        {fields.length > 0 && (
          <FilterSelect
            wide
            name="field"
            label={t("fields.field")}
            value={filters.field}
            options={[all, ...fields.map((field) => ({ value: field, label: field, lang: "vi" }))]}
          />
        )}
      </FilterForm>
      <p className="mt-4 text-sm text-muted" role="status">
        {t("list.count", { count: total })}
      </p>
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
              <p lang="vi" className="mt-1">
                {doc.title}
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
                <span lang="vi">{doc.issuer}</span>
                <span>
                  {t("fields.signedOn")}: <time dateTime={doc.signedOn.slice(0, 10)}>{formatDate(new Date(doc.signedOn), locale)}</time>
                </span>
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
        labels={{
          nav: t("list.pagination"),
          previous: t("list.previous"),
          next: t("list.next"),
          page: t("list.pageOf", { page: filters.page ?? 1, pageCount }),
        }}
      />
    </>
  );
}
