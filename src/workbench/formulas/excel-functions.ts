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

/** Excel's comparison for MATCH: numbers with numbers, text with text ignoring letter case. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/**
 * MATCH over a row or a column: match type 0 the first equal value (a plan's team row by its role),
 * 1 (the default) the last value not above it and -1 the last not below it, in a sorted list; #N/A
 * when there is none.
 */
function match(lookup: Argument, range: Argument, type?: Argument): number {
  const wanted = Array.isArray(lookup.value) ? lookup.value[0]?.[0] : lookup.value;
  throwIfError(wanted);
  const values = cells(range);
  const kind = type && !type.omitted ? Number(type.value) : 1;
  if (kind === 0) {
    const index = values.findIndex((v) => same(v, wanted));
    if (index < 0) throw FormulaError.NA;
    return index + 1;
  }
  let found = -1;
  values.forEach((v, i) => {
    if (typeof v !== typeof wanted || v === null) return;
    const order =
      typeof v === "string"
        ? v.toLowerCase().localeCompare(String(wanted).toLowerCase())
        : (v as number) - (wanted as number);
    if (kind > 0 ? order <= 0 : order >= 0) found = i;
  });
  if (found < 0) throw FormulaError.NA;
  return found + 1;
}

export const EXCEL_FUNCTIONS: Record<string, (...args: Argument[]) => unknown> = {
  MATCH: (lookup, range, type) => match(lookup, range, type),
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
