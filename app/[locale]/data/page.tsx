import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DataCharts } from "@/components/dataset/data-charts";
import { DataTable } from "@/components/dataset/data-table";
import { buildDataView } from "@/lib/dataset/public-view";
import { getPublicDataset, getReference } from "@/lib/dataset/queries";
import { ZPublicDataParams } from "@/lib/dataset/schema";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";

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
  const query = ZPublicDataParams.parse(await searchParams);
  const [dataset, reference] = await Promise.all([getPublicDataset(), getReference()]);
  const view = buildDataView({ dataset, reference, locale, year: query.year, communeSlug: query.commune });
  const base = localePath(locale, "data");
  const search = new URLSearchParams();
  if (view) search.set("year", String(view.year));
  if (view?.commune) search.set("commune", view.commune.slug);
  const isDemo = reference.communes.some((c) => c.isDemo);

  return (
    <>
      <h1 className="text-2xl font-bold">{t("public.title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("public.lead")}</p>
      {isDemo && <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-1 text-sm font-semibold">{t("public.demoNotice")}</p>}

      {!view ? (
        <p className="mt-6">{t("public.noData")}</p>
      ) : (
        <>
          <form method="get" action={base} aria-label={t("public.chooser")} className="mt-4 flex flex-wrap items-end gap-3 rounded bg-brand-50 p-3">
            <label className="block text-sm font-semibold">
              {t("public.year")}
              <select name="year" defaultValue={String(view.year)} className={selectClass}>
                {view.years.map((year) => <option key={year} value={year}>{year}</option>)}
              </select>
            </label>
            <label className="block text-sm font-semibold">
              {t("public.commune")}
              <select name="commune" defaultValue={view.commune?.slug ?? ""} className={selectClass}>
                <option value="">{t("public.wholeProvince")}</option>
                {reference.communes.map((c) => <option key={c.id} value={c.slug}>{c.fullName}</option>)}
              </select>
            </label>
            <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">{t("public.show")}</button>
          </form>

          <section aria-labelledby="key-figures" className="mt-6">
            <h2 id="key-figures" className="text-xl font-bold">
              {view.commune ? t("public.communeFigures", { commune: view.commune.name, year: view.year }) : t("public.provinceFigures", { year: view.year })}
            </h2>
            <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {view.keyFigures.map((figure) => (
                <div key={figure.label} className="rounded-lg border-2 border-brand-100 p-3">
                  <dt className="text-sm">{figure.label}</dt>
                  <dd className="text-2xl font-bold text-brand-800 tabular-nums">{figure.cell.text}</dd>
                </div>
              ))}
            </dl>
          </section>

          <DataCharts view={view} locale={locale} />
          {view.tables
            .filter((candidate) => candidate.id === "by-commune" || candidate.id === "population-by-commune-and-group")
            .map((candidate) => (
              <section key={candidate.id} aria-labelledby={`table-${candidate.id}`} className="mt-8">
                <h2 id={`table-${candidate.id}`} className="text-xl font-bold">{candidate.title}</h2>
                <DataTable table={candidate} caption={candidate.title} captionClass="sr-only" />
              </section>
            ))}

          <p className="mt-6 text-sm">{t("public.suppressedNote")}</p>
          <p className="mt-1 text-sm">{t("public.noValueNote")}</p>
          <section aria-labelledby="downloads" className="mt-6">
            <h2 id="downloads" className="text-lg font-bold">{t("public.download")}</h2>
            <ul className="mt-2 flex flex-wrap gap-4">
              <li><a href={`${base}/download.csv?${search}`} className="font-medium text-brand-700 underline">{t("public.downloadCsv")}</a></li>
              <li><a href={`${base}/download.json?${search}`} className="font-medium text-brand-700 underline">{t("public.downloadJson")}</a></li>
            </ul>
          </section>
        </>
      )}
    </>
  );
}
