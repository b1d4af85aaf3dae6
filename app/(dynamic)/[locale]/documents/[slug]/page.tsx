import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { articlePath } from "@/components/articles/article-card";
import { DocumentStatus } from "@/components/documents/document-status";
import { getPublicDocument } from "@/lib/documents/queries";
import { formatDate, intlLocale } from "@/lib/format";
import { isLocale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { formatFileSize, mediaUrl } from "@/lib/storage/urls";
import { currentMinute } from "@/lib/time/minute";

export async function generateMetadata({ params }: PageProps<"/[locale]/documents/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const doc = await getPublicDocument(decodeURIComponent(slug), currentMinute());
  if (!doc) return { robots: { index: false } };
  const t = getT(locale, "documents");
  return { title: `${t(`types.${doc.type}`)} ${doc.number}`, description: doc.title };
}

/**
 * One legal document: number and symbol, type, issuer, dates, status (with the document that
 * replaced it), field, a plain summary, the PDF with its size (or a note that it is still to be
 * attached), and the portal's articles that explain it.
 */
export default async function DocumentPage({ params }: PageProps<"/[locale]/documents/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const doc = await getPublicDocument(decodeURIComponent(slug), currentMinute());
  if (!doc) notFound();
  const t = getT(locale, "documents");
  const day = (iso: string) => <time dateTime={iso.slice(0, 10)}>{formatDate(new Date(iso), locale)}</time>;
  const row = "grid grid-cols-1 gap-x-4 border-b border-brand-100 py-2 sm:grid-cols-[12rem_1fr]";
  return (
    <article>
      <p>
        <a href={localePath(locale, "documents")} className="underline">
          {t("detail.back")}
        </a>
      </p>
      <p className="mt-3 text-sm font-semibold uppercase text-brand-700">{t(`types.${doc.type}`)}</p>
      <h1 className="mt-1 text-2xl font-bold leading-snug sm:text-3xl">{doc.number}</h1>
      <p lang="vi" className="mt-2 max-w-prose text-lg">
        {doc.title}
      </p>
      {doc.isDemo && (
        <p role="note" className="mt-2 rounded bg-gray-100 px-3 py-2 text-sm">
          {t("detail.demo")}
        </p>
      )}
      <dl className="mt-4">
        <div className={row}>
          <dt className="font-semibold">{t("fields.number")}</dt>
          <dd>{doc.number}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("fields.type")}</dt>
          <dd>{t(`types.${doc.type}`)}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("fields.issuer")}</dt>
          <dd lang="vi">{doc.issuer}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("fields.signedOn")}</dt>
          <dd>{day(doc.signedOn)}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("fields.effectiveOn")}</dt>
          <dd>{doc.effectiveOn ? day(doc.effectiveOn) : t("detail.notStated")}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("fields.status")}</dt>
          <dd>
            <DocumentStatus status={doc.status} label={t(`statuses.${doc.status}`)} />
            {doc.replacedBy && (
              <p className="mt-1">
                {t("detail.replacedBy")}{" "}
                <a href={localePath(locale, `documents/${doc.replacedBy.slug}`)} className="underline">
                  {doc.replacedBy.number}
                </a>
              </p>
            )}
          </dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("fields.field")}</dt>
          <dd lang="vi">{doc.field}</dd>
        </div>
      </dl>
      {doc.replaces.length > 0 && (
        <p className="mt-3">
          {t("detail.replaces")}{" "}
          {doc.replaces.map((old, index) => (
            <span key={old.slug}>
              {index > 0 && ", "}
              <a href={localePath(locale, `documents/${old.slug}`)} className="underline">
                {old.number}
              </a>
            </span>
          ))}
        </p>
      )}
      <section aria-labelledby="summary" className="mt-6">
        <h2 id="summary" className="text-xl font-bold">
          {t("detail.summary")}
        </h2>
        <p lang="vi" className="mt-2 max-w-prose whitespace-pre-line text-lg">
          {doc.summary}
        </p>
      </section>
      <section aria-labelledby="file" className="mt-6 rounded bg-brand-50 p-3">
        <h2 id="file" className="font-semibold">
          {t("detail.file")}
        </h2>
        {doc.file ? (
          <p className="mt-1">
            <a href={mediaUrl(doc.file.storageKey)} className="font-semibold underline" type={doc.file.mimeType}>
              {t("detail.openPdf", { size: formatFileSize(doc.file.size, intlLocale(locale)) })}
            </a>
          </p>
        ) : (
          <p className="mt-1">{t("detail.fileToBeAttached")}</p>
        )}
      </section>
      <section aria-labelledby="explained" className="mt-6">
        <h2 id="explained" className="text-xl font-bold">
          {t("detail.explainedBy")}
        </h2>
        {doc.articles.length === 0 ? (
          <p className="mt-2">{t("detail.noArticles")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {doc.articles.map((article) => {
              const picked = pickTranslation(article.translations, locale);
              if (!picked) return null;
              return (
                <li key={article.id}>
                  <a href={articlePath(article, locale)} lang={picked.lang} className="underline">
                    {picked.value.title}
                  </a>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </article>
  );
}
