import FormulaParser from "fast-formula-parser";
import type { Argument, CellRef, RangeRef } from "fast-formula-parser";
import { criterion } from "./criteria-match";
import { isFormulaError } from "./engine-values";

const { FormulaError } = FormulaParser;

/**
 * Functions the add-in's sheets use that fast-formula-parser 1.0.19 lacks or leaves as stubs
 * (COUNTA, COUNTIFS, LARGE, MIN, MAX, …), written to Excel's rules for the cases that matter here.
 */

type Grid = unknown[][];

function grid(arg: Argument): Grid {
  return Array.isArray(arg.value) ? (arg.value as Grid) : [[arg.value]];
}

function cells(arg: Argument): unknown[] {
  return grid(arg).flat();
}

function throwIfError(value: unknown): void {
  if (isFormulaError(value)) throw value;
}

/** Numbers of the arguments: ranges and arrays give only their numbers, typed arguments are coerced. */
function numbers(args: Argument[]): number[] {
  const out: number[] = [];
  for (const arg of args) {
    if (Array.isArray(arg.value) || arg.isRangeRef || arg.isCellRef) {
      for (const value of cells(arg)) {
        throwIfError(value);
        if (typeof value === "number") out.push(value);
      }
      continue;
    }
    const value = arg.value;
    throwIfError(value);
    const number = typeof value === "boolean" ? Number(value) : Number(value);
    if (value === "" || value === null || Number.isNaN(number)) throw FormulaError.VALUE;
    out.push(number);
  }
  return out;
}

function kth(args: Argument[], order: (a: number, b: number) => number): number {
  const [values, k] = args;
  const sorted = numbers([values]).sort(order);
  const index = Math.ceil(Number(k.value)) - 1;
  if (!(index >= 0 && index < sorted.length)) throw FormulaError.NUM;
  return sorted[index];
}

/** The cells of `target` for which every (range, criterion) pair matches; ranges must be one shape. */
function matching(target: Argument, pairs: Argument[]): unknown[] {
  if (pairs.length === 0 || pairs.length % 2 !== 0) throw FormulaError.VALUE;
  const values = cells(target);
  const tests: { cells: unknown[]; test: (cell: unknown) => boolean }[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const range = cells(pairs[i]);
    if (range.length !== values.length) throw FormulaError.VALUE;
    const given = pairs[i + 1].value;
    throwIfError(given);
    tests.push({ cells: range, test: criterion(Array.isArray(given) ? given[0]?.[0] : given) });
  }
  return values.filter((_, i) => tests.every((t) => t.test(t.cells[i])));
}

function onlyNumbers(values: unknown[]): number[] {
  return values.filter((v): v is number => typeof v === "number");
}

/** MIN and MAX of nothing are 0 in Excel. */
function extreme(pick: (...values: number[]) => number, values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => pick(a, b));
}

type Reference = { ref?: CellRef | RangeRef };

/** ROW and COLUMN of a range give every row (column) as an array, which the plan formulas index by. */
function positions(reference: Reference | undefined, axis: "row" | "col", here: number): unknown {
  const ref = reference?.ref;
  if (!ref) return here;
  if ("from" in ref) {
    const first = ref.from[axis];
    const count = ref.to[axis] - first + 1;
    const list = Array.from({ length: count }, (_, i) => first + i);
    return axis === "row" ? list.map((n) => [n]) : [list];
  }
  return ref[axis];
}

/**
 * MATCH as Excel has it: the 1-based position of `value` in a row or column. Type 0 is an exact match
 * (text ignoring case); 1 (the default) the last value ≤ it, -1 the last value ≥ it, in a sorted list.
 * #N/A when there is none; a blank looked up is #N/A, as in Excel.
 */
function match(value: unknown, list: unknown[], type: unknown): number {
  throwIfError(value);
  if (value === null || value === "" || value === undefined) throw FormulaError.NA;
  const kind = Number(type ?? 1);
  const comparable = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : v);
  const wanted = comparable(value);
  if (kind === 0) {
    const at = list.findIndex((v) => comparable(v) === wanted && typeof v === typeof value);
    if (at < 0) throw FormulaError.NA;
    return at + 1;
  }
  let found = -1;
  list.forEach((v, i) => {
    if (typeof v !== typeof value) return;
    const [a, b] = [comparable(v) as number | string, wanted as number | string];
    if (kind > 0 ? a <= b : a >= b) found = i;
  });
  if (found < 0) throw FormulaError.NA;
  return found + 1;
}

export const EXCEL_FUNCTIONS: Record<string, (...args: Argument[]) => unknown> = {
  COUNTA: (...args) =>
    args.reduce(
      (count, arg) => count + cells(arg).filter((v) => v !== null && v !== undefined).length,
      0
    ),
  COUNTBLANK: (range) => cells(range).filter((v) => v === null || v === "").length,
  COUNTIFS: (...pairs) => matching(pairs[0], pairs).length,
  SUMIFS: (sum, ...pairs) => onlyNumbers(matching(sum, pairs)).reduce((a, b) => a + b, 0),
  MINIFS: (min, ...pairs) => extreme(Math.min, onlyNumbers(matching(min, pairs))),
  MAXIFS: (max, ...pairs) => extreme(Math.max, onlyNumbers(matching(max, pairs))),
  MIN: (...args) => extreme(Math.min, numbers(args)),
  MAX: (...args) => extreme(Math.max, numbers(args)),
  LARGE: (...args) => kth(args, (a, b) => b - a),
  SMALL: (...args) => kth(args, (a, b) => a - b),
  /** The overview's health formula finds a stage's position in a list (an array constant). */
  MATCH: (lookup, range, type) =>
    match(lookup.value, cells(range), type?.omitted ? 1 : type?.value),
  /** In a cell, a link shows its friendly name (or the address); following it is the grid's job. */
  HYPERLINK: (link, name) => (name && !name.omitted ? name.value : link.value),
};

type ContextFunction = (
  context: { position: { row: number; col: number } },
  ...args: Reference[]
) => unknown;

export const EXCEL_CONTEXT_FUNCTIONS: Record<string, ContextFunction> = {
  ROW: (context, reference) => positions(reference, "row", context.position.row),
  COLUMN: (context, reference) => positions(reference, "col", context.position.col),
};
