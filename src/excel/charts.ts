import { parseRange, rangeAddress, sheetReference } from "../core/sheets/a1";
import type {
  BubbleChartSpec,
  ChartSeriesSpec,
  ChartSpec,
  ComboChartSpec,
  StackedBarChartSpec,
} from "../core/sheets/sheet-spec";
import { supports } from "./features";

const CHART_TYPE: Record<ChartSeriesSpec["type"], "ColumnClustered" | "Line"> = {
  column: "ColumnClustered",
  line: "Line",
};

/** A chart from its spec, by its kind (see ChartSpec in src/core/sheets/sheet-spec.ts). */
export function addChart(sheet: Excel.Worksheet, spec: ChartSpec, sheetName = ""): void {
  switch (spec.kind) {
    case "combo":
      return addComboChart(sheet, spec);
    case "stackedBar":
      return addStackedBarChart(sheet, spec);
    case "bubble":
      return addBubbleChart(sheet, spec, sheetName);
  }
}

/** Title, place and legend, the same for every kind. */
function placeChart(chart: Excel.Chart, spec: ChartSpec): void {
  chart.title.text = spec.title;
  chart.setPosition(spec.from, spec.to);
  chart.legend.position = "Bottom";
}

/**
 * For the Pareto chart, sales as clustered columns and the cumulative share as a line on the
 * secondary axis. Office.js has no "add a combo chart": the chart is added with the first series,
 * then each further series is added and given its own type and axis. Where this Excel lacks
 * series-level types (before ExcelApi 1.7) the chart keeps the first series alone; without a
 * secondary axis (before 1.8) the line shares the primary one.
 */
function addComboChart(sheet: Excel.Worksheet, spec: ComboChartSpec): void {
  const [first, ...others] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add(CHART_TYPE[first.type], sheet.getRange(first.values), "Columns");
  placeChart(chart, spec);
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

/**
 * Stacked horizontal bars ("BarStacked"): added with the first segment's values, then each further
 * segment as a series of the same type over the same categories. Before ExcelApi 1.7 (no series
 * values) the chart shows the first segment alone.
 */
function addStackedBarChart(sheet: Excel.Worksheet, spec: StackedBarChartSpec): void {
  const [first, ...others] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add("BarStacked", sheet.getRange(first.values), "Columns");
  placeChart(chart, spec);
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  if (!supports("comboChart")) return;
  const categories = sheet.getRange(spec.categories);
  firstSeries.setXAxisValues(categories);
  for (const other of others) {
    const series = chart.series.add(other.name);
    series.setValues(sheet.getRange(other.values));
    series.setXAxisValues(categories);
  }
  if (spec.valueFormat && supports("secondaryAxis"))
    chart.axes.getItem("Value").numberFormat = spec.valueFormat;
}

/** How many cells a one-column or one-row range holds: the points of a bubble series. */
function cellCount(ref: string): number {
  const { start, end } = parseRange(ref);
  return (end.row - start.row + 1) * (end.col - start.col + 1);
}

/**
 * Bubbles (as Office's own bubble sample does it): the chart is added over the first series' y
 * values, then every series gets its x values, y values and bubble sizes (ExcelApi 1.7; before it no
 * bubble chart is added, since one without sizes would misread the data). Each point's label is a
 * formula pointing at its label cell (ChartDataLabel.formula, ExcelApi 1.8), so a renamed account
 * relabels its bubble.
 */
function addBubbleChart(sheet: Excel.Worksheet, spec: BubbleChartSpec, sheetName: string): void {
  const [first] = spec.series;
  if (!first || !supports("comboChart")) return;
  const chart = sheet.charts.add("Bubble", sheet.getRange(first.y), "Columns");
  placeChart(chart, spec);
  const labels = supports("secondaryAxis");
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setXAxisValues(sheet.getRange(s.x));
    series.setValues(sheet.getRange(s.y));
    series.setBubbleSizes(sheet.getRange(s.size));
    if (!s.labels || !labels) return;
    const { start } = parseRange(s.labels);
    const across = parseRange(s.labels).end.col > start.col;
    for (let p = 0; p < cellCount(s.labels); p++) {
      const point = series.points.getItemAt(p);
      point.hasDataLabel = true;
      const cell = across
        ? rangeAddress(start.row, start.col + p, start.row, start.col + p, { absolute: true })
        : rangeAddress(start.row + p, start.col, start.row + p, start.col, { absolute: true });
      point.dataLabel.formula = `=${sheetReference(sheetName, cell)}`;
    }
  });
  const axis = (type: "Category" | "Value", a: BubbleChartSpec["xAxis"]) => {
    if (!a) return;
    const item = chart.axes.getItem(type);
    if (a.title) item.title.text = a.title;
    if (a.format && labels) item.numberFormat = a.format;
  };
  axis("Category", spec.xAxis);
  axis("Value", spec.yAxis);
}
