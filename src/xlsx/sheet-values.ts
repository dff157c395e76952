import type { CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import type { CellValue } from "../core/sheets/sheet-spec";
import type { CellFacts } from "../core/table/read-customers";

const DAY_MS = 86400000;
/** 1970-01-01 as an Excel serial day (1900 date system); the 1904 system counts 1,462 days fewer. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;

type Rich = { richText: { text: string }[] };

/**
 * A cell as the pane would read it through Office.js `values`: numbers (dates as serial numbers),
 * text, booleans, errors as their text ("#N/A"), a formula as its cached result, blanks as null.
 */
export function plainValue(value: ExcelValue, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) {
    const serial = value.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
    return date1904 ? serial - DATE_1904_OFFSET : serial;
  }
  if (typeof value !== "object") return null;
  if ("richText" in value) return (value as Rich).richText.map((part) => part.text).join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value)
    return plainValue((value as { result?: ExcelValue }).result ?? null, date1904);
  if ("text" in value) return plainValue((value as { text: ExcelValue }).text, date1904);
  return null;
}

/**
 * Every value of a sheet from A1 to its last used cell, row by row, ready for header detection and
 * the table reader (values[0] is sheet row 1). Rows are short when their cells end early.
 */
export function sheetValues(sheet: Worksheet, workbook?: Workbook): CellValue[][] {
  const date1904 = Boolean(workbook?.properties?.date1904);
  const values: CellValue[][] = new Array(sheet.rowCount);
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    const cells: CellValue[] = [];
    if (row)
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // ExcelJS gives the covered cells of a merge the top-left value; Excel gives them blanks.
        const covered = cell.isMerged && cell.master !== cell;
        cells[col - 1] = covered ? null : plainValue(cell.value, date1904);
      });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    values[r - 1] = cells;
  }
  return values;
}

/**
 * What the values do not say (see CellFacts): which cells hold dates (ExcelJS reads a date-formatted
 * number as a Date) and which rows are hidden. Indexes as in sheetValues.
 */
export function sheetFacts(sheet: Worksheet): CellFacts {
  return {
    isDate: (row, column) => {
      const value = sheet.findRow(row + 1)?.findCell(column + 1)?.value;
      if (value instanceof Date) return true;
      const result =
        value && typeof value === "object" && "result" in value ? value.result : undefined;
      return result instanceof Date;
    },
    isHidden: (row) => sheet.findRow(row + 1)?.hidden === true,
  };
}

/** True when a sheet has no value at all (formatted but empty cells do not count). */
export function isEmptySheet(values: CellValue[][]): boolean {
  return !values.some((row) => row.some((cell) => cell !== null && cell !== ""));
}
