import type { SheetModel } from "../excel-double";

/** Excel's default row: 15 points, 20 pixels. */
export const ROW_HEIGHT = 20;
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 44;

/** Rows and columns shown beyond the used range, so there is room to type. */
const SPARE_ROWS = 40;
const SPARE_COLUMNS = 8;

const pointsToPixels = (points: number) => Math.round((points * 4) / 3);

/** Where each column starts, in pixels, for the columns the grid shows. */
export interface SheetGeometry {
  rows: number;
  columns: number;
  columnLeft: number[];
  width: number;
  height: number;
}

/**
 * The sheet's used range and some room beyond it; and beyond the selection (`reach`, its last row and
 * column), so a cell gone to through the name box is on the canvas.
 */
export function sheetGeometry(
  sheet: SheetModel,
  reach: { row: number; column: number } = { row: 0, column: 0 }
): SheetGeometry {
  const used = sheet.cells.usedRect(false);
  const lastRow = Math.max(used ? used.row + used.rows : 0, reach.row + 1);
  const lastColumn = Math.max(used ? used.column + used.columns : 0, reach.column + 1);
  const rows = Math.min(1048576, Math.max(60, lastRow + SPARE_ROWS));
  const columns = Math.min(16384, Math.max(16, lastColumn + SPARE_COLUMNS));
  const columnLeft = [0];
  for (let c = 0; c < columns; c++)
    columnLeft.push(columnLeft[c] + pointsToPixels(sheet.columnWidth(c)));
  return { rows, columns, columnLeft, width: columnLeft[columns], height: rows * ROW_HEIGHT };
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
  const firstRow = Math.max(0, Math.floor(view.top / ROW_HEIGHT));
  const lastRow = Math.min(geometry.rows - 1, Math.ceil((view.top + view.height) / ROW_HEIGHT));
  const firstColumn = indexAt(geometry.columnLeft, view.left);
  const lastColumn = Math.min(
    geometry.columns - 1,
    indexAt(geometry.columnLeft, view.left + view.width)
  );
  return { firstRow, lastRow, firstColumn, lastColumn };
}
