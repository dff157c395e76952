import { parseAddress, parseRange, rangeAddress, sheetReference } from "../core/sheets/a1";
import type {
  BubbleChartSpec,
  BubbleSeriesSpec,
  CellValue,
  ChartSeriesSpec,
  ChartSpec,
  ComboChartSpec,
  StackedBarChartSpec,
} from "../core/sheets/sheet-spec";
import { escapeXml } from "./xml-text";

/**
 * The DrawingML of a chart from its spec, for the .xlsx writer (ExcelJS cannot write charts), by its
 * kind: `combo` has column series on the primary axes and line series on the secondary ones (the
 * Pareto chart: sales bars with the cumulative share as a line); `stackedBar` is a horizontal
 * stacked bar chart; `bubble` a bubble chart with a label per point from its cell. Every reference
 * carries the values it shows as a cache, so a program that does not recalculate still draws it.
 */
export interface ChartData {
  spec: ChartSpec;
  sheetName: string;
  /** The values the spec's cells hold now (formulas' cached results), for the caches. */
  cells: (ref: string) => CellValue[];
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000"];
/** Aging segments from fresh to old: green, yellow, orange, red, dark red, then greys. */
const STACK_COLORS = ["70AD47", "FFC000", "ED7D31", "C00000", "7B0000", "A5A5A5", "7F7F7F"];
const AXES = { primary: [501, 502], secondary: [503, 504] };

function absolute(sheetName: string, ref: string): string {
  const { start, end } = parseRange(ref);
  return sheetReference(
    sheetName,
    rangeAddress(start.row, start.col, end.row, end.col, { absolute: true })
  );
}

const points = (values: (string | number | null)[]) =>
  values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");

const numbers = (values: CellValue[]) => values.map((v) => (typeof v === "number" ? v : null));
const texts = (values: CellValue[]) => values.map((v) => (v === null ? "" : String(v)));

function numRef(data: ChartData, tag: string, ref: string): string {
  const values = numbers(data.cells(ref));
  return `<c:${tag}><c:numRef><c:f>${escapeXml(absolute(data.sheetName, ref))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points(values)}</c:numCache></c:numRef></c:${tag}>`;
}

function strRef(data: ChartData, tag: string, ref: string): string {
  const values = texts(data.cells(ref));
  return `<c:${tag}><c:strRef><c:f>${escapeXml(absolute(data.sheetName, ref))}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points(values)}</c:strCache></c:strRef></c:${tag}>`;
}

const fill = (color: string) =>
  `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;

function series(data: ChartData, spec: ComboChartSpec, s: ChartSeriesSpec, i: number): string {
  const color = COLORS[i % COLORS.length];
  const look =
    s.type === "column"
      ? `${fill(color)}<c:invertIfNegative val="0"/>`
      : `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`;
  const tail = s.type === "line" ? `<c:smooth val="0"/>` : "";
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${look}${strRef(data, "cat", spec.categories)}${numRef(data, "val", s.values)}${tail}</c:ser>`;
}

function axes([cat, val]: number[], secondary: boolean, format: string): string {
  const common = `<c:scaling><c:orientation val="minMax"/>${secondary && format.includes("%") ? '<c:max val="1"/><c:min val="0"/>' : ""}</c:scaling>`;
  return (
    `<c:catAx><c:axId val="${cat}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${secondary ? 1 : 0}"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${val}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${val}"/>${common}<c:delete val="0"/><c:axPos val="${secondary ? "r" : "l"}"/>${secondary ? "" : "<c:majorGridlines/>"}<c:numFmt formatCode="${escapeXml(format, true)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cat}"/><c:crosses val="${secondary ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function comboPlot(data: ChartData, spec: ComboChartSpec): string {
  const indexed = spec.series.map((s, i) => ({ s, i }));
  const group = (secondary: boolean) => indexed.filter(({ s }) => !!s.secondaryAxis === secondary);
  const plot = (secondary: boolean) => {
    const list = group(secondary);
    if (list.length === 0) return "";
    const [catId, valId] = secondary ? AXES.secondary : AXES.primary;
    const sers = list.map(({ s, i }) => series(data, spec, s, i)).join("");
    const ids = `<c:axId val="${catId}"/><c:axId val="${valId}"/>`;
    const columns = list.every(({ s }) => s.type === "column");
    return columns
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}<c:gapWidth val="50"/>${ids}</c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${ids}</c:lineChart>`;
  };
  const hasSecondary = group(true).length > 0;
  return (
    `${plot(false)}${plot(true)}${axes(AXES.primary, false, "#,##0")}` +
    `${hasSecondary ? axes(AXES.secondary, true, spec.secondaryAxisFormat ?? "General") : ""}`
  );
}

