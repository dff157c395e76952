import { words } from "../../core/language";
import { displayLanguage } from "../../functions/display-language";
import { type SheetModel, a1 } from "../excel-double";
import type { Scalar } from "../excel-double";

/** An array a formula spilled: its cell is the top left, `values` covers the whole rectangle. */
export interface Spill {
  row: number;
  column: number;
  rows: number;
  columns: number;
  values: Scalar[][];
}

interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Formulas whose arrays spill: those calling a KAM function. fast-formula-parser also returns arrays
 * from a few of Excel's own functions where Excel would not spill (IF over a range, say), so the
 * sheets' other formulas keep showing one value, as the add-in's formulas expect.
 */
export function spills(formula: string): boolean {
  return /\bKAM\.[A-Z]/i.test(formula);
}

/** The value a spill puts in a cell, or undefined outside it. */
export function spillOf(spill: Spill, row: number, column: number): Scalar | undefined {
  const r = row - spill.row;
  const c = column - spill.column;
  if (r < 0 || c < 0 || r >= spill.rows || c >= spill.columns) return undefined;
  return spill.values[r][c];
}

/** The first cell (other than the formula's own) in the way of a spill, as an address. */
export function spillBlocker(sheet: SheetModel, rect: Rect): string | undefined {
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.column; c < rect.column + rect.columns; c++) {
      if (r === rect.row && c === rect.column) continue;
      if (sheet.cells.hasContent(r, c)) return `${a1.columnLetters(c)}${r + 1}`;
    }
  return undefined;
}

/** #SPILL!'s tooltip, in Office's display language: how much room the result needs and what blocks it. */
export function spillMessage(rect: Rect, blocker: string): string {
  const range = a1.rectAddress(rect);
  return words(displayLanguage()).workbench.spill(range, rect.rows, rect.columns, blocker);
}
