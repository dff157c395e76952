import { parseRange } from "../core/sheets/a1";
import type { ColumnSpec, RangeFormat } from "../core/sheets/sheet-spec";
import { columnLetter, rangeAddress } from "../core/sheets/a1";
import { jsonSize } from "./limits";
import { ACTION_BYTES, RequestBudget } from "./request-budget";

const ALIGNMENT = { left: "Left", center: "Center", right: "Right" } as const;

/** Excel measures widths in points; a spec in characters of the default font (7 px each, 5 px padding). */
export function characterWidthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export async function applyColumnWidths(
  sheet: Excel.Worksheet,
  columns: readonly ColumnSpec[],
  budget: RequestBudget
) {
  for (const column of columns) {
    if (column.width === undefined) continue;
    await budget.reserve(ACTION_BYTES);
    const letter = columnLetter(column.index);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = characterWidthToPoints(column.width);
  }
}

/**
 * A number format for a range, as 2-D arrays (the shape Excel requires), in row pieces that each fit
 * half the budget, so a format over 100,000 rows never makes one oversized request.
 */
export async function applyNumberFormat(
  sheet: Excel.Worksheet,
  ref: string,
  format: string,
  budget: RequestBudget
) {
  const { start, end } = parseRange(ref);
  const columns = end.col - start.col + 1;
  const cellBytes = jsonSize(format) + 1;
  const rowsPerPiece = Math.max(1, Math.floor(budget.limit / 2 / (columns * cellBytes)));
  for (let top = start.row; top <= end.row; top += rowsPerPiece) {
    const bottom = Math.min(end.row, top + rowsPerPiece - 1);
    const rows = bottom - top + 1;
    await budget.reserve(ACTION_BYTES + rows * columns * cellBytes);
    const row = new Array<string>(columns).fill(format);
    sheet.getRange(rangeAddress(top, start.col, bottom, end.col)).numberFormat = Array.from(
      { length: rows },
      () => row
    );
  }
}

/** Fonts, fills, alignment, wrapping and number formats, after the values (as Excel advises). */
export async function applyFormats(
  sheet: Excel.Worksheet,
  formats: readonly RangeFormat[],
  budget: RequestBudget
) {
  for (const f of formats) {
    if (f.numberFormat !== undefined) await applyNumberFormat(sheet, f.ref, f.numberFormat, budget);
    await budget.reserve(ACTION_BYTES * 4);
    const { format } = sheet.getRange(f.ref);
    if (f.bold !== undefined) format.font.bold = f.bold;
    if (f.italic !== undefined) format.font.italic = f.italic;
    if (f.fontSize !== undefined) format.font.size = f.fontSize;
    if (f.fontColor !== undefined) format.font.color = f.fontColor;
    if (f.fill !== undefined) format.fill.color = f.fill;
    if (f.wrap !== undefined) format.wrapText = f.wrap;
    if (f.horizontal !== undefined) format.horizontalAlignment = ALIGNMENT[f.horizontal];
  }
}
