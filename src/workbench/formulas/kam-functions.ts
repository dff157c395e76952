import FormulaParser from "fast-formula-parser";
import type { Argument } from "fast-formula-parser";
// First: the functions' module calls CustomFunctions.associate when it loads.
import "./custom-functions-global";
import * as kam from "../../functions/functions";
import { ERROR_TEXTS, isFormulaError } from "./engine-values";

const { FormulaError } = FormulaParser;

/** An error the functions returned or threw, as the engine's error with the message kept for the grid. */
function toFormulaError(value: {
  code?: unknown;
  message?: unknown;
}): InstanceType<typeof FormulaError> {
  const code =
    typeof value.code === "string" && ERROR_TEXTS.includes(value.code) ? value.code : "#VALUE!";
  const message =
    typeof value.message === "string" && value.message !== "" ? value.message : undefined;
  return message === undefined ? new FormulaError(code) : new FormulaError(code, message);
}

function isFunctionError(value: unknown): value is { code: unknown; message?: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { type?: unknown }).type === "CustomFunctionsError"
  );
}

/**
 * An argument as Excel hands it to a custom function: always rows of cells (one cell is [[v]]),
 * blanks as null, and an omitted argument as undefined. Error cells are passed as they are.
 */
function excelArgument(arg: Argument): unknown {
  if (arg.omitted) return undefined;
  if (isFormulaError(arg.value)) throw arg.value;
  if (Array.isArray(arg.value)) return (arg.value as unknown[][]).map((row) => [...row]);
  return [[arg.value === "" && arg.isCellRef ? null : arg.value]];
}

/** A result cell as the engine holds it: blanks stay blank (""), errors carry their message. */
function engineCell(cell: unknown): unknown {
  if (isFunctionError(cell)) return toFormulaError(cell);
  if (cell === null || cell === undefined) return "";
  return cell;
}

type KamFunction = (...args: unknown[]) => unknown;

/** One KAM function as the engine calls it: Excel's arguments in, one value or an array out. */
function engineFunction(fn: KamFunction): (...args: Argument[]) => unknown {
  return (...args) => {
    let result: unknown;
    try {
      result = fn(...args.map(excelArgument));
    } catch (error) {
      if (isFunctionError(error)) throw toFormulaError(error);
      throw error;
    }
    if (!Array.isArray(result)) return engineCell(result);
    const grid = (result as unknown[][]).map((row) => row.map(engineCell));
    // A 1×1 result is one value, as Excel shows it; anything larger spills.
    return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
  };
}

/**
 * The product's custom functions (src/functions, the same code Excel runs) under their Excel names,
 * KAM.SHARE … KAM.TIERS: each exported function's name is its `@customfunction` id.
 */
export function kamFunctions(): Record<string, (...args: Argument[]) => unknown> {
  const registered: Record<string, (...args: Argument[]) => unknown> = {};
  for (const [name, fn] of Object.entries(kam))
    if (typeof fn === "function")
      registered[`KAM.${name.toUpperCase()}`] = engineFunction(fn as KamFunction);
  return registered;
}
