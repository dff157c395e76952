import type FormulaParser from "fast-formula-parser";
import type { Operand } from "fast-formula-parser";
import FormulaParserClass from "fast-formula-parser";

type Grid = unknown[][];

const isGrid = (value: unknown): value is Grid => Array.isArray(value);

/** Excel's rule for two arrays of different shapes: a side of length 1 stretches, a missing cell is #N/A. */
function pick(grid: Grid, row: number, column: number): unknown {
  const r = grid.length === 1 ? 0 : row;
  const line = grid[r];
  if (!line) return FormulaParserClass.FormulaError.NA;
  const c = line.length === 1 ? 0 : column;
  return c < line.length ? line[c] : FormulaParserClass.FormulaError.NA;
}

function broadcast(
  left: unknown,
  right: unknown,
  apply: (a: unknown, b: unknown) => unknown
): Grid {
  const rows = Math.max(isGrid(left) ? left.length : 1, isGrid(right) ? right.length : 1);
  const width = (v: unknown) => (isGrid(v) ? Math.max(...v.map((line) => line.length)) : 1);
  const columns = Math.max(width(left), width(right));
  const out: Grid = [];
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < columns; c++)
      line.push(
        apply(isGrid(left) ? pick(left, r, c) : left, isGrid(right) ? pick(right, r, c) : right)
      );
    out.push(line);
  }
  return out;
}

const COMPARISONS = ["=", "<>", "<", ">", "<=", ">="];

/** Excel compares a blank cell as "" with text, FALSE with a boolean and 0 with a number. */
function blankAs(other: unknown): unknown {
  if (typeof other === "string") return "";
  if (typeof other === "boolean") return false;
  return 0;
}

function comparable(a: unknown, b: unknown): [unknown, unknown] {
  return [a === null ? blankAs(b) : a, b === null ? blankAs(a) : b];
}

/**
 * fast-formula-parser applies an operator to the first cell of a range (`A1:A9*2` is A1*2). Excel
 * applies it to every cell inside SUMPRODUCT and array-taking functions, which the add-in's sheets
 * rely on (the HHI's `SUMPRODUCT((sales/total*100)^2)`, a plan's next due date). This makes the
 * parser's operators work element by element whenever a side is a range or an array, and makes a
 * blank cell equal "" (it compares blanks as 0, so `=IF(A1="","",A1)` showed 0).
 */
export function withExcelOperators(parser: FormulaParser): void {
  const utils = parser.utils;
  const original = utils._applyInfix.bind(utils);
  const infix = (left: Operand, operator: string, right: Operand) => {
    if (!COMPARISONS.includes(operator)) return original(left, operator, right);
    const [a, b] = comparable(left.val, right.val);
    return original({ ...left, val: a }, operator, { ...right, val: b });
  };
  const prefix = utils._applyPrefix.bind(utils);
  utils._applyInfix = (left: Operand, operator: string, right: Operand) => {
    if (!isGrid(left.val) && !isGrid(right.val)) return infix(left, operator, right);
    return broadcast(left.val, right.val, (a, b) =>
      infix({ val: a, isArray: false }, operator, { val: b, isArray: false })
    );
  };
  utils._applyPrefix = (prefixes: string[], value: unknown, isArray: boolean) => {
    if (!isGrid(value)) return prefix(prefixes, value, isArray);
    return value.map((line) => line.map((v) => prefix(prefixes, v, false)));
  };
}
