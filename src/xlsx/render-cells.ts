import type { Worksheet } from "exceljs";
import { parseAddress } from "../core/sheets/a1";
import { type SheetCell, type SheetSpec, isFormulaCell } from "../core/sheets/sheet-spec";
import { storedFormula } from "./xlfn";

/** Called every so many rows, so a caller can show progress on a large sheet. */
export type RowProgress = (rowsDone: number, rowsTotal: number) => void;

const PROGRESS_EVERY = 10000;

/**
 * A spec cell as ExcelJS takes it. Strings are stored as strings whatever they look like ("=…",
 * "+1-555", "00123"): the .xlsx format, unlike typing or Office.js `values`, never parses them.
 * A formula keeps the engine's figure as its cached result, so a reader that does not recalculate
 * (a preview, a script) still sees the right value.
 */
export function cellValue(cell: SheetCell): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (isFormulaCell(cell)) {
    const result = cell.value === null || cell.value === undefined ? undefined : cell.value;
    return { formula: storedFormula(cell.formula), result };
  }
  if (typeof cell === "number" && !Number.isFinite(cell)) return undefined;
  return cell;
}

export function specRowCount(spec: SheetSpec): number {
  return spec.blocks.reduce((n, block) => n + block.rows.length, 0);
}

/**
 * Writes every block of a spec. Text columns are given the "@" format first, so their cells take it
 * when they are created and a user who edits a name later still types text.
 */
export function writeBlocks(sheet: Worksheet, spec: SheetSpec, progress?: RowProgress): void {
  for (const column of spec.columns ?? [])
    if (column.text) sheet.getColumn(column.index + 1).numFmt = "@";
  const total = specRowCount(spec);
  let done = 0;
  for (const block of spec.blocks) {
    const origin = parseAddress(block.at);
    for (let r = 0; r < block.rows.length; r++) {
      const cells = block.rows[r];
      const row = sheet.getRow(origin.row + r + 1);
      for (let c = 0; c < cells.length; c++) {
        const value = cellValue(cells[c]);
        if (value !== undefined) row.getCell(origin.col + c + 1).value = value as never;
      }
      if (++done % PROGRESS_EVERY === 0) progress?.(done, total);
    }
  }
  progress?.(total, total);
}
