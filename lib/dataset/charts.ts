import "server-only";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { ViewTable } from "./public-view";

// Apache ECharts renders on the server to an SVG string (its SSR mode, no browser, no DOM): the
// public pages ship no chart script, and every chart has its table right below it.
echarts.use([BarChart, LineChart, GridComponent, SVGRenderer]);

const BRAND = ["#1d5c8f", "#b4462f", "#3f7d3a", "#7a5a00"];
/** Text size in the SVG's own units: each chart is drawn at the width it is shown at, so 12 stays 12 px. */
const FONT_SIZE = 12;
const FONT = { fontFamily: "system-ui, sans-serif", fontSize: FONT_SIZE, color: "#1f2937" };

/**
 * Chart widths: a phone of 360 px shows the page's content about 328 px wide, so the narrow chart
 * is drawn at that width (shown below 640 px) and the wide one at 640 (shown from 640 px up);
 * neither is ever scaled down much, so no text falls under 12 px.
 */
export const CHART_WIDTHS = { narrow: 328, wide: 640 } as const;
export type ChartSvgs = { narrow: string; wide: string };

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: FONT, color: BRAND, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** An axis label in the reader's number format (1.000 in Vietnamese, 1,000 in English). */
const axisFormatter = (locale: Locale, percent: boolean) => (value: number) => `${formatNumber(value, locale)}${percent ? " %" : ""}`;

/**
 * A horizontal bar chart of a table's first column (rows as categories): one measure, bars from
 * zero. Hidden values ("<5", hidden) and rows without data get no bar; the table next to the chart
 * shows them.
 */
export function barChartSvg(table: ViewTable, options: { locale: Locale; percent?: boolean }): ChartSvgs {
  const rows = table.rows.filter((row) => row.cells[0]?.value !== null);
  const height = Math.max(160, 40 + rows.length * 30);
  const draw = (width: number) =>
    render(
      {
        grid: { left: 8, right: 56, top: 10, bottom: 20, containLabel: true },
        xAxis: {
          type: "value",
          min: 0,
          splitNumber: width < 400 ? 3 : 5,
          axisLabel: { fontSize: FONT_SIZE, formatter: axisFormatter(options.locale, !!options.percent) },
        },
        yAxis: {
          type: "category",
          inverse: true,
          data: rows.map((row) => row.label),
          axisLabel: { fontSize: FONT_SIZE, width: width < 400 ? 110 : 200, overflow: "break" },
        },
        series: [
          {
            type: "bar",
            data: rows.map((row) => row.cells[0]!.value),
            label: {
              show: true,
              fontSize: FONT_SIZE,
              position: "right",
              formatter: (p: { dataIndex: number }) => rows[p.dataIndex]!.cells[0]!.text,
            },
          },
        ],
      },
      width,
      height,
    );
  return { narrow: draw(CHART_WIDTHS.narrow), wide: draw(CHART_WIDTHS.wide) };
}

/**
 * One measure over the years (a column of the trends table): a line on an axis from zero — no
 * second axis, no zoomed scale that makes a small change look like a collapse.
 */
export function trendChartSvg(table: ViewTable, column: number, options: { locale: Locale; percent?: boolean }): ChartSvgs {
  const years = table.rows.map((row) => row.label);
  const draw = (width: number) =>
    render(
      {
        grid: { left: 8, right: 24, top: 24, bottom: 20, containLabel: true },
        xAxis: { type: "category", data: years, axisLabel: { fontSize: FONT_SIZE } },
        yAxis: {
          type: "value",
          min: 0,
          splitNumber: 4,
          axisLabel: { fontSize: FONT_SIZE, formatter: axisFormatter(options.locale, !!options.percent) },
        },
        series: [
          {
            type: "line",
            name: table.columns[column],
            data: table.rows.map((row) => row.cells[column]!.value),
            label: {
              show: true,
              fontSize: FONT_SIZE,
              formatter: (p: { dataIndex: number }) => table.rows[p.dataIndex]!.cells[column]!.text,
            },
          },
        ],
      },
      width,
      260,
    );
  return { narrow: draw(CHART_WIDTHS.narrow), wide: draw(CHART_WIDTHS.wide) };
}
