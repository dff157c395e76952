import type { Workbook, Worksheet } from "exceljs";
import { parseRange, rangeAddress, sheetReference } from "../core/sheets/a1";
import type { ChartSpec, SheetSpec } from "../core/sheets/sheet-spec";
import { markedSheets } from "./add-in-sheets";
import { orderOf, setOrder } from "./exceljs-extras";
import type { ChartData } from "./pareto-chart-xml";
import { type RowProgress, writeBlocks } from "./render-cells";
import { applyColumnWidths, applyFormats, applyPageSetup } from "./sheet-formats";
import { addSheetObjects } from "./sheet-objects";
import type { ScopedName } from "./package-edit";
import type { PackageName } from "./package-names";
import { sheetNameFor } from "../core/sheets/sheet-names";
import { plainValue } from "./sheet-values";

export interface WrittenSheet {
  kind: SheetSpec["kind"];
  marker: string;
  /** The name the sheet got: the spec's, or another when a user's sheet had it. */
  name: string;
}

/** What the package edits need after ExcelJS has written the sheets. */
export interface SheetsWritten {
  written: WrittenSheet[];
  /** The names the specs define, markers included. */
  names: ScopedName[];
  charts: ChartData[];
  linkedSheets: string[];
  /** The add-in's old sheets that were replaced, by the names they had. */
  replaced: string[];
}

const upper = (s: string) => s.toUpperCase();

function absoluteRef(sheetName: string, ref: string): string {
  const { start, end } = parseRange(ref);
  return sheetReference(
    sheetName,
    rangeAddress(start.row, start.col, end.row, end.col, { absolute: true })
  );
}

function chartData(sheet: Worksheet, sheetName: string, spec: ChartSpec): ChartData {
  const cells = (ref: string) => {
    const { start, end } = parseRange(ref);
    const out = [];
    for (let r = start.row; r <= end.row; r++)
      for (let c = start.col; c <= end.col; c++)
        out.push(plainValue(sheet.getCell(r + 1, c + 1).value));
    return out;
  };
  return {
    spec,
    sheetName,
    categories: cells(spec.categories).map((v) => (v === null ? "" : String(v))),
    values: spec.series.map((s) => cells(s.values).map((v) => (typeof v === "number" ? v : null))),
  };
}

/**
 * Makes the sheet a spec goes into: the add-in's old one is replaced at its position, under the name
 * it has now (see sheetNameFor); a user's sheet is never touched.
 */
function prepareSheet(workbook: Workbook, spec: SheetSpec, existing: Worksheet | undefined) {
  const others = workbook.worksheets.filter((s) => s !== existing).map((s) => s.name);
  const name = sheetNameFor(spec.name, existing?.name, others);
  const order = existing ? orderOf(existing) : Math.max(0, ...workbook.worksheets.map(orderOf)) + 1;
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(name);
  setOrder(sheet, order);
  return { sheet, name };
}

/**
 * Renders the specs into the loaded workbook, in order. The add-in's sheets are found by their marker
 * names (they follow a sheet the user renamed); a user's sheet with the wanted name keeps it and ours
 * gets another ("KAM Tiers (2)").
 */
export function writeSheets(
  workbook: Workbook,
  inputNames: readonly PackageName[],
  specs: readonly SheetSpec[],
  progress?: (spec: SheetSpec, done: number, total: number) => void
): SheetsWritten {
  const markers = new Set(specs.map((s) => upper(s.marker)));
  const marked = markedSheets(workbook, inputNames, markers);
  const out: SheetsWritten = { written: [], names: [], charts: [], linkedSheets: [], replaced: [] };
  for (const spec of specs) {
    const existing = marked.get(upper(spec.marker));
    if (existing) out.replaced.push(existing.name);
    const { sheet, name } = prepareSheet(workbook, spec, existing);
    const rows: RowProgress = (done, total) => progress?.(spec, done, total);
    writeBlocks(sheet, spec, rows);
    applyColumnWidths(sheet, spec);
    applyFormats(sheet, spec.formats ?? []);
    applyPageSetup(sheet, spec);
    addSheetObjects(workbook, sheet, spec);
    out.names.push({ name: spec.marker, ref: absoluteRef(name, "A1"), hidden: true });
    for (const n of spec.names ?? []) {
      // Names the add-in finds cells by (a plan's figures) are hidden, like the markers.
      const hidden = "hidden" in n && n.hidden === true;
      out.names.push({ name: n.name, ref: absoluteRef(name, n.ref), hidden, comment: n.comment });
    }
    for (const chart of spec.charts ?? []) out.charts.push(chartData(sheet, name, chart));
    if ((spec.links ?? []).length > 0) out.linkedSheets.push(name);
    out.written.push({ kind: spec.kind, marker: spec.marker, name });
  }
  return out;
}
