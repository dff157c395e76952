import { fail } from "../errors";
import { Scalar } from "./cell-store";

/** What a written entry becomes in a cell: a constant, a formula, or "leave the cell as it is". */
export type CellInput =
  | { kind: "keep" }
  | { kind: "constant"; value: Scalar | undefined }
  | { kind: "formula"; formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads one entry of a `values` or `formulas` array the way Excel does: as if the user typed it.
 * `null` leaves the cell unchanged and "" empties it. In a cell formatted as text ("@") a string is
 * kept exactly; elsewhere "=…" is a formula, "+…"/"-…" that is not a number becomes one too (the
 * Range.values documentation: a value starting with "+", "-" or "=" is interpreted as a formula), a
 * number-like string becomes a number, TRUE/FALSE become booleans, and a leading apostrophe forces
 * text and is not stored.
 */
export function readInput(entry: unknown, numberFormat: string): CellInput {
  if (entry === null) return { kind: "keep" };
  if (typeof entry === "number") {
    if (!Number.isFinite(entry)) fail("InvalidArgument", `${entry} is not a number Excel can hold`);
    return { kind: "constant", value: entry };
  }
  if (typeof entry === "boolean") return { kind: "constant", value: entry };
  if (typeof entry !== "string")
    return fail("InvalidArgument", `a cell cannot hold ${typeof entry}`);
  if (entry === "") return { kind: "constant", value: undefined };
  if (numberFormat === "@") return { kind: "constant", value: entry };
  if (entry.startsWith("'")) return { kind: "constant", value: entry.slice(1) };
  if (NUMBER.test(entry.trim())) return { kind: "constant", value: Number(entry) };
  if (entry.length > 1 && entry.startsWith("=")) return { kind: "formula", formula: entry };
  if (entry.length > 1 && (entry.startsWith("+") || entry.startsWith("-")))
    return { kind: "formula", formula: `=${entry}` };
  if (/^(true|false)$/i.test(entry))
    return { kind: "constant", value: entry.toUpperCase() === "TRUE" };
  return { kind: "constant", value: entry };
}
