import type { Worksheet } from "exceljs";
import { type RangePosition, parseRange } from "../core/sheets/a1";
import type { CellValue } from "../core/sheets/sheet-spec";
import { referencedSheet } from "./package-names";
import type { LoadedWorkbook } from "./loaded-workbook";
import { plainValue } from "./sheet-values";

/**
 * Workbook names of the loaded file as ranges: the add-in finds cells again by their names (the
 * criteria, a plan's profile row), wherever the user has moved them since.
 */
export interface NamedRange {
  sheet: Worksheet;
  range: RangePosition;
}

export function namedRange(loaded: LoadedWorkbook, name: string): NamedRange | undefined {
  const found = loaded.names.find(
    (n) => n.localSheetId === undefined && n.name.toUpperCase() === name.toUpperCase()
  );
  const sheetName = found && referencedSheet(found.ref);
  const sheet = sheetName === undefined ? undefined : loaded.workbook.getWorksheet(sheetName);
  if (!found || !sheet) return undefined;
  const area = found.ref.slice(found.ref.lastIndexOf("!") + 1).replace(/\$/g, "");
  return { sheet, range: parseRange(area) };
}

/** The values of a named range, row by row, as the pane reads them. */
export function namedValues(loaded: LoadedWorkbook, name: string): CellValue[][] | undefined {
  const found = namedRange(loaded, name);
  if (!found) return undefined;
  const { sheet, range } = found;
  const rows: CellValue[][] = [];
  for (let r = range.start.row; r <= range.end.row; r++) {
    const row: CellValue[] = [];
    for (let c = range.start.col; c <= range.end.col; c++)
      row.push(plainValue(sheet.getCell(r + 1, c + 1).value));
    rows.push(row);
  }
  return rows;
}
