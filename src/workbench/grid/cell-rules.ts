import { a1, type CellStyle, type Scalar, type SheetModel } from "../excel-double";
import { shiftFormula } from "../formulas/shift-formula";
import type { WorkbenchHost } from "../host/workbench-host";

const inside = (rect: a1.Rect, row: number, column: number) => a1.contains(rect, row, column);

/** The values a dropdown list allows in a cell, or undefined when the cell has no list. */
export function listValues(
  host: WorkbenchHost,
  sheet: SheetModel,
  row: number,
  column: number
): string[] | undefined {
  const rule = [...sheet.validations].reverse().find((v) => inside(v.rect, row, column))?.rule;
  const source = (rule?.list as { source?: string } | undefined)?.source;
  if (typeof source !== "string") return undefined;
  if (!source.startsWith("=")) return source.split(",").map((item) => item.trim());
  const text = source.slice(1);
  const named = host.model.name(text)?.ref;
  const parsed = a1.parseRef(text);
  const target =
    named ??
    (parsed && { sheet: parsed.sheet ? host.model.sheet(parsed.sheet) : sheet, rect: parsed.rect });
  if (!target?.sheet) return [];
  const values: string[] = [];
  for (let r = 0; r < target.rect.rows; r++)
    for (let c = 0; c < target.rect.columns; c++) {
      const value = host.model.valueAt(target.sheet, target.rect.row + r, target.rect.column + c);
      if (value !== undefined && value !== "") values.push(String(value));
    }
  return values;
}

/** Excel refuses a typed value that is not in the cell's list (a blank is allowed). */
export function allowedByList(allowed: string[] | undefined, text: string): boolean {
  if (!allowed || text.trim() === "") return true;
  return allowed.some((item) => item.toLowerCase() === text.trim().toLowerCase());
}

function compare(
  value: Scalar | undefined,
  operator: string,
  a: Scalar,
  b: Scalar | undefined
): boolean {
  const x = value ?? 0;
  const same = typeof x === typeof a;
  switch (operator) {
    case "EqualTo":
      return (
        same && (typeof x === "string" ? x.toLowerCase() === String(a).toLowerCase() : x === a)
      );
    case "NotEqualTo":
      return !compare(value, "EqualTo", a, b);
    case "GreaterThan":
      return same && x > a;
    case "LessThan":
      return same && x < a;
    case "GreaterThanOrEqual":
      return same && x >= a;
    case "LessThanOrEqual":
      return same && x <= a;
    case "Between":
      return same && b !== undefined && x >= a && x <= b;
    default:
      return false;
  }
}

/** A rule's formula holds when it is TRUE or a number other than 0, as in Excel. */
const isTrue = (result: Scalar | undefined) =>
  result === true || (typeof result === "number" && result !== 0);

/**
 * The formatting a cell's conditional formats give it now. Rules are written for the top-left cell of
 * their range and read for each cell with its relative references moved, as in Excel; the first rule
 * in the list wins where two set the same thing.
 */
export function conditionalStyle(
  host: WorkbenchHost,
  sheet: SheetModel,
  row: number,
  column: number,
  value: Scalar | undefined
): CellStyle | undefined {
  let style: CellStyle | undefined;
  for (const format of [...sheet.conditionalFormats].reverse()) {
    if (!inside(format.rect, row, column)) continue;
    const at = (formula: string | undefined): Scalar | undefined => {
      if (formula === undefined) return undefined;
      if (!formula.startsWith("="))
        return Number.isNaN(Number(formula)) ? formula : Number(formula);
      const moved = shiftFormula(formula, row - format.rect.row, column - format.rect.column);
      return host.computeFormula(moved, sheet, row, column);
    };
    const { rule } = format;
    const applies =
      format.type === "Custom"
        ? isTrue(at(rule.formula))
        : compare(value, rule.operator ?? "", at(rule.formula1) ?? "", at(rule.formula2));
    if (!applies) continue;
    const { fill, fontColor, bold, italic } = format.format;
    style = {
      ...style,
      ...(fill && { fill }),
      ...(fontColor && { fontColor }),
      ...(bold !== undefined && { bold }),
      ...(italic !== undefined && { italic }),
    };
  }
  return style;
}
