import { readInput, type Scalar } from "../excel-double";
import { dateToSerial } from "../workbook-file/cell-content";

/** What typing into a cell leaves there: a constant, a formula, or nothing. */
export type Typed = { value?: Scalar; formula?: string };

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;

/** A date typed as 2025-03-31 or 2025/3/31: Excel stores its serial number. */
function typedDate(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return dateToSerial(date);
}

/**
 * Reads what the user typed into a cell as Excel does: the double's rules (formulas, numbers,
 * TRUE/FALSE, a leading apostrophe for text, "@"-formatted cells keep text), plus the dates and
 * percentages Excel recognises when typed, which Office.js does not parse from `values`.
 */
export function readTyped(text: string, numberFormat: string): Typed {
  if (numberFormat !== "@") {
    const trimmed = text.trim();
    const date = typedDate(trimmed);
    if (date !== undefined) return { value: date };
    const percent = PERCENT.exec(trimmed);
    if (percent) return { value: Number(percent[1]) / 100 };
  }
  const input = readInput(text, numberFormat);
  if (input.kind === "formula") return { formula: input.formula };
  if (input.kind === "constant") return { value: input.value };
  return {};
}

/** A typed date in a General cell gets a date format, as Excel gives it one. */
export function formatForTyped(text: string, numberFormat: string): string | undefined {
  if (numberFormat !== "General") return undefined;
  const trimmed = text.trim();
  if (typedDate(trimmed) !== undefined) return "yyyy-mm-dd";
  if (PERCENT.test(trimmed)) return trimmed.includes(".") ? "0.00%" : "0%";
  return undefined;
}
