import { Cell, Grid, asGrid, describe, isBlank, isNumberCell } from "../cells";
import { KamError, isKamError, numberError, valueError } from "../errors";

/**
 * What one cell of a formula's result can hold. A KamError inside a result becomes that cell's Excel
 * error, so one bad row shows #VALUE! in its own cell instead of breaking the whole spill.
 */
export type OutCell = number | string | boolean | KamError;
export type OutGrid = OutCell[][];

/** Runs a per-cell computation, keeping a KamError in its cell and letting any other exception escape. */
export function cellResult(compute: () => OutCell): OutCell {
  try {
    return compute();
  } catch (e) {
    if (isKamError(e)) return e;
    throw e;
  }
}

/**
 * Blank stays blank; a number is handed on; anything else in a value cell is #VALUE! for that cell.
 * With `fewResults` (classes, stars, TRUE/FALSE), one-cell rows holding the same answer share one row
 * array: a million-row spill then allocates a handful of rows instead of a million, which costs more
 * than the whole calculation. Nobody changes a result row once made (Excel only reads them), and error
 * cells, which are converted in place, always get a row of their own.
 */
export function mapValueCells(
  values: Grid,
  compute: (value: number, row: number, col: number) => OutCell,
  fewResults = false
): OutGrid {
  const out: OutGrid = new Array(values.length);
  const shared = new Map<OutCell, OutCell[]>();
  for (let row = 0; row < values.length; row++) {
    const cells = values[row];
    if (fewResults && cells.length === 1) {
      const result = valueCell(cells[0], row, 0, compute);
      if (typeof result === "object") {
        out[row] = [result];
        continue;
      }
      let line = shared.get(result);
      if (line === undefined) {
        line = [result];
        shared.set(result, line);
      }
      out[row] = line;
      continue;
    }
    const line: OutCell[] = new Array(cells.length);
    for (let col = 0; col < cells.length; col++)
      line[col] = valueCell(cells[col], row, col, compute);
    out[row] = line;
  }
  return out;
}

function valueCell(
  cell: Cell,
  row: number,
  col: number,
  compute: (value: number, row: number, col: number) => OutCell
): OutCell {
  if (isBlank(cell)) return "";
  if (!isNumberCell(cell)) return valueError((w) => w.notANumber(describe(cell, w)));
  try {
    const result = compute(cell, row, col);
    if (typeof result === "number" && !Number.isFinite(result))
      return numberError((w) => w.resultTooLarge);
    return result;
  } catch (e) {
    if (isKamError(e)) return e;
    throw e;
  }
}

/** How many cells a set of value cells holds: a per-cell formula has 1, a spilled one many. */
export function cellCount(grid: Grid): number {
  return grid.reduce((n, row) => n + row.length, 0);
}

/**
 * A companion argument read cell by cell beside `values` (credit beside sales, say). It must have the
 * same shape, or be a single cell that applies to every row, or be omitted.
 */
export function alongside(
  values: Grid,
  arg: Cell | Grid | undefined,
  what: string
): (row: number, col: number) => Cell {
  if (arg === undefined || arg === null) return () => null;
  const grid = asGrid(arg);
  if (grid.length === 1 && grid[0].length === 1) return () => grid[0][0];
  if (grid.length !== values.length || grid[0].length !== values[0].length) {
    throw valueError((w) =>
      w.sameSizeAsValues(what, values.length, values[0].length, grid.length, grid[0].length)
    );
  }
  return (row, col) => grid[row][col];
}

/**
 * The common shape of element-wise arguments (limit, balance, …): each is one cell or a range of the
 * largest shape. Returns that shape and a reader per argument.
 */
export function broadcast(args: { arg: Cell | Grid | undefined; what: string }[]): {
  rows: number;
  cols: number;
  readers: ((row: number, col: number) => Cell)[];
} {
  const grids = args.map((a) =>
    a.arg === undefined || a.arg === null ? undefined : asGrid(a.arg)
  );
  let shape: Grid = [[null]];
  for (const g of grids)
    if (g && g.length * g[0].length > shape.length * shape[0].length) shape = g;
  const readers = args.map((a) => alongside(shape, a.arg, a.what));
  return { rows: shape.length, cols: shape[0].length, readers };
}

/** A number cell in a companion range: blank is "not given", text is #VALUE!. */
export function optionalNumber(cell: Cell, what: string): number | undefined {
  if (isBlank(cell)) return undefined;
  if (isNumberCell(cell)) return cell;
  throw valueError((w) => w.mustBeNumber(what, describe(cell, w)));
}

/**
 * Two number arguments cell by cell (each one cell or ranges of one size): a blank on either side is
 * a blank result (not assessed), text is #VALUE! in its own cell, naming the argument.
 */
export function eachNumberPair(
  first: { arg: Cell | Grid | undefined; what: string },
  second: { arg: Cell | Grid | undefined; what: string },
  compute: (a: number, b: number) => OutCell
): OutGrid {
  const { rows, cols, readers } = broadcast([first, second]);
  const [readFirst, readSecond] = readers;
  const out: OutGrid = [];
  for (let row = 0; row < rows; row++) {
    const line = [];
    for (let col = 0; col < cols; col++)
      line.push(
        cellResult(() => {
          const a = optionalNumber(readFirst(row, col), first.what);
          const b = optionalNumber(readSecond(row, col), second.what);
          return a === undefined || b === undefined ? "" : compute(a, b);
        })
      );
    out.push(line);
  }
  return out;
}
