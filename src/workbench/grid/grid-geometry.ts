import type { SheetModel } from "../excel-double";
import { type MeasureText, wrapLines } from "./wrap-lines";

/** Excel's default row: 15 points, 20 pixels. */
export const ROW_HEIGHT = 20;
/** One line of wrapped text in a cell; a row of n lines is n of these and its border. */
export const LINE_HEIGHT = ROW_HEIGHT - 1;
/** A cell's padding left and right and its right border, as grid-cell.tsx draws it. */
const CELL_PADDING = 7;
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 44;

/** Rows and columns shown beyond the used range, so there is room to type. */
const SPARE_ROWS = 40;
const SPARE_COLUMNS = 8;

const pointsToPixels = (points: number) => Math.round((points * 4) / 3);

/** Where each column and row starts, in pixels, for the columns and rows the grid shows. */
export interface SheetGeometry {
  rows: number;
  columns: number;
  columnLeft: number[];
  /** rows + 1 entries: row r spans rowTop[r] to rowTop[r + 1]. */
  rowTop: number[];
  width: number;
  height: number;
}

/**
 * The sheet's used range and some room beyond it; and beyond the selection (`reach`, its last row and
 * column), so a cell gone to through the name box is on the canvas.
 */
/** What sizes rows to their wrapped cells: the text a cell shows, and how wide text is drawn. */
export interface RowSizing {
  text(row: number, column: number): string;
  measure: MeasureText;
}

/**
 * Row heights in pixels where they are not the default: the height the sheet sets, else, for a row
 * with wrapped cells, enough lines for the longest of them within its column (Excel's autofit).
 */
function rowHeights(
  sheet: SheetModel,
  rows: number,
  columnLeft: number[],
  sizing: RowSizing | undefined
): Map<number, number> {
  const heights = new Map<number, number>();
  if (sizing)
    sheet.cells.forEachStyle((r, c, style) => {
      if (!style.wrap || r >= rows || c >= columnLeft.length - 1 || sheet.rowHeights.has(r)) return;
      const width = columnLeft[c + 1] - columnLeft[c] - CELL_PADDING;
      const lines = wrapLines(sizing.text(r, c), width, sizing.measure).length;
      const height = lines * LINE_HEIGHT + 1;
      if (height > (heights.get(r) ?? ROW_HEIGHT)) heights.set(r, height);
    });
  sheet.rowHeights.forEach((points, r) => {
    if (r < rows) heights.set(r, pointsToPixels(points));
  });
  // A hidden row takes no room, as in Excel.
  sheet.hiddenRows.forEach((r) => {
    if (r < rows) heights.set(r, 0);
  });
  return heights;
}

export function sheetGeometry(
  sheet: SheetModel,
  reach: { row: number; column: number } = { row: 0, column: 0 },
  sizing?: RowSizing
): SheetGeometry {
  const used = sheet.cells.usedRect(false);
  const lastRow = Math.max(used ? used.row + used.rows : 0, reach.row + 1);
  const lastColumn = Math.max(used ? used.column + used.columns : 0, reach.column + 1);
  const rows = Math.min(1048576, Math.max(60, lastRow + SPARE_ROWS));
  const columns = Math.min(16384, Math.max(16, lastColumn + SPARE_COLUMNS));
  const columnLeft = [0];
  for (let c = 0; c < columns; c++)
    columnLeft.push(columnLeft[c] + pointsToPixels(sheet.columnWidth(c)));
  const heights = rowHeights(sheet, rows, columnLeft, sizing);
  const rowTop = [0];
  for (let r = 0; r < rows; r++) rowTop.push(rowTop[r] + (heights.get(r) ?? ROW_HEIGHT));
  return { rows, columns, columnLeft, rowTop, width: columnLeft[columns], height: rowTop[rows] };
}

/** Where a row is drawn: its top and its height, in pixels. */
export function rowSpan(geometry: SheetGeometry, row: number): { top: number; height: number } {
  const last = geometry.rowTop.length - 1;
  const top = geometry.rowTop[Math.min(row, last)] + Math.max(0, row - last) * ROW_HEIGHT;
  const bottom = row + 1 <= last ? geometry.rowTop[row + 1] : top + ROW_HEIGHT;
  return { top, height: bottom - top };
}

/** The first index whose start is at or before `x` (columnLeft is sorted). */
function indexAt(starts: number[], x: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= x) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface VisibleCells {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** The rows and columns a viewport at (left, top) of the given size shows. */
export function visibleCells(
  geometry: SheetGeometry,
  view: { left: number; top: number; width: number; height: number }
): VisibleCells {
  const firstRow = indexAt(geometry.rowTop, Math.max(0, view.top));
  const lastRow = Math.min(geometry.rows - 1, indexAt(geometry.rowTop, view.top + view.height) + 1);
  const firstColumn = indexAt(geometry.columnLeft, view.left);
  const lastColumn = Math.min(
    geometry.columns - 1,
    indexAt(geometry.columnLeft, view.left + view.width)
  );
  return { firstRow, lastRow, firstColumn, lastColumn };
}
