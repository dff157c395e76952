import { Rect, cellCount } from "../a1";
import { fail } from "../errors";
import { Scalar } from "./cell-store";
import { displayText } from "./display";
import { readInput } from "./input";
import { RangeRef } from "./objects";
import type { WorkbookModel } from "./workbook-model";

/**
 * A 2-D array written to a range must have exactly the range's rows and columns, as Excel requires;
 * a single value that is not an array is written to every cell.
 */
export function checkShape(rect: Rect, data: unknown, property: string): void {
  if (!Array.isArray(data)) return;
  const fits =
    data.length === rect.rows &&
    data.every((row) => Array.isArray(row) && row.length === rect.columns);
  if (!fits) {
    const got = `${data.length}×${Array.isArray(data[0]) ? data[0].length : "?"}`;
    fail(
      "InvalidArgument",
      `${property}: the number of rows or columns in the input array (${got}) doesn't match the size of the range (${rect.rows}×${rect.columns})`
    );
  }
}

function entry(data: unknown, r: number, c: number): unknown {
  return Array.isArray(data) ? (data[r] as unknown[])[c] : data;
}

export function checkReadable(ref: RangeRef, limit: number): void {
  if (cellCount(ref.rect) > limit)
    fail("RangeExceedsLimit", `${cellCount(ref.rect)} cells is more than ${limit} in one read`);
}

export function grid<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
  const out: T[][] = new Array(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const row: T[] = new Array(rect.columns);
    for (let c = 0; c < rect.columns; c++) row[c] = cell(rect.row + r, rect.column + c);
    out[r] = row;
  }
  return out;
}

/** Writes `values` or `formulas`: each entry is read as if typed into its cell. */
export function writeContents(ref: RangeRef, data: unknown, property: string): void {
  checkShape(ref.rect, data, property);
  const { cells } = ref.sheet;
  for (let r = 0; r < ref.rect.rows; r++) {
    for (let c = 0; c < ref.rect.columns; c++) {
      const row = ref.rect.row + r;
      const column = ref.rect.column + c;
      const input = readInput(entry(data, r, c), cells.numberFormat(row, column));
      if (input.kind === "constant") cells.setContent(row, column, input.value);
      else if (input.kind === "formula") cells.setContent(row, column, undefined, input.formula);
    }
  }
}

export function writeNumberFormats(ref: RangeRef, data: unknown): void {
  checkShape(ref.rect, data, "numberFormat");
  for (let r = 0; r < ref.rect.rows; r++) {
    for (let c = 0; c < ref.rect.columns; c++) {
      const format = entry(data, r, c);
      if (format === null) continue;
      if (typeof format !== "string") fail("InvalidArgument", "a number format must be text");
      ref.sheet.cells.setNumberFormat(ref.rect.row + r, ref.rect.column + c, format);
    }
  }
}

function shown(value: Scalar | undefined): Scalar {
  return value === undefined ? "" : value;
}

export function readValues(book: WorkbookModel, ref: RangeRef): Scalar[][] {
  return grid(ref.rect, (r, c) => shown(book.valueAt(ref.sheet, r, c)));
}

export function readFormulas(ref: RangeRef): Scalar[][] {
  const { cells } = ref.sheet;
  return grid(ref.rect, (r, c) => cells.formula(r, c) ?? shown(cells.value(r, c)));
}

export function readNumberFormats(ref: RangeRef): string[][] {
  return grid(ref.rect, (r, c) => ref.sheet.cells.numberFormat(r, c));
}

export function readText(book: WorkbookModel, ref: RangeRef): string[][] {
  const { cells } = ref.sheet;
  return grid(ref.rect, (r, c) =>
    displayText(book.valueAt(ref.sheet, r, c), cells.numberFormat(r, c))
  );
}

export function readValueTypes(book: WorkbookModel, ref: RangeRef): string[][] {
  return grid(ref.rect, (r, c) => {
    const value = book.valueAt(ref.sheet, r, c);
    if (value === undefined || value === "") return "Empty";
    if (typeof value === "number") return "Double";
    if (typeof value === "boolean") return "Boolean";
    return value.startsWith("#") ? "Error" : "String";
  });
}

/** One value for the whole range if every cell agrees, else null (as Excel reports mixed formats). */
export function uniform<T>(rect: Rect, cell: (row: number, column: number) => T): T | null {
  const first = cell(rect.row, rect.column);
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.column; c < rect.column + rect.columns; c++)
      if (cell(r, c) !== first) return null;
  return first;
}
