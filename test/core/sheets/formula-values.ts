/**
 * Values and the functions of the test evaluator (formula-eval.ts): numbers, text, booleans, blanks
 * and ranges, with Excel's coercions, comparisons and COUNTIF-style criteria.
 */
import { CellValue } from "../../../src/core/sheets/sheet-spec";

export type Scalar = CellValue;
export interface Matrix {
  kind: "matrix";
  rows: Scalar[][];
  /** The sheet row (1-based) of rows[0], when the matrix is a range: what ROW() returns. */
  top?: number;
}
export type Value = Scalar | Matrix;

export const isMatrix = (v: Value): v is Matrix =>
  typeof v === "object" && v !== null && (v as Matrix).kind === "matrix";

export function toScalar(v: Value): Scalar {
  if (!isMatrix(v)) return v;
  if (v.rows.length === 1 && v.rows[0].length === 1) return v.rows[0][0];
  throw new Error("a range where one value was expected");
}

export function toNumber(v: Scalar): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === "") return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new Error(`#VALUE!: "${v}" is not a number`);
  return n;
}

export function toText(v: Scalar): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === null) return "";
  return String(v);
}

export function flat(v: Value): Scalar[] {
  return isMatrix(v) ? v.rows.flat() : [v];
}

/** Applies an operator element by element when either side is a range, as SUMPRODUCT needs. */
export function elementwise(
  left: Value,
  right: Value,
  op: (x: Scalar, y: Scalar) => Scalar
): Value {
  // A single cell is a scalar, as Excel broadcasts it over the other side.
  const single = (v: Value): Value =>
    isMatrix(v) && v.rows.length === 1 && v.rows[0].length === 1 ? v.rows[0][0] : v;
  const a = single(left);
  const b = single(right);
  if (!isMatrix(a) && !isMatrix(b)) return op(a, b);
  const shape = (isMatrix(a) ? a : (b as Matrix)).rows;
  return {
    kind: "matrix",
    rows: shape.map((row, r) =>
      row.map((_, c) => op(isMatrix(a) ? a.rows[r][c] : a, isMatrix(b) ? b.rows[r][c] : b))
    ),
  };
}

/** Excel's order: numbers < text < booleans; a blank compares as "" to text, 0 to a number, FALSE to a boolean. */
export function compare(x: Scalar, y: Scalar): number {
  const blankAs = (other: Scalar): Scalar =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const a = x === null ? blankAs(y) : x;
  const b = y === null ? blankAs(x) : y;
  const rank = (v: Scalar) => (typeof v === "boolean" ? 2 : typeof v === "string" ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") return a.toLowerCase().localeCompare(String(b).toLowerCase());
  return toNumber(a) - toNumber(b);
}

export const BINARY: Record<string, (x: Scalar, y: Scalar) => Scalar> = {
  "+": (x, y) => toNumber(x) + toNumber(y),
  "-": (x, y) => toNumber(x) - toNumber(y),
  "*": (x, y) => toNumber(x) * toNumber(y),
  "/": (x, y) => {
    if (toNumber(y) === 0) throw new Error("#DIV/0!");
    return toNumber(x) / toNumber(y);
  },
  "^": (x, y) => toNumber(x) ** toNumber(y),
  "&": (x, y) => toText(x) + toText(y),
  "=": (x, y) => compare(x, y) === 0,
  "<>": (x, y) => compare(x, y) !== 0,
  "<": (x, y) => compare(x, y) < 0,
  ">": (x, y) => compare(x, y) > 0,
  "<=": (x, y) => compare(x, y) <= 0,
  ">=": (x, y) => compare(x, y) >= 0,
};

/**
 * COUNTIF-style criteria: a number or boolean matches equal cells; "<0.7", ">0", "text" as Excel reads
 * them; "<>" alone matches cells that are not blank, "" alone blank ones.
 */
export function matcher(criterion: Scalar): (cell: Scalar) => boolean {
  if (typeof criterion === "number")
    return (cell) => typeof cell === "number" && cell === criterion;
  if (typeof criterion === "boolean") return (cell) => cell === criterion;
  const text = toText(criterion);
  const match = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text) as RegExpExecArray;
  const op = match[1] ?? "=";
  const operand = match[2];
  const blank = (cell: Scalar) => cell === null || cell === "";
  if (operand === "" && (op === "<>" || op === "=")) return (cell) => blank(cell) === (op === "=");
  const numeric = operand.trim() !== "" && !Number.isNaN(Number(operand));
  return (cell) => {
    if (numeric) {
      if (typeof cell !== "number") return op === "<>";
      return BINARY[op](cell, Number(operand)) as boolean;
    }
    if (typeof cell !== "string") return op === "<>";
    return BINARY[op](cell, operand) as boolean;
  };
}
