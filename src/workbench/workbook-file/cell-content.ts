import type { Cell } from "exceljs";
import type { CellStyle, Scalar } from "../excel-double";

/** Excel's day 0 (its serial numbers count days from 30 December 1899, in UTC for ExcelJS). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / DAY;
}

/** What a cell of the file holds, as the double's model keeps it: a constant, or a formula. */
export interface CellContent {
  value?: Scalar;
  formula?: string;
  /** An internal link ("#'KAM Plan - A'!A1") or a web address. */
  link?: string;
}

function constant(value: unknown): Scalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dateToSerial(value);
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.richText))
    return (object.richText as { text: string }[]).map((run) => run.text).join("");
  if (typeof object.error === "string") return object.error;
  if ("text" in object) return constant(object.text);
  if ("result" in object) return constant(object.result);
  return undefined;
}

export function cellContent(cell: Cell): CellContent {
  const value = cell.value as unknown;
  const formula = cell.formula;
  const link = (value as { hyperlink?: unknown } | null)?.hyperlink;
  return {
    value: formula ? undefined : constant(value),
    formula: formula ? `=${formula}` : undefined,
    link: typeof link === "string" ? link : undefined,
  };
}

/** "FF4472C4" (ARGB) → "#4472C4"; theme and indexed colours are not resolved. */
function color(argb: unknown): string | undefined {
  return typeof argb === "string" && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2)}` : undefined;
}

/** The formatting the grid shows: bold, italic, size, colours and alignment. */
export function cellStyle(cell: Cell): CellStyle {
  const style: CellStyle = {};
  const { font, fill, alignment } = cell;
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  if (font?.size && font.size !== 11) style.fontSize = font.size;
  const fontColor = color(font?.color?.argb);
  if (fontColor) style.fontColor = fontColor;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const fillColor = color(fill.fgColor?.argb);
    if (fillColor) style.fill = fillColor;
  }
  if (alignment?.horizontal && (alignment.horizontal as string) !== "general")
    style.horizontal = alignment.horizontal;
  if (alignment?.wrapText) style.wrap = true;
  return style;
}
