import { ChartFigure } from "@/components/dataset/data-table";
import { barChartSvg, trendChartSvg } from "@/lib/dataset/charts";
import type { DataView } from "@/lib/dataset/public-view";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/**
 * The charts of a data view — population by ethnic group, poverty rate by commune, and each
 * measure across years on its own chart (one measure per chart, axes from zero) — each with its
 * text alternative and its table. The public data page draws them from the published figures,
 * the back office from the exact ones.
 */
export function DataCharts({ view, locale }: { view: DataView; locale: Locale }) {
  const t = getT(locale, "dataset");
  const table = (id: string) => view.tables.find((candidate) => candidate.id === id);
  const byGroup = table("population-by-group");
  const poverty = table("poverty-by-commune");
  const trends = table("trends");
  const place = view.commune?.name ?? t("public.province");
  const charts = [
    byGroup && {
      id: "chart-groups",
      title: byGroup.title,
      table: byGroup,
      figures: [{ svgs: barChartSvg(byGroup, { locale }), alt: t("public.chartAlt.populationByGroup") }],
    },
    poverty && {
      id: "chart-poverty",
      title: poverty.title,
      table: poverty,
      figures: [{ svgs: barChartSvg(poverty, { locale, percent: true }), alt: t("public.chartAlt.povertyByCommune") }],
    },
    trends &&
      trends.rows.length > 1 && {
        id: "chart-trends",
        title: trends.title,
        table: trends,
        figures: [
          { svgs: trendChartSvg(trends, 0, { locale }), alt: t("public.chartAlt.trendPopulation", { place }) },
          { svgs: trendChartSvg(trends, 1, { locale, percent: true }), alt: t("public.chartAlt.trendPoverty", { place }) },
        ],
      },
  ].filter((chart) => !!chart);
  return charts.map((chart) => (
    <section key={chart.id} aria-labelledby={chart.id} className="mt-8">
      <h2 id={chart.id} className="text-xl font-bold">
        {chart.title}
      </h2>
      <ChartFigure figures={chart.figures} table={chart.table} tableCaption={t("public.chartTable")} />
    </section>
  ));
}
