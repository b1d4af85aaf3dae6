import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { formatDate } from "@/lib/format";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";
import { localePath } from "@/lib/navigation";
import { highlight, queryTerms, type Segment } from "@/lib/search/highlight";
import { search } from "@/lib/search";
import { ZSearchParams } from "@/lib/search/types";
import { readPublicQuery } from "@/lib/http/public-query.mjs";

export async function generateMetadata({ params }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getT(locale, "search")("title"), robots: { index: false } } : {};
}

function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.match ? (
      <mark key={index} className="bg-amber-200">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}

/** /{locale}/search?q=: every searchable kind of content, accent-insensitive, ranked. */
export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "search");
  const { q, page } = ZSearchParams.parse(readPublicQuery("search", await searchParams));
  const result = q ? await search({ q, locale, page }) : null;
  const terms = q ? queryTerms(q) : [];
  const basePath = localePath(locale, "search");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form method="get" action={basePath} role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <label className="block font-semibold">
          {t("label")}
          <input
            name="q"
            type="search"
            defaultValue={q ?? ""}
            placeholder={t("placeholder")}
            aria-describedby="search-hint"
            className="mt-1 block min-h-11 w-80 max-w-full rounded border-2 border-gray-500 bg-white px-3"
          />
        </label>
        <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </form>
      <p id="search-hint" className="mt-1 text-sm text-muted">
        {t("hint")}
      </p>
      {result && q && (
        <>
          <p role="status" className="mt-6 font-semibold">
            {result.total ? t("results", { count: result.total, q }) : t("none", { q })}
          </p>
          <ol className="mt-2">
            {result.hits.map((hit) => (
              <li key={`${hit.type}:${hit.id}`} className="border-b border-brand-100 py-4">
                <h2 className="text-lg font-semibold">
                  <a href={hit.url} lang={hit.lang} className="text-brand-700 underline-offset-2 hover:underline">
                    <Highlighted segments={highlight(hit.title, terms)} />
                  </a>
                </h2>
                <p className="text-sm text-muted">
                  {translateKey(t, `types.${hit.type}`)} · <time dateTime={hit.date}>{formatDate(new Date(hit.date), locale)}</time>
                  {hit.lang !== locale && <> · {t("inVietnamese")}</>}
                </p>
                <p lang={hit.lang} className="mt-1">
                  <Highlighted segments={highlight(hit.text, terms, 240)} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination
            page={page}
            pageCount={result.pageCount}
            basePath={basePath}
            query={{ q }}
            labels={{
              nav: getT(locale, "articles")("list.pagination"),
              previous: getT(locale, "articles")("list.previous"),
              next: getT(locale, "articles")("list.next"),
              page: getT(locale, "articles")("list.pageOf", { page, pageCount: result.pageCount }),
            }}
          />
        </>
      )}
    </>
  );
}
