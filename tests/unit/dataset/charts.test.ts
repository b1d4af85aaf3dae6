import { describe, expect, it } from "vitest";
import { barChartSvg, CHART_WIDTHS, trendChartSvg } from "@/lib/dataset/charts";
import type { ViewTable } from "@/lib/dataset/public-view";

const cell = (value: number | null, text = String(value)) => ({ value, text, suppressed: false });
const table: ViewTable = {
  id: "population-by-group",
  title: "Dân số",
  rowHeading: "Dân tộc",
  columns: ["Dân số"],
  rows: [
    { label: "Tày", cells: [cell(10959, "10.959")] },
    { label: "Dao", cells: [cell(5120, "5.120")] },
  ],
};
const trends: ViewTable = {
  id: "trends",
  title: "Diễn biến",
  rowHeading: "Năm",
  columns: ["Dân số", "Tỷ lệ hộ nghèo"],
  rows: [
    { label: "2024", cells: [cell(10800), cell(15.2)] },
    { label: "2025", cells: [cell(10959), cell(14.1)] },
  ],
};
const fontSizes = (svg: string) => [...svg.matchAll(/font-size[:=]"?\s*(\d+(?:\.\d+)?)px/g)].map((m) => Number(m[1]));

describe("charts a phone can read", () => {
  it("draws each chart at the width it is shown at, with no text under 12 px", () => {
    const svgs = barChartSvg(table, { locale: "vi" });
    expect(svgs.narrow).toContain(`width="${CHART_WIDTHS.narrow}"`);
    expect(svgs.wide).toContain(`width="${CHART_WIDTHS.wide}"`);
    for (const svg of [svgs.narrow, svgs.wide]) {
      const sizes = fontSizes(svg);
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    }
    expect(CHART_WIDTHS.narrow).toBeLessThanOrEqual(360 - 32); // a 360 px phone, the page's padding
  });

  it("formats axes in the reader's number format and starts bars at zero", () => {
    const vi = barChartSvg(table, { locale: "vi" }).wide;
    const en = barChartSvg(table, { locale: "en" }).wide;
    expect(vi).toMatch(/>\d{1,2}\.000</);
    expect(vi).not.toMatch(/>\d{1,2},000</);
    expect(en).toMatch(/>\d{1,2},000</);
    expect(vi).toMatch(/>0</);
  });

  it("one measure per chart: the trend of a column on its own axis from zero", () => {
    const population = trendChartSvg(trends, 0, { locale: "vi" }).wide;
    const poverty = trendChartSvg(trends, 1, { locale: "vi", percent: true }).wide;
    expect(population).toMatch(/>0</);
    expect(population).not.toContain("%");
    expect(poverty).toMatch(/>0 %</);
  });
});
