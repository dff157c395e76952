import FormulaParser from "fast-formula-parser";
import type { Scalar } from "../excel-double";

/**
 * What a cell shows: its value in its number format, through the SheetJS formatter that ships with
 * fast-formula-parser (dates, percentages, thousands, decimals, text, colours ignored).
 */
export function cellText(value: Scalar | undefined, numberFormat: string): string {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  try {
    return FormulaParser.SSF.format(numberFormat || "General", value);
  } catch {
    return String(value);
  }
}

/** Whether a cell shows one of Excel's errors (#VALUE!, #SPILL!, …) rather than text. */
export function isErrorText(value: Scalar | undefined): boolean {
  return (
    typeof value === "string" &&
    /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!)$/.test(value)
  );
}

/** Excel aligns numbers right, text left, and TRUE/FALSE and errors in the middle. */
export function naturalAlignment(value: Scalar | undefined): "left" | "right" | "center" {
  if (typeof value === "number") return "right";
  if (typeof value === "boolean" || isErrorText(value)) return "center";
  return "left";
}
