import FormulaParser from "fast-formula-parser";
import type { Scalar } from "../excel-double";

const { FormulaError } = FormulaParser;

/** The error values a cell can show; a cell whose value is one of them is an error, not text. */
export const ERROR_TEXTS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
];

export function isFormulaError(value: unknown): value is InstanceType<typeof FormulaError> {
  return value instanceof FormulaError;
}

/** A cell's value as the engine reads it: blanks are null, error texts are errors again. */
export function toEngine(value: Scalar | undefined): unknown {
  if (value === undefined) return null;
  if (typeof value === "string" && ERROR_TEXTS.includes(value)) return new FormulaError(value);
  return value;
}

/**
 * What the engine computed, as a cell holds it. A formula pointing at a blank cell shows 0, as in
 * Excel; errors are kept as their text ("#DIV/0!"), the way Range.values reports them.
 */
export function fromEngine(result: unknown): Scalar {
  if (result === null || result === undefined) return 0;
  if (isFormulaError(result)) return ERROR_TEXTS.includes(result.error) ? result.error : "#NAME?";
  if (Array.isArray(result)) return fromEngine((result as unknown[][])[0]?.[0]);
  if (typeof result === "number") return Number.isFinite(result) ? result : "#NUM!";
  if (typeof result === "string" || typeof result === "boolean") return result;
  return "#VALUE!";
}
