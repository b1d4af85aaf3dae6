import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DataCharts } from "@/components/dataset/data-charts";
import { DataTable } from "@/components/dataset/data-table";
import { buildDataView, notesOf } from "@/lib/dataset/public-view";
import { getPublicDataset, getReference } from "@/lib/dataset/queries";
import { ZPublicDataParams } from "@/lib/dataset/schema";
import { formatDate } from "@/lib/format";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { readPublicQuery } from "@/lib/http/public-query.mjs";

export async function generateMetadata({ params }: PageProps<"/[locale]/data">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getT(locale, "dataset")("public.title") } : {};
}

const selectClass = "mt-1 block min-h-11 rounded border-2 border-gray-500 bg-white px-2";

/** The public figures: aggregates only, small counts hidden; the downloads carry exactly this. */
export default async function DataPage({ params, searchParams }: PageProps<"/[locale]/data">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "dataset");
  const query = ZPublicDataParams.parse(readPublicQuery("data", await searchParams));
  const [dataset, reference] = await Promise.all([getPublicDataset(), getReference()]);
  const view = buildDataView({ dataset, reference, locale, year: query.year, communeSlug: query.commune });
  const base = localePath(locale, "data");
  const search = new URLSearchParams();
  if (view) search.set("year", String(view.year));
  if (view?.commune) search.set("commune", view.commune.slug);
  const isDemo = reference.communes.some((c) => c.isDemo);
  const releases = view ? dataset.releases?.[view.year] : undefined;
  const date = (iso: string) => formatDate(new Date(iso), locale);
  const scopeName = (communeId: string | null) =>
    communeId ? (reference.communes.find((c) => c.id === communeId)?.fullName ?? "") : t("public.wholeProvince");
  const releaseNotes = (releases?.vintages ?? []).filter(
    (v) =>
      v.note &&
      (!view?.commune || v.communeId === null || reference.communes.find((c) => c.id === v.communeId)?.slug === view.commune.slug),
  );
  const keyFigureNotes = view
    ? notesOf(
        {
          id: "key-figures",
          title: "",
          rowHeading: "",
          columns: [],
          rows: [{ label: "", cells: view.keyFigures.map((figure) => figure.cell) }],
        },
        locale,
      )
    : [];

  return (
    <>
      <h1 className="text-2xl font-bold">{t("public.title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("public.lead")}</p>
      {isDemo && <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-1 text-sm font-semibold">{t("public.demoNotice")}</p>}

      {!view ? (
        <p className="mt-6">{t("public.noData")}</p>
      ) : (
        <>
          <form
            method="get"
            action={base}
            aria-label={t("public.chooser")}
            className="mt-4 flex flex-wrap items-end gap-3 rounded bg-brand-50 p-3"
          >
            <label className="block text-sm font-semibold">
              {t("public.year")}
              <select name="year" defaultValue={String(view.year)} className={selectClass}>
                {view.years.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </label>
            <label className="block text-sm font-semibold">
              {t("public.commune")}
              <select name="commune" defaultValue={view.commune?.slug ?? ""} className={selectClass}>
                <option value="">{t("public.wholeProvince")}</option>
                {reference.communes.map((c) => (
                  <option key={c.id} value={c.slug}>
                    {c.fullName}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
              {t("public.show")}
            </button>
          </form>

          {releases && (
            <p className="mt-3 text-sm">
              {t("public.releasedOn", { date: date(releases.firstReleasedAt) })}
              {releases.revisedAt && <strong className="ml-1">{t("public.revisedOn", { date: date(releases.revisedAt) })}</strong>}
            </p>
          )}
          {releaseNotes.length > 0 && (
            <section aria-labelledby="release-notes" className="mt-3 rounded border-l-4 border-amber-500 bg-amber-50 p-3">
              <h2 id="release-notes" className="font-bold">
                {t("public.notesHeading")}
              </h2>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {releaseNotes.map((v) => (
                  <li key={v.vintage}>
                    {t(v.kind === "REVISION" ? "public.revisionNote" : "public.gapNote", {
                      date: date(v.releasedAt),
                      scope: scopeName(v.communeId),
                      note: v.note,
                    })}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="key-figures" className="mt-6">
            <h2 id="key-figures" className="text-xl font-bold">
              {view.commune
                ? t("public.communeFigures", { commune: view.commune.name, year: view.year })
                : t("public.provinceFigures", { year: view.year })}
            </h2>
            <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {view.keyFigures.map((figure) => (
                <div key={figure.label} className="rounded-lg border-2 border-brand-100 p-3">
                  <dt className="text-sm">{figure.label}</dt>
                  <dd className="text-2xl font-bold text-brand-800 tabular-nums">{figure.cell.text}</dd>
                </div>
              ))}
            </dl>
            {keyFigureNotes.map((note) => (
              <p key={note} className="mt-2 text-sm">
                {note}
              </p>
            ))}
          </section>

          <DataCharts view={view} locale={locale} />
          {view.tables
            .filter((candidate) => candidate.id === "by-commune" || candidate.id === "population-by-commune-and-group")
            .map((candidate) => (
              <section key={candidate.id} aria-labelledby={`table-${candidate.id}`} className="mt-8">
                <h2 id={`table-${candidate.id}`} className="text-xl font-bold">
                  {candidate.title}
                </h2>
                <DataTable table={candidate} caption={candidate.title} captionClass="sr-only" />
              </section>
            ))}

          <section aria-labelledby="downloads" className="mt-6">
            <h2 id="downloads" className="text-lg font-bold">
              {t("public.download")}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-4">
              <li>
                <a href={`${base}/download.csv?${search}`} className="font-medium text-brand-700 underline">
                  {t("public.downloadCsv")}
                </a>
              </li>
              <li>
                <a href={`${base}/download.json?${search}`} className="font-medium text-brand-700 underline">
                  {t("public.downloadJson")}
                </a>
              </li>
              <li>
                <a href={`${base}/datapackage.json?${search}`} className="font-medium text-brand-700 underline">
                  {t("public.downloadDatapackage")}
                </a>
              </li>
            </ul>
            <p className="mt-2 max-w-3xl text-sm">{t("public.openDataNote")}</p>
            {releases && releases.vintages.length > 1 && (
              <>
                <h3 className="mt-3 font-semibold">{t("public.vintages", { year: view.year })}</h3>
                <ul className="mt-1 space-y-1 text-sm">
                  {releases.vintages.map((v) => (
                    <li key={v.vintage}>
                      <a href={`${base}/download.csv?year=${view.year}&vintage=${v.vintage}`} className="text-brand-700 underline">
                        {`${t("public.vintage", { vintage: v.vintage, date: date(v.releasedAt) })} (CSV)`}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
