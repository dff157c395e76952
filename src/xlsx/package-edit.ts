import JSZip from "jszip";
import { ChartData, chartXml, drawingXml } from "./pareto-chart-xml";
import {
  REL_TYPES,
  addContentType,
  addRelationship,
  freePartNumber,
  parseRels,
  readPart,
  relsPath,
  sheetList,
  sheetParts,
} from "./package-parts";
import { PackageName, WORKBOOK_PART, renderName } from "./package-names";

/** A workbook name whose sheet scope is given by the sheet's name, as sheet positions may change. */
export type ScopedName = Omit<PackageName, "localSheetId"> & { scope?: string };

/** What ExcelJS cannot write, done on the saved file. */
export interface PackageEdits {
  /** Every workbook name the file should have. */
  names: ScopedName[];
  charts: ChartData[];
  /** Sheets with links to other sheets (ExcelJS gives each a stray external relationship too). */
  linkedSheets: string[];
}

/** Replaces the names ExcelJS wrote (it drops hidden flags, comments and sheet scopes) with ours. */
function withNames(workbookXml: string, names: ScopedName[]): string {
  const sheets = sheetList(workbookXml).map((s) => s.name.toUpperCase());
  const rendered = names.flatMap((n) => {
    const { scope, ...rest } = n;
    if (scope === undefined) return [renderName(rest)];
    const index = sheets.indexOf(scope.toUpperCase());
    return index < 0 ? [] : [renderName({ ...rest, localSheetId: index })];
  });
  const block = rendered.length > 0 ? `<definedNames>${rendered.join("")}</definedNames>` : "";
  const without = workbookXml.replace(
    /<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/,
    ""
  );
  return without.replace("</sheets>", `</sheets>${block}`);
}

/** Links within the workbook need only their location; the relationship ExcelJS adds points nowhere. */
async function fixInternalLinks(zip: JSZip, part: string): Promise<void> {
  const xml = await readPart(zip, part);
  if (!xml) return;
  const stray: string[] = [];
  const fixed = xml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    if (!/\blocation=/.test(tag)) return tag;
    return tag.replace(/\s+r:id="([^"]*)"/, (_, id: string) => {
      stray.push(id);
      return "";
    });
  });
  if (stray.length === 0) return;
  zip.file(part, fixed);
  const rels = await readPart(zip, relsPath(part));
  if (!rels) return;
  const kept = rels.replace(/<Relationship\b[^>]*\/>/g, (tag) =>
    parseRels(tag).some((r) => stray.includes(r.id) && r.type === REL_TYPES.hyperlink) ? "" : tag
  );
  zip.file(relsPath(part), kept);
}

/** Elements a worksheet may have after <drawing>, in the schema's order. */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

async function addChart(zip: JSZip, part: string, data: ChartData): Promise<void> {
  const sheetXml = await readPart(zip, part);
  if (!sheetXml || sheetXml.includes("<drawing ")) return;
  const chartNo = freePartNumber(zip, (n) => `xl/charts/chart${n}.xml`);
  const drawingNo = freePartNumber(zip, (n) => `xl/drawings/drawing${n}.xml`);
  const chartPart = `xl/charts/chart${chartNo}.xml`;
  const drawingPart = `xl/drawings/drawing${drawingNo}.xml`;
  zip.file(chartPart, chartXml(data));
  const chartRel = await addRelationship(
    zip,
    drawingPart,
    REL_TYPES.chart,
    `../charts/chart${chartNo}.xml`
  );
  zip.file(drawingPart, drawingXml(data.spec, chartRel));
  const drawingRel = await addRelationship(
    zip,
    part,
    REL_TYPES.drawing,
    `../drawings/drawing${drawingNo}.xml`
  );
  await addContentType(
    zip,
    chartPart,
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
  );
  await addContentType(
    zip,
    drawingPart,
    "application/vnd.openxmlformats-officedocument.drawing+xml"
  );
  // Searching from the end of sheetData keeps this cheap on a sheet of 100,000 rows.
  const from = Math.max(0, sheetXml.lastIndexOf("</sheetData>"));
  const at = Math.min(
    ...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag, from)).filter((i) => i >= 0)
  );
  zip.file(part, `${sheetXml.slice(0, at)}<drawing r:id="${drawingRel}"/>${sheetXml.slice(at)}`);
}

/** Applies the edits to the file ExcelJS wrote; parts not touched keep their compressed bytes. */
export async function editPackage(
  buffer: Uint8Array | ArrayBuffer,
  edits: PackageEdits
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = (await readPart(zip, WORKBOOK_PART)) ?? "";
  zip.file(WORKBOOK_PART, withNames(workbookXml, edits.names));
  const parts = await sheetParts(zip);
  for (const sheet of edits.linkedSheets) {
    const part = parts.get(sheet);
    if (part) await fixInternalLinks(zip, part);
  }
  for (const chart of edits.charts) {
    const part = parts.get(chart.sheetName);
    if (part) await addChart(zip, part, chart);
  }
  // Bytes rather than a Node Buffer: the workbench makes the same file in the browser.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
