/*
 * ExcelJS, not Office.js: its cells hold their values and styles in memory, so nothing is loaded or
 * synced before reading them (the office-addins rules take getCell/getRow for Office.js calls).
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
import type { Workbook, Worksheet } from "exceljs";
import { parseRange, rangeAddress } from "../core/sheets/a1";
import type { ConditionalFormatSpec, SheetSpec, TableSpec } from "../core/sheets/sheet-spec";
import { argb } from "./colors";
import { extras } from "./exceljs-extras";
import { storedFormula } from "./xlfn";

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** Table names and workbook names share one namespace in Excel. */
export function freeTableName(wanted: string, workbook: Workbook): string {
  const taken = new Set<string>();
  workbook.worksheets.forEach((ws) =>
    Object.keys(extras(ws).tables ?? {}).forEach((n) => taken.add(n))
  );
  workbook.definedNames.model.forEach((n) => taken.add(n.name));
  const isTaken = (name: string) => [...taken].some((t) => same(t, name));
  if (!isTaken(wanted)) return wanted;
  let n = 2;
  while (isTaken(`${wanted}_${n}`)) n++;
  return `${wanted}_${n}`;
}

/**
 * An Excel table over cells already written: its header row names the columns. ExcelJS writes a
 * table's rows into the sheet itself; given empty rows it writes nothing, and only sizes the table,
 * so 100,000 rows are not copied a second time.
 */
function addTable(sheet: Worksheet, table: TableSpec, name: string): void {
  const { start, end } = parseRange(table.ref);
  const header = sheet.getRow(start.row + 1);
  const columns = [];
  for (let c = start.col; c <= end.col; c++)
    columns.push({ name: String(header.getCell(c + 1).text), filterButton: true });
  const rows: unknown[][] = new Array(end.row - start.row).fill([]);
  sheet.addTable({
    name,
    ref: rangeAddress(start.row, start.col, start.row, start.col),
    headerRow: true,
    style: { theme: (table.style ?? "TableStyleMedium2") as never, showRowStripes: true },
    columns,
    rows,
  });
}

/** A rule's comparison value as a formula: numbers as they are, text quoted. */
function comparand(value: string): string {
  if (value.startsWith("=")) return storedFormula(value);
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value.trim())) return value.trim();
  return `"${value.replace(/"/g, '""')}"`;
}

function addConditionalFormat(sheet: Worksheet, spec: ConditionalFormatSpec, priority: number) {
  const style: Record<string, unknown> = {};
  if (spec.fill !== undefined)
    style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(spec.fill) } };
  const font: Record<string, unknown> = {};
  if (spec.fontColor !== undefined) font.color = { argb: argb(spec.fontColor) };
  if (spec.bold !== undefined) font.bold = spec.bold;
  if (Object.keys(font).length > 0) style.font = font;
  const rule =
    spec.kind === "cellValue"
      ? { type: "cellIs", operator: spec.operator, formulae: [comparand(spec.value)] }
      : { type: "expression", formulae: [storedFormula(spec.formula)] };
  sheet.addConditionalFormatting({ ref: spec.ref, rules: [{ ...rule, priority, style } as never] });
}

/**
 * The Excel objects of a sheet, after its values: tables, conditional formats, dropdowns, links,
 * frozen panes and tab colour. Workbook names and charts are the workbook's business.
 */
export function addSheetObjects(workbook: Workbook, sheet: Worksheet, spec: SheetSpec): void {
  for (const table of spec.tables ?? [])
    addTable(sheet, table, freeTableName(table.name, workbook));
  (spec.conditionalFormats ?? []).forEach((f, i) => addConditionalFormat(sheet, f, i + 1));
  for (const validation of spec.validations ?? []) {
    // A typed list is comma-separated and at most 255 characters; one that cannot be typed is left
    // out rather than offering wrong choices (the pane does the same).
    const source = validation.list.join(",");
    if (validation.list.some((item) => item.includes(",")) || source.length > 255) continue;
    extras(sheet).dataValidations.add(validation.ref, {
      type: "list",
      allowBlank: true,
      formulae: [`"${source.replace(/"/g, '""')}"`],
    });
  }
  for (const link of spec.links ?? []) {
    const cell = sheet.getCell(link.at);
    cell.value = { text: cell.text || link.target, hyperlink: link.target };
  }
  const { rows = 0, columns = 0 } = spec.freeze ?? {};
  if (rows > 0 || columns > 0)
    sheet.views = [{ state: "frozen", xSplit: columns, ySplit: rows, activeCell: "A1" }];
  if (spec.tabColor) sheet.properties.tabColor = { argb: argb(spec.tabColor) };
}
