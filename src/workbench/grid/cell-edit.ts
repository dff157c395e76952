import type { SheetModel } from "../excel-double";
import type { WorkbenchHost } from "../host/workbench-host";
import { allowedByList, listValues } from "./cell-rules";
import { cellText } from "./cell-text";
import { formatForTyped, readTyped } from "./typed-input";
import { shiftFormula } from "../formulas/shift-formula";

/** What a cell shows in its editor: its formula, or its value as typed (a date as its date). */
export function editText(sheet: SheetModel, row: number, column: number): string {
  const formula = sheet.cells.formula(row, column);
  if (formula !== undefined) return formula;
  const value = sheet.cells.value(row, column);
  if (value === undefined) return "";
  const format = sheet.cells.numberFormat(row, column);
  if (typeof value === "number" && /[ymd]/i.test(format) && !/[#0]/.test(format))
    return cellText(value, "yyyy-mm-dd");
  if (typeof value === "number" && format.endsWith("%")) return `${value * 100}%`;
  return cellText(value, "General");
}

export type EditOutcome = { kind: "done" } | { kind: "refused"; allowed: string[] };

/**
 * Puts what the user typed into the cell, as Excel does when they press Enter: the workbook changes
 * at once (no request: this is the user, not the add-in). A value outside the cell's dropdown list is
 * refused, as Excel's data validation refuses it.
 */
export function commitTyped(
  host: WorkbenchHost,
  sheet: SheetModel,
  row: number,
  column: number,
  text: string
): EditOutcome {
  const allowed = listValues(host, sheet, row, column);
  if (!allowedByList(allowed, text)) return { kind: "refused", allowed: allowed ?? [] };
  const format = sheet.cells.numberFormat(row, column);
  const typed = readTyped(text, format);
  sheet.cells.setContent(row, column, typed.value, typed.formula);
  const newFormat = formatForTyped(text, format);
  if (newFormat) sheet.cells.setNumberFormat(row, column, newFormat);
  host.cellsChanged(sheet, { row, column, rows: 1, columns: 1 }, "Unknown");
  host.changed();
  return { kind: "done" };
}

/**
 * Excel's Fill Down (Ctrl+D): the top row of the selection copied into every row below it, formulas
 * with their relative references moved as Excel moves them ($-fixed ones stay), formats with them.
 */
export function fillDown(
  host: WorkbenchHost,
  sheet: SheetModel,
  rect: { row: number; column: number; rows: number; columns: number }
): void {
  const { cells } = sheet;
  for (let c = rect.column; c < rect.column + rect.columns; c++) {
    const formula = cells.formula(rect.row, c);
    const value = cells.value(rect.row, c);
    const format = cells.numberFormat(rect.row, c);
    for (let r = rect.row + 1; r < rect.row + rect.rows; r++) {
      if (formula !== undefined)
        cells.setContent(r, c, undefined, shiftFormula(formula, r - rect.row, 0));
      else cells.setContent(r, c, value);
      cells.setNumberFormat(r, c, format);
    }
  }
  if (rect.rows > 1) host.cellsChanged(sheet, rect, "Unknown");
  host.changed();
}
