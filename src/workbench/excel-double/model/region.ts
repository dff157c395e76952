import { Rect } from "../a1";
import { CellStore } from "./cell-store";

function rowHasContent(cells: CellStore, row: number, from: number, to: number): boolean {
  if (row < 0) return false;
  for (let c = Math.max(0, from); c <= to; c++) if (cells.hasContent(row, c)) return true;
  return false;
}

function columnHasContent(cells: CellStore, column: number, from: number, to: number): boolean {
  if (column < 0) return false;
  for (let r = Math.max(0, from); r <= to; r++) if (cells.hasContent(r, column)) return true;
  return false;
}

/**
 * Excel's current region (Ctrl+* , Range.getSurroundingRegion): the rectangle around a cell bounded by
 * blank rows and blank columns, diagonal neighbours included. Each side grows as far as it can before
 * the others are checked again, so a long list costs one pass down it rather than one pass per row.
 */
export function currentRegion(cells: CellStore, row: number, column: number): Rect {
  let top = row;
  let bottom = row;
  let left = column;
  let right = column;
  let grown = true;
  while (grown) {
    grown = false;
    while (rowHasContent(cells, bottom + 1, left - 1, right + 1)) {
      bottom++;
      grown = true;
    }
    while (rowHasContent(cells, top - 1, left - 1, right + 1)) {
      top--;
      grown = true;
    }
    while (columnHasContent(cells, right + 1, top - 1, bottom + 1)) {
      right++;
      grown = true;
    }
    while (columnHasContent(cells, left - 1, top - 1, bottom + 1)) {
      left--;
      grown = true;
    }
  }
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** The overlap of two rectangles, if any. */
export function intersection(a: Rect, b: Rect): Rect | undefined {
  const top = Math.max(a.row, b.row);
  const left = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const right = Math.min(a.column + a.columns, b.column + b.columns);
  if (bottom <= top || right <= left) return undefined;
  return { row: top, column: left, rows: bottom - top, columns: right - left };
}
