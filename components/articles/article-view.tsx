import { FallbackNote } from "@/components/layout/fallback-note";
import { OutdatedNote } from "@/components/layout/outdated-note";
import { RecordedReading } from "@/components/ui/recorded-reading";
import type { ArticleCard, PublicArticle } from "@/lib/articles/queries";
import { sectionOf } from "@/lib/articles/states";
import { formatDate, intlLocale } from "@/lib/format";
import { LOCALES, LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { availableLocales, pickTranslation } from "@/lib/i18n/pick-translation";
import { getT, interfaceFallsBack } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { formatFileSize, imageSources } from "@/lib/storage/urls";
import { ArticleCardItem, articlePath, topicName } from "./article-card";
import { ShareLinks } from "@/components/ui/share-links";
import { MARKDOWN_BODY } from "./markdown-body";

export { MARKDOWN_BODY } from "./markdown-body";

/**
 * An article's public page: everything rendered on the server (the Markdown already rendered
 * and cached with the article), readable without JavaScript and printable.
 */
export function ArticleView({
  article,
  related,
  locale,
  pageUrl,
  outdatedSince = null,
}: {
  article: PublicArticle;
  related: ArticleCard[];
  locale: Locale;
  pageUrl: string;
  outdatedSince?: string | null;
}) {
  const t = getT(locale, "articles");
  const tCommon = getT(locale, "common");
  const picked = pickTranslation(article.translations, locale)!;
  const tr = picked.value;
  const size = (bytes: number) => formatFileSize(bytes, intlLocale(locale));
  const cover = article.cover ? imageSources(article.cover) : null;
  const languages = availableLocales(article.translations, LOCALES);
  const section = sectionOf(article.kind);
  return (
    <article>
      {article.state === "WITHDRAWN" && (
        <div role="note" className="mb-4 rounded border-l-4 border-accent-600 bg-red-50 px-4 py-3">
          <h2 className="font-bold text-accent-700">{t("article.withdrawnTitle")}</h2>
          <p>
            {t("article.withdrawnBody", { date: formatDate(new Date(article.withdrawnAt ?? article.publishAt), locale), reason: "" })}
            <span lang="vi">{article.withdrawalReason}</span>
          </p>
        </div>
      )}
      {picked.isFallback && !interfaceFallsBack(locale) && (
        <div className="mb-4">
          <FallbackNote>{tCommon("fallback.content", { language: tCommon(`languageNames.${locale}`) })}</FallbackNote>
        </div>
      )}
      {outdatedSince && !picked.isFallback && <OutdatedNote locale={locale} since={outdatedSince} />}
      <p className="text-sm font-semibold uppercase text-brand-700">
        <a href={localePath(locale, section)} className="hover:underline">
          {t(`kinds.${article.kind}`)}
        </a>
      </p>
      <h1 lang={picked.lang} className="mt-1 text-2xl font-bold leading-snug sm:text-3xl">
        {tr.title}
      </h1>
      <p className="mt-2 text-sm text-muted">
        <time dateTime={article.publishAt}>{t("article.published", { date: formatDate(new Date(article.publishAt), locale) })}</time>
        {article.revisions.length > 1 && (
          <> · {t("article.updated", { date: formatDate(new Date(article.revisions[0]!.createdAt), locale) })}</>
        )}
        {article.topic && (
          <>
            {" "}
            · {t("article.topic")}:{" "}
            <a href={`${localePath(locale, section)}?topic=${article.topic.slug}`} className="underline">
              {topicName(article.topic, locale)}
            </a>
          </>
        )}
        {article.commune && (
          <>
            {" "}
            · {t("article.commune")}:{" "}
            <a href={localePath(locale, `communes/${article.commune.slug}`)} className="underline">
              {article.commune.fullName}
            </a>
          </>
        )}
      </p>
      {languages.length > 1 && (
        <nav aria-label={t("article.languages")} className="no-print mt-2 text-sm">
          {t("article.languages")}:{" "}
          {languages.map((lng, index) => (
            <span key={lng}>
              {index > 0 && ", "}
              <a
                href={articlePath({ kind: article.kind, translations: article.translations.filter((x) => x.locale === lng) }, lng)}
                hrefLang={lng}
                lang={lng === "en" ? "en" : "vi"}
                aria-current={lng === picked.lang ? "true" : undefined}
                className="underline aria-[current=true]:font-semibold"
              >
                {LOCALE_AUTONYMS[lng]}
              </a>
            </span>
          ))}
        </nav>
      )}
      <p lang={picked.lang} className="mt-4 text-lg font-semibold">
        {tr.summary}
      </p>
      {tr.audio && <RecordedReading audio={tr.audio} locale={locale} heading={t("article.listen")} />}
      {cover && (
        <figure className="mt-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- variants are made at upload (lib/storage) */}
          <img
            src={cover.src}
            srcSet={cover.srcSet}
            sizes="(min-width: 64rem) 60rem, 100vw"
            width={cover.width}
            height={cover.height}
            alt={article.coverAlt ?? ""}
            loading="lazy"
            decoding="async"
            className="h-auto w-full max-w-3xl rounded"
          />
          <figcaption className="no-print mt-1 text-sm text-muted">{t("article.coverSize", { size: size(cover.size) })}</figcaption>
        </figure>
      )}
      {/* Rendered from Markdown and sanitized by lib/markdown: no raw HTML, no script, no javascript: links. */}
      <div lang={picked.lang} className={MARKDOWN_BODY} dangerouslySetInnerHTML={{ __html: tr.bodyHtml }} />
      {tr.translator && picked.lang !== "vi" && (
        <p className="mt-4 text-sm text-muted">{t("article.translator", { name: tr.translator })}</p>
      )}

      {article.documents.length > 0 && (
        <section aria-labelledby="documents" className="mt-6 rounded border-l-4 border-brand-600 bg-brand-50 px-4 py-3">
          <h2 id="documents" className="font-bold">
            {getT(locale, "documents")("article.heading")}
          </h2>
          <ul className="mt-1 space-y-1">
            {article.documents.map((doc) => (
              <li key={doc.slug}>
                <a href={localePath(locale, `documents/${doc.slug}`)} className="underline">
                  {doc.number}
                </a>
                {" — "}
                <span lang="vi">{doc.title}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ShareLinks pageUrl={pageUrl} locale={locale} />

      {article.revisions.length > 0 && (
        <section aria-labelledby="history" className="mt-8">
          <h2 id="history" className="text-lg font-bold">
            {t("article.history")}
          </h2>
          <ol className="mt-2 space-y-1 text-sm">
            {article.revisions.map((revision) => (
              <li key={revision.number}>
                <time dateTime={revision.createdAt}>{formatDate(new Date(revision.createdAt), locale)}</time>:{" "}
                {revision.note ? (
                  <span lang="vi">{revision.note}</span>
                ) : revision.number === 1 ? (
                  t("article.historyFirst")
                ) : (
                  t("article.historyNoNote")
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related" className="no-print mt-8">
          <h2 id="related" className="text-lg font-bold">
            {t("article.related")}
          </h2>
          <ul>
            {related.map((card) => (
              <ArticleCardItem key={card.id} card={card} locale={locale} level={3} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
