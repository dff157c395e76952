import type ExcelJS from "exceljs";
import { characterWidthToPoints } from "../../excel/sheet-formats";
import { type LoadedWorkbook, loadWorkbookBytes } from "../../xlsx/loaded-workbook";
import { a1, type SheetModel } from "../excel-double";
import { WorkbenchHost } from "../host/workbench-host";
import { cellContent, cellStyle } from "./cell-content";
import { copyProperties } from "./document-properties";

type Worksheet = ExcelJS.Worksheet;

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function copyCells(worksheet: Worksheet, sheet: SheetModel): void {
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) =>
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // The cells a merge covers repeat its first cell's value in ExcelJS; in Excel they are empty.
      if (cell.isMerged && cell.master !== cell) return;
      const [r, c] = [rowNumber - 1, columnNumber - 1];
      const content = cellContent(cell);
      sheet.cells.setContent(r, c, content.value, content.formula);
      if (cell.numFmt) sheet.cells.setNumberFormat(r, c, cell.numFmt);
      const style = cellStyle(cell);
      if (Object.keys(style).length > 0) sheet.cells.setStyle(r, c, style);
      if (content.link !== undefined)
        sheet.hyperlinks.set(
          `${r},${c}`,
          content.link.startsWith("#")
            ? { documentReference: content.link.slice(1) }
            : { address: content.link }
        );
    })
  );
}

/** Excel's default row height, in points. */
const DEFAULT_ROW_POINTS = 15;

function copyLayout(worksheet: Worksheet, sheet: SheetModel): void {
  (worksheet.columns ?? []).forEach((column, index) => {
    if (column.width) sheet.columnWidths.set(index, characterWidthToPoints(column.width));
  });
  // A row the file makes taller than Excel's default keeps its height; a lower one (LibreOffice
  // writes 12.8 points on every row) is drawn at the default, and wrapped rows grow to fit.
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.height && row.height > DEFAULT_ROW_POINTS) sheet.rowHeights.set(number - 1, row.height);
    if (row.hidden) sheet.hiddenRows.add(number - 1);
  });
  const view = worksheet.views?.[0] as
    { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === "frozen")
    sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  sheet.visibility = VISIBILITY[worksheet.state as keyof typeof VISIBILITY] ?? "Visible";
}

/** Dropdown lists, which the grid offers and checks typing against, as Excel does. */
function copyLists(worksheet: Worksheet, sheet: SheetModel): void {
  const rules = (worksheet as unknown as { dataValidations: { model: Record<string, unknown> } })
    .dataValidations.model;
  for (const [where, rule] of Object.entries(rules)) {
    const { type, formulae } = rule as { type?: string; formulae?: unknown[] };
    const source = formulae?.[0];
    if (type !== "list" || typeof source !== "string") continue;
    const literal = /^"(.*)"$/.exec(source);
    for (const part of where.replace(/^range:/, "").split(/\s+/)) {
      const ref = a1.parseRef(part);
      if (ref)
        sheet.setValidation(ref.rect, {
          list: { source: literal ? literal[1] : `=${source}`, inCellDropDown: true },
        });
    }
  }
}

/** ExcelJS's getTables() is typed as [Table, void][] but gives Table objects holding their model. */
type LoadedTable = { table?: { name: string; ref?: string; tableRef?: string } };

function copyTables(host: WorkbenchHost, worksheet: Worksheet, sheet: SheetModel): void {
  for (const item of worksheet.getTables() as unknown as LoadedTable[]) {
    if (!item.table) continue;
    const { name, ref, tableRef } = item.table;
    const parsed = a1.parseRef(ref ?? tableRef ?? "");
    if (!parsed) continue;
    host.model.addTable(
      { sheet, rect: parsed.rect, style: "TableStyleMedium2", showTotals: false },
      name
    );
  }
}

/**
 * Workbook names as the file has them, hidden ones too: the add-in finds its own sheets by hidden
 * names, so a workbook it wrote (or the workbench downloaded) is recognised when opened again.
 * Names scoped to a sheet, or holding anything but one range, are left out (the double has neither).
 */
function copyNames(host: WorkbenchHost, loaded: LoadedWorkbook): void {
  for (const { name, ref, hidden, localSheetId, comment } of loaded.names) {
    const parsed = localSheetId === undefined ? a1.parseRef(ref.replace(/^=/, "")) : undefined;
    const sheet = parsed?.sheet === undefined ? undefined : host.model.sheet(parsed.sheet);
    if (!parsed || !sheet || host.model.name(name) || host.model.table(name)) continue;
    host.model.addName(name, { sheet, rect: parsed.rect }, comment).visible = !hidden;
  }
}

/** Where the file's cursor was: its active sheet and cell, so the pane finds the data there. */
function placeCursor(host: WorkbenchHost, workbook: ExcelJS.Workbook): void {
  const visible = host.model.sheets.filter((s) => s.visibility === "Visible");
  const tab = (workbook.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  const sheet =
    host.model.sheets[tab]?.visibility === "Visible" ? host.model.sheets[tab] : visible[0];
  if (!sheet) return;
  const worksheet = workbook.getWorksheet(sheet.name);
  const active = (worksheet?.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
  host.model.activate(sheet, a1.parseRef(active ?? "A1")?.rect);
}

/**
 * An .xlsx file as the double's workbook: sheets, values, formulas, number formats, bold and fills,
 * column widths, frozen panes, tables, names (hidden ones too), dropdown lists and the cursor. Charts, conditional
 * formats and pictures are not shown in the grid.
 */
export async function openWorkbook(data: ArrayBuffer, fileName: string): Promise<WorkbenchHost> {
  // The command line's reader: the same checks (not an .xlsx, password-protected) and names.
  const loaded = await loadWorkbookBytes(new Uint8Array(data.slice(0)));
  const { workbook } = loaded;
  const host = new WorkbenchHost();
  host.workbookName = fileName;
  host.fileBytes = new Uint8Array(data.slice(0));
  for (const worksheet of workbook.worksheets) {
    const sheet = host.model.addSheet(worksheet.name);
    copyCells(worksheet, sheet);
    copyLayout(worksheet, sheet);
    copyLists(worksheet, sheet);
    copyTables(host, worksheet, sheet);
  }
  if (host.model.sheets.length === 0) host.model.addSheet("Sheet1");
  copyNames(host, loaded);
  copyProperties(loaded.properties, host.model);
  placeCursor(host, workbook);
  host.changed();
  return host;
}
