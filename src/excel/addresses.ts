import { columnLetter, quoteSheetName } from "../core/sheets/a1";

/** A rectangle of cells, zero-based, as Excel's rowIndex/columnIndex/rowCount/columnCount give it. */
export interface CellRect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** (rect) → "B3:D9", or "B3" for one cell. */
export function rectAddress(rect: CellRect): string {
  const first = `${columnLetter(rect.column)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${columnLetter(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
}

/** ("My data", rect) → "'My data'!B3:D9": a range source's id and label. */
export function sheetRangeId(sheetName: string, rect: CellRect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

/** "'My data'!B3:D9" → the sheet name and "B3:D9"; undefined when there is no sheet part. */
export function splitSheetRef(ref: string): { sheetName: string; address: string } | undefined {
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const sheetPart = ref.slice(0, bang);
  const quoted = sheetPart.length >= 2 && sheetPart.startsWith("'") && sheetPart.endsWith("'");
  const sheetName = quoted ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return { sheetName, address: ref.slice(bang + 1) };
}

/** The overlap of two rectangles, if any. */
export function overlap(a: CellRect, b: CellRect): CellRect | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const columns = Math.min(a.column + a.columns, b.column + b.columns) - column;
  return rows > 0 && columns > 0 ? { row, column, rows, columns } : undefined;
}

export function containsCell(rect: CellRect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rows &&
    column >= rect.column &&
    column < rect.column + rect.columns
  );
}

/** The rectangle of a loaded Range. */
export function rectOf(range: Excel.Range): CellRect {
  return {
    row: range.rowIndex,
    column: range.columnIndex,
    rows: range.rowCount,
    columns: range.columnCount,
  };
}

export const RECT_PROPERTIES = "rowIndex,columnIndex,rowCount,columnCount";
