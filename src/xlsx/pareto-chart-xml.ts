import { parseAddress, parseRange, rangeAddress, sheetReference } from "../core/sheets/a1";
import type { ChartSeriesSpec, ChartSpec } from "../core/sheets/sheet-spec";
import { escapeXml } from "./xml-text";

/**
 * The DrawingML of a chart from its spec, for the .xlsx writer (ExcelJS cannot write charts): column
 * series on the primary axes, line series on the secondary ones, so the Pareto chart is sales bars
 * with the cumulative share as a line. Every reference carries the values it shows as a cache, so a
 * program that does not recalculate still draws it.
 */
export interface ChartData {
  spec: ChartSpec;
  sheetName: string;
  categories: string[];
  /** One array per series, in the spec's order. */
  values: (number | null)[][];
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000"];
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

function series(data: ChartData, s: ChartSeriesSpec, i: number): string {
  const color = COLORS[i % COLORS.length];
  const look =
    s.type === "column"
      ? `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
      : `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`;
  const count = data.categories.length;
  const cat = `<c:cat><c:strRef><c:f>${escapeXml(absolute(data.sheetName, data.spec.categories))}</c:f><c:strCache><c:ptCount val="${count}"/>${points(data.categories)}</c:strCache></c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${escapeXml(absolute(data.sheetName, s.values))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${count}"/>${points(data.values[i] ?? [])}</c:numCache></c:numRef></c:val>`;
  const tail = s.type === "line" ? `<c:smooth val="0"/>` : "";
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${look}${cat}${val}${tail}</c:ser>`;
}

function axes([cat, val]: number[], secondary: boolean, format: string): string {
  const common = `<c:scaling><c:orientation val="minMax"/>${secondary && format.includes("%") ? '<c:max val="1"/><c:min val="0"/>' : ""}</c:scaling>`;
  return (
    `<c:catAx><c:axId val="${cat}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${secondary ? 1 : 0}"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${val}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${val}"/>${common}<c:delete val="0"/><c:axPos val="${secondary ? "r" : "l"}"/>${secondary ? "" : "<c:majorGridlines/>"}<c:numFmt formatCode="${escapeXml(format, true)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cat}"/><c:crosses val="${secondary ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

export function chartXml(data: ChartData): string {
  const { spec } = data;
  const indexed = spec.series.map((s, i) => ({ s, i }));
  const group = (secondary: boolean) => indexed.filter(({ s }) => !!s.secondaryAxis === secondary);
  const plot = (secondary: boolean) => {
    const list = group(secondary);
    if (list.length === 0) return "";
    const [catId, valId] = secondary ? AXES.secondary : AXES.primary;
    const sers = list.map(({ s, i }) => series(data, s, i)).join("");
    const ids = `<c:axId val="${catId}"/><c:axId val="${valId}"/>`;
    const columns = list.every(({ s }) => s.type === "column");
    return columns
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}<c:gapWidth val="50"/>${ids}</c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${ids}</c:lineChart>`;
  };
  const hasSecondary = group(true).length > 0;
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr sz="1200" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot(false)}${plot(true)}${axes(AXES.primary, false, "#,##0")}` +
    `${hasSecondary ? axes(AXES.secondary, true, spec.secondaryAxisFormat ?? "General") : ""}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing that places the chart over the cells from `from` to `to` (both covered). */
export function drawingXml(spec: ChartSpec, chartRelId: string): string {
  const from = parseAddress(spec.from);
  const to = parseAddress(spec.to);
  const anchor = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:twoCellAnchor>${anchor("from", from.row, from.col)}${anchor("to", to.row + 1, to.col + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(spec.title, true)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${chartRelId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}
