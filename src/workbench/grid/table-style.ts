import type { CellStyle, SheetModel, WorkbookModel } from "../excel-double";

/** Excel's default table style (TableStyleMedium2): a blue header row and banded rows. */
const HEADER: CellStyle = { bold: true, fill: "#4472C4", fontColor: "#FFFFFF" };
const BAND: CellStyle = { fill: "#D9E1F2" };

/** The look a table gives a cell, under the cell's own formatting, as in Excel. */
export function tableStyle(
  book: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number
): CellStyle | undefined {
  for (const table of book.tables) {
    const { rect } = table;
    if (table.sheet !== sheet || column < rect.column || column >= rect.column + rect.columns)
      continue;
    if (row === rect.row) return HEADER;
    if (row > rect.row && row < rect.row + rect.rows)
      return (row - rect.row) % 2 === 1 ? BAND : undefined;
  }
  return undefined;
}