/** One horizontal bar per category, the series stacked in it (overlap 100%). */
function stackedBarPlot(data: ChartData, spec: StackedBarChartSpec): string {
  const [catId, valId] = AXES.primary;
  const sers = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${fill(STACK_COLORS[i % STACK_COLORS.length])}<c:invertIfNegative val="0"/>${strRef(data, "cat", spec.categories)}${numRef(data, "val", s.values)}</c:ser>`
    )
    .join("");
  const format = escapeXml(spec.valueFormat ?? "General", true);
  return (
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${sers}<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="${catId}"/><c:axId val="${valId}"/></c:barChart>` +
    // Categories top to bottom in the table's order: the category axis runs maxMin.
    `<c:catAx><c:axId val="${catId}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${valId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${catId}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** Each point's label as a rich-text reference to its label cell (CT_DLbl with a strRef). */
function pointLabels(data: ChartData, s: BubbleSeriesSpec): string {
  if (!s.labels) return "";
  const { start, end } = parseRange(s.labels);
  const across = end.col > start.col;
  const labels = texts(data.cells(s.labels));
  const one = (text: string, p: number) => {
    const cell = across
      ? rangeAddress(start.row, start.col + p, start.row, start.col + p, { absolute: true })
      : rangeAddress(start.row + p, start.col, start.row + p, start.col, { absolute: true });
    const ref = escapeXml(sheetReference(data.sheetName, cell));
    return `<c:dLbl><c:idx val="${p}"/><c:tx><c:strRef><c:f>${ref}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(text)}</c:v></c:pt></c:strCache></c:strRef></c:tx><c:dLblPos val="ctr"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`;
  };
  return `<c:dLbls>${labels.map(one).join("")}<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
}

function valueAxis(
  id: number,
  cross: number,
  pos: "b" | "l",
  a: BubbleChartSpec["xAxis"],
  grid: boolean
): string {
  const title = a?.title
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(a.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    : "";
  const format = escapeXml(a?.format ?? "General", true);
  return `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>${grid ? "<c:majorGridlines/>" : ""}${title}<c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`;
}

/** Bubbles on two value axes: x, y and size per series, a label per point. */
function bubblePlot(data: ChartData, spec: BubbleChartSpec): string {
  const [xId, yId] = AXES.primary;
  const sers = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${COLORS[i % COLORS.length]}"><a:alpha val="75000"/></a:srgbClr></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `${pointLabels(data, s)}${numRef(data, "xVal", s.x)}${numRef(data, "yVal", s.y)}${numRef(data, "bubbleSize", s.size)}<c:bubble3D val="0"/></c:ser>`
    )
    .join("");
  return (
    `<c:bubbleChart><c:varyColors val="0"/>${sers}<c:bubbleScale val="100"/><c:showNegBubbles val="0"/><c:axId val="${xId}"/><c:axId val="${yId}"/></c:bubbleChart>` +
    valueAxis(xId, yId, "b", spec.xAxis, false) +
    valueAxis(yId, xId, "l", spec.yAxis, true)
  );
}

function plotArea(data: ChartData): string {
  const { spec } = data;
  switch (spec.kind) {
    case "combo":
      return comboPlot(data, spec);
    case "stackedBar":
      return stackedBarPlot(data, spec);
    case "bubble":
      return bubblePlot(data, spec);
  }
}

export function chartXml(data: ChartData): string {
  const { spec } = data;
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotArea(data)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing that places each chart over the cells from its `from` to its `to` (both covered). */
export function drawingXml(charts: { spec: ChartSpec; relId: string }[]): string {
  const anchor = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map(({ spec, relId }, i) => {
    const from = parseAddress(spec.from);
    const to = parseAddress(spec.to);
    return (
      `<xdr:twoCellAnchor>${anchor("from", from.row, from.col)}${anchor("to", to.row + 1, to.col + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(spec.title, true)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `${anchors.join("")}</xdr:wsDr>`
  );
}
