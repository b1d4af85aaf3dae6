import "server-only";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { ViewTable } from "./public-view";

// Apache ECharts renders on the server to an SVG string (its SSR mode, no browser, no DOM): the
// public pages ship no chart script, and every chart has its table right below it.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

const BRAND = ["#1d5c8f", "#b4462f", "#3f7d3a", "#7a5a00"];
const FONT = { fontFamily: "system-ui, sans-serif", fontSize: 12, color: "#1f2937" };

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: FONT, color: BRAND, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * A horizontal bar chart of a table's first column (rows as categories). Hidden values ("<5")
 * and rows without data get no bar; the table next to the chart shows them.
 */
export function barChartSvg(table: ViewTable, options: { width?: number; percent?: boolean } = {}): string {
  const rows = table.rows.filter((row) => row.cells[0]?.value !== null);
  const height = Math.max(160, 40 + rows.length * 30);
  return render(
    {
      grid: { left: 10, right: 60, top: 10, bottom: 20, containLabel: true },
      xAxis: { type: "value", axisLabel: { formatter: options.percent ? "{value} %" : "{value}" } },
      yAxis: { type: "category", inverse: true, data: rows.map((row) => row.label) },
      series: [{ type: "bar", data: rows.map((row) => row.cells[0]!.value), label: { show: true, position: "right", formatter: (p: { dataIndex: number }) => rows[p.dataIndex]!.cells[0]!.text } }],
    },
    options.width ?? 640,
    height,
  );
}

/** Two lines over the years: a count (left axis) and a rate in % (right axis). */
export function trendChartSvg(table: ViewTable, options: { width?: number } = {}): string {
  const years = table.rows.map((row) => row.label);
  return render(
    {
      legend: { top: 0, data: table.columns },
      grid: { left: 10, right: 10, top: 40, bottom: 20, containLabel: true },
      xAxis: { type: "category", data: years },
      yAxis: [{ type: "value", scale: true }, { type: "value", axisLabel: { formatter: "{value} %" }, splitLine: { show: false } }],
      series: table.columns.map((name, index) => ({
        type: "line",
        name,
        yAxisIndex: index === 0 ? 0 : 1,
        data: table.rows.map((row) => row.cells[index]!.value),
        label: { show: true, formatter: (p: { dataIndex: number }) => table.rows[p.dataIndex]!.cells[index]!.text },
      })),
    },
    options.width ?? 640,
    300,
  );
}
