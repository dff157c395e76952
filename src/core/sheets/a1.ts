/**
 * A1 addresses for the sheet specs. Rows and columns are zero-based in code and one-based in the
 * address, so `address(2, 1)` is "B3". Excel and LibreOffice both stop at column XFD and row 1,048,576.
 */

export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

function checkIndex(index: number, limit: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= limit)
    throw new RangeError(`${what} index ${index} is outside 0–${limit - 1}`);
}

/** 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetter(col0: number): string {
  checkIndex(col0, MAX_COLUMNS, "column");
  let letters = "";
  for (let n = col0 + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" → 0, "AA" → 26 (case-insensitive). */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`"${letters}" is not a column`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  checkIndex(n - 1, MAX_COLUMNS, "column");
  return n - 1;
}

export interface AddressOptions {
  /** "$B$3" instead of "B3": the form a workbook name or a copied formula needs. */
  absolute?: boolean;
}

/** (2, 1) → "B3"; with `absolute`, "$B$3". */
export function address(row0: number, col0: number, options: AddressOptions = {}): string {
  checkIndex(row0, MAX_ROWS, "row");
  const dollar = options.absolute ? "$" : "";
  return `${dollar}${columnLetter(col0)}${dollar}${row0 + 1}`;
}

/** (0, 0, 9, 2) → "A1:C10"; a single cell stays "A1", as Excel writes it. */
export function rangeAddress(
  row0: number,
  col0: number,
  row1: number,
  col1: number,
  options: AddressOptions = {}
): string {
  if (row1 < row0 || col1 < col0)
    throw new RangeError(`range ends (${row1}, ${col1}) before it starts (${row0}, ${col0})`);
  const start = address(row0, col0, options);
  return row0 === row1 && col0 === col1 ? start : `${start}:${address(row1, col1, options)}`;
}

export interface CellPosition {
  row: number;
  col: number;
}

/** "B3" or "$B$3" → { row: 2, col: 1 }. */
export function parseAddress(text: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!match) throw new RangeError(`"${text}" is not a cell address`);
  const row = Number(match[2]) - 1;
  checkIndex(row, MAX_ROWS, "row");
  return { row, col: columnIndex(match[1]) };
}

export interface RangePosition {
  start: CellPosition;
  end: CellPosition;
}

/** "A1:C10" (or a single cell) → its corners, top-left first. */
export function parseRange(text: string): RangePosition {
  const [first, second, extra] = text.split(":");
  if (extra !== undefined) throw new RangeError(`"${text}" is not a range`);
  const a = parseAddress(first);
  const b = second === undefined ? a : parseAddress(second);
  return {
    start: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
    end: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
  };
}

/**
 * A sheet name as it goes before "!" in a formula. Names that could be read as something else
 * (spaces, punctuation, non-ASCII letters, a leading digit, or a cell address such as "A1" or "R1C1")
 * are quoted, with embedded apostrophes doubled; quoting is always valid, so when in doubt we quote.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** ("KAM Tiers", "A1") → "'KAM Tiers'!A1". */
export function sheetReference(sheetName: string, ref: string): string {
  return `${quoteSheetName(sheetName)}!${ref}`;
}
