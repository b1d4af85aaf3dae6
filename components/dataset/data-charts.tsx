import { ChartFigure } from "@/components/dataset/data-table";
import { barChartSvg, trendChartSvg } from "@/lib/dataset/charts";
import type { DataView } from "@/lib/dataset/public-view";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/**
 * The charts of a data view — population by ethnic group, poverty rate by commune, trends across
 * years — each with its text alternative and its table. The public data page draws them from the
 * published figures, the back office from the exact ones.
 */
export function DataCharts({ view, locale }: { view: DataView; locale: Locale }) {
  const t = getT(locale, "dataset");
  const table = (id: string) => view.tables.find((candidate) => candidate.id === id);
  const byGroup = table("population-by-group");
  const poverty = table("poverty-by-commune");
  const trends = table("trends");
  const charts = [
    byGroup && { id: "chart-groups", table: byGroup, svg: barChartSvg(byGroup), alt: t("public.chartAlt.populationByGroup") },
    poverty && { id: "chart-poverty", table: poverty, svg: barChartSvg(poverty, { percent: true }), alt: t("public.chartAlt.povertyByCommune") },
    trends && trends.rows.length > 1 && {
      id: "chart-trends",
      table: trends,
      svg: trendChartSvg(trends),
      alt: t("public.chartAlt.trends", { place: view.commune?.name ?? t("public.province") }),
    },
  ].filter((chart) => !!chart);
  return charts.map((chart) => (
    <section key={chart.id} aria-labelledby={chart.id} className="mt-8">
      <h2 id={chart.id} className="text-xl font-bold">{chart.table.title}</h2>
      <ChartFigure svg={chart.svg} alt={chart.alt} table={chart.table} tableCaption={t("public.chartTable")} />
    </section>
  ));
}
