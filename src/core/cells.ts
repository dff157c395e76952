import { numberError, valueError } from "./errors";
import type { EngineErrorWords } from "./engine-error-words";

/**
 * What Excel hands a custom function for one cell: a number, text, a boolean, or null/"" for a blank.
 * Anything else (an error object, an entity) is treated like text: it is not a number.
 */
export type Cell = number | string | boolean | null | undefined | object;

/** A range as Excel passes it: rows of cells. A single cell may also arrive as a bare value. */
export type Grid = Cell[][];

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** True for the cells that SUM would add: finite numbers only (never text, booleans or blanks). */
export function isNumberCell(cell: Cell): cell is number {
  return typeof cell === "number" && Number.isFinite(cell);
}

/** Turns a bare value or a range into a grid, so every function can treat both the same way. */
export function asGrid(arg: Cell | Grid): Grid {
  if (Array.isArray(arg)) {
    if (arg.length === 0) return [[null]];
    // Excel always passes rows of cells; only a hand-made argument needs wrapping, so copy only then.
    return arg.every((row) => Array.isArray(row))
      ? (arg as Grid)
      : arg.map((row) => (Array.isArray(row) ? row : [row]));
  }
  return [[arg as Cell]];
}

/** The numbers in a range, read the way Excel's SUM reads it: blanks, text and booleans are skipped. */
export function numbersIn(arg: Cell | Grid): Float64Array {
  const grid = asGrid(arg);
  // One pass into room for every cell, then a view of the part used: Excel calls per-cell formulas
  // once per row with the whole population, so every pass over it counts.
  let size = 0;
  for (let r = 0; r < grid.length; r++) size += grid[r].length;
  const out = new Float64Array(size);
  let count = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" && Number.isFinite(cell)) out[count++] = cell;
    }
  }
  return count === size ? out : out.subarray(0, count);
}

/**
 * One number given directly where exactly one is required (a cut-off, a number of days).
 * A blank gives the default; text (even "0.7") or a boolean is #VALUE!, so a typo never passes as a number.
 */
export function scalarNumber(arg: Cell | Grid, what: string, fallback?: number): number {
  const cell = singleCell(arg, what);
  if (isBlank(cell)) {
    if (fallback === undefined) throw valueError((w) => w.required(what));
    return fallback;
  }
  if (isNumberCell(cell)) return cell;
  throw valueError((w) => w.mustBeNumber(what, describe(cell, w)));
}

/** One piece of text given directly (a rule name); a blank gives the default. */
export function scalarText(arg: Cell | Grid, what: string, fallback: string): string {
  const cell = singleCell(arg, what);
  if (isBlank(cell)) return fallback;
  if (typeof cell === "string") return cell.trim();
  throw valueError((w) => w.mustBeText(what, describe(cell, w)));
}

function singleCell(arg: Cell | Grid, what: string): Cell {
  if (!Array.isArray(arg)) return arg as Cell;
  const grid = asGrid(arg);
  if (grid.length !== 1 || grid[0].length !== 1) throw valueError((w) => w.singleCell(what));
  return grid[0][0];
}

/** A cell as an error message names it, in the words of the message's language. */
export function describe(cell: Cell, w: EngineErrorWords): string {
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "string") return w.quotedText(cell);
  if (typeof cell === "number") return String(cell);
  return w.notANumberValue;
}

/** Rejects a whole-number argument that is negative or not whole (used for counts and days). */
export function requireNonNegative(n: number, what: string): number {
  if (n < 0) throw numberError((w) => w.argumentNegative(what, n));
  return n;
}
