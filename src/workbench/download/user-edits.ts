import type { Workbook } from "exceljs";
import type { SheetModel, WorkbookModel } from "../excel-double";
import { cellContent } from "../workbook-file/cell-content";
import type { MarkedSheet } from "./add-in-markers";

function sameContent(
  sheet: SheetModel,
  row: number,
  column: number,
  had: { value?: unknown; formula?: string }
): boolean {
  const formula = sheet.cells.formula(row, column);
  if (formula !== undefined || had.formula !== undefined) return formula === had.formula;
  return (sheet.cells.value(row, column) ?? undefined) === (had.value ?? undefined);
}

/**
 * What the user typed into their own sheets in the grid, copied into the workbook as it was loaded
 * from the file: the add-in never writes there, so only typing changes these cells. Everything else of
 * those sheets is carried over as the file had it.
 */
export function copyUserEdits(
  book: WorkbookModel,
  workbook: Workbook,
  ours: readonly MarkedSheet[]
): number {
  let copied = 0;
  for (const sheet of book.sheets) {
    if (ours.some((m) => m.sheet === sheet)) continue;
    const worksheet = workbook.getWorksheet(sheet.name);
    if (!worksheet) continue;
    const used = sheet.cells.usedRect(true);
    const rows = Math.max(worksheet.rowCount, used ? used.row + used.rows : 0);
    const columns = Math.max(worksheet.columnCount, used ? used.column + used.columns : 0);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        const cell = worksheet.getCell(r + 1, c + 1);
        if (sameContent(sheet, r, c, cellContent(cell))) continue;
        const formula = sheet.cells.formula(r, c);
        const value = formula === undefined ? sheet.cells.value(r, c) : book.valueAt(sheet, r, c);
        cell.value = (
          formula === undefined ? (value ?? null) : { formula: formula.slice(1), result: value }
        ) as never;
        const format = sheet.cells.numberFormat(r, c);
        if (format !== "General") cell.numFmt = format;
        copied++;
      }
  }
  return copied;
}
