import { Rect, intersects } from "../a1";
import { fail } from "../errors";
import { TableModel } from "./objects";
import { SheetModel } from "./sheet-model";
import type { WorkbookModel } from "./workbook-model";

/**
 * Turns a rectangle with a header row into a table, as Excel does: header cells become unique text
 * ("Column1" for a blank one, "Sales2" for a second "Sales"), and a table of a header alone gets one
 * empty data row.
 */
export function createTable(
  book: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  hasHeaders: boolean
): TableModel {
  if (!hasHeaders)
    fail("NotImplemented", "the double only makes tables from ranges with a header row");
  if (book.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect)))
    fail("InvalidArgument", "a table cannot overlap another table");
  const seen = new Set<string>();
  for (let c = 0; c < rect.columns; c++) {
    const value = book.valueAt(sheet, rect.row, rect.column + c);
    const base = value === undefined || value === "" ? `Column${c + 1}` : String(value);
    let header = base;
    for (let n = 2; seen.has(header.toUpperCase()); n++) header = `${base}${n}`;
    seen.add(header.toUpperCase());
    sheet.cells.setContent(rect.row, rect.column + c, header);
  }
  const withBody = rect.rows > 1 ? rect : { ...rect, rows: 2 };
  return book.addTable({ sheet, rect: withBody, style: "TableStyleMedium2", showTotals: false });
}

/** A table's parts as rectangles. */
export function tableParts(table: TableModel): { header: Rect; body: Rect } {
  const { rect } = table;
  return {
    header: { ...rect, rows: 1 },
    body: { ...rect, row: rect.row + 1, rows: rect.rows - 1 },
  };
}
