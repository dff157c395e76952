/** A1 references: parsing and printing, the way Excel prints them in `address`. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface ParsedRef {
  sheet?: string;
  rect: Rect;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Corner {
  row?: number;
  column?: number;
}

function corner(part: string): Corner | undefined {
  let m = CELL.exec(part);
  if (m) return { column: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COLUMN.exec(part);
  if (m) return { column: columnIndex(m[1]) };
  m = ROW.exec(part);
  if (m) return { row: Number(m[1]) - 1 };
  return undefined;
}

/** Splits "'My Sheet'!A1:B2" into the sheet name and the cell part; undefined when malformed. */
export function splitSheet(ref: string): { sheet?: string; cells: string } | undefined {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { cells: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 2) return undefined;
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, cells: ref.slice(bang + 1) };
}

/** "A1", "$A$1:B2", "A:C", "3:5", with an optional sheet; undefined when it is not a reference. */
export function parseRef(ref: string): ParsedRef | undefined {
  const split = splitSheet(ref.trim());
  if (!split) return undefined;
  const parts = split.cells.split(":");
  if (parts.length > 2) return undefined;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  if (!a || !b) return undefined;
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.column === undefined && b.column === undefined;
  if (parts.length === 1 && (wholeColumns || wholeRows)) return undefined;
  if ((a.row === undefined) !== (b.row === undefined)) return undefined;
  if ((a.column === undefined) !== (b.column === undefined)) return undefined;
  const r0 = wholeColumns ? 0 : Math.min(a.row!, b.row!);
  const r1 = wholeColumns ? MAX_ROWS - 1 : Math.max(a.row!, b.row!);
  const c0 = wholeRows ? 0 : Math.min(a.column!, b.column!);
  const c1 = wholeRows ? MAX_COLUMNS - 1 : Math.max(a.column!, b.column!);
  if (r1 >= MAX_ROWS || c1 >= MAX_COLUMNS || r0 < 0 || c0 < 0) return undefined;
  return {
    sheet: split.sheet,
    rect: { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 },
  };
}

/** Quotes a sheet name where Excel would: anything but letters, digits, dots and underscores. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name) && !CELL.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1:B2" (or "A1" for one cell, "A:B" for whole columns), optionally with "$" signs. */
export function rectAddress(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const lastRow = rect.row + rect.rows - 1;
  const lastColumn = rect.column + rect.columns - 1;
  if (rect.rows === MAX_ROWS && rect.row === 0)
    return `${d}${columnLetters(rect.column)}:${d}${columnLetters(lastColumn)}`;
  if (rect.columns === MAX_COLUMNS && rect.column === 0)
    return `${d}${rect.row + 1}:${d}${lastRow + 1}`;
  const first = `${d}${columnLetters(rect.column)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${d}${columnLetters(lastColumn)}${d}${lastRow + 1}`;
}

export function sheetAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${rectAddress(rect, absolute)}`;
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rows &&
    column >= outer.column &&
    column < outer.column + outer.columns
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export function cellCount(rect: Rect): number {
  return rect.rows * rect.columns;
}

/** Excel compares sheet names without regard to case. */
export function sameSheet(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}
