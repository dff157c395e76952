import type { ChartSeriesSpec, ChartSpec } from "../core/sheets/sheet-spec";
import { supports } from "./features";

const CHART_TYPE: Record<ChartSeriesSpec["type"], "ColumnClustered" | "Line"> = {
  column: "ColumnClustered",
  line: "Line",
};

/**
 * A chart from its spec; for the Pareto chart, sales as clustered columns and the cumulative share as
 * a line on the secondary axis. Office.js has no "add a combo chart": the chart is added with the first
 * series, then each further series is added and given its own type and axis. Where this Excel lacks
 * series-level types (before ExcelApi 1.7) the chart keeps the first series alone; without a secondary
 * axis (before 1.8) the line shares the primary one.
 */
export function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...others] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add(CHART_TYPE[first.type], sheet.getRange(first.values), "Columns");
  chart.title.text = spec.title;
  chart.setPosition(spec.from, spec.to);
  chart.legend.position = "Bottom";
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  if (!supports("comboChart")) return;
  const categories = sheet.getRange(spec.categories);
  firstSeries.setXAxisValues(categories);
  const secondary = supports("secondaryAxis");
  for (const other of others) {
    const series = chart.series.add(other.name);
    series.setValues(sheet.getRange(other.values));
    series.setXAxisValues(categories);
    series.chartType = CHART_TYPE[other.type];
    if (other.secondaryAxis && secondary) series.axisGroup = "Secondary";
  }
  const onSecondary = others.some((s) => s.secondaryAxis);
  if (spec.secondaryAxisFormat && onSecondary && secondary)
    chart.axes.getItem("Value", "Secondary").numberFormat = spec.secondaryAxisFormat;
}
