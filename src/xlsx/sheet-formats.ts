/*
 * ExcelJS, not Office.js: its cells hold their values and styles in memory, so nothing is loaded or
 * synced before reading them (the office-addins rules take getCell/getRow for Office.js calls).
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
import type { Style, Worksheet } from "exceljs";
import { parseRange } from "../core/sheets/a1";
import type { RangeFormat, SheetSpec } from "../core/sheets/sheet-spec";
import { type HeaderFooterSpec, type Paper, paperOf } from "../core/sheets/page-setup";
import { argb } from "./colors";

type CellStyle = Partial<Style>;

/** What one RangeFormat adds to a cell's style. */
function styleOf(format: RangeFormat): CellStyle {
  const font: Partial<Style["font"]> = {};
  if (format.bold !== undefined) font.bold = format.bold;
  if (format.italic !== undefined) font.italic = format.italic;
  if (format.fontSize !== undefined) font.size = format.fontSize;
  if (format.fontColor !== undefined) font.color = { argb: argb(format.fontColor) };
  const alignment: Partial<Style["alignment"]> = {};
  if (format.wrap !== undefined) alignment.wrapText = format.wrap;
  if (format.horizontal !== undefined) alignment.horizontal = format.horizontal;
  const style: CellStyle = {};
  if (format.numberFormat !== undefined) style.numFmt = format.numberFormat;
  if (Object.keys(font).length > 0) style.font = font as Style["font"];
  if (Object.keys(alignment).length > 0) style.alignment = alignment as Style["alignment"];
  if (format.fill !== undefined)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
  return style;
}

/** Font and alignment add to what the cell has; a number format or fill replaces it. */
function merged(base: CellStyle, add: CellStyle): CellStyle {
  const style: CellStyle = { ...base, ...add };
  if (base.font && add.font) style.font = { ...base.font, ...add.font };
  if (base.alignment && add.alignment) style.alignment = { ...base.alignment, ...add.alignment };
  return style;
}

/**
 * Applies the formats in order, cell by cell, as Excel does for ranges. Cells that had equal styles
 * get the same new style object: ExcelJS recognises a style object it has seen and writes it once,
 * which keeps a format over 100,000 rows fast and small.
 */
export function applyFormats(sheet: Worksheet, formats: readonly RangeFormat[]): void {
  for (const format of formats) {
    const add = styleOf(format);
    // Keyed by content: new cells each carry their own (equal) style object.
    const cache = new Map<string, CellStyle>();
    const { start, end } = parseRange(format.ref);
    for (let r = start.row; r <= end.row; r++) {
      const row = sheet.getRow(r + 1);
      for (let c = start.col; c <= end.col; c++) {
        const cell = row.getCell(c + 1);
        const before = cell.style as CellStyle;
        const key = JSON.stringify(before);
        let after = cache.get(key);
        if (!after) cache.set(key, (after = merged(before, add)));
        cell.style = after;
      }
    }
  }
}

/** Widths in Excel's character units, which is what ExcelJS takes too. */
export function applyColumnWidths(sheet: Worksheet, spec: SheetSpec): void {
  for (const column of spec.columns ?? [])
    if (column.width !== undefined) sheet.getColumn(column.index + 1).width = column.width;
}

/** ExcelJS's paper sizes: Excel's xlPaperSize codes. */
const PAPER_SIZE: Record<Paper, number> = { Letter: 1, A4: 9 };

/** The user's locale where the writer runs: LC_PAPER or LANG for the command line, the browser's language in the workbench. */
function writerLocale(): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const posix = env?.LC_PAPER || env?.LC_ALL || env?.LANG;
  if (posix) return posix;
  return (globalThis as { navigator?: { language?: string } }).navigator?.language;
}

/** A header or footer as the .xlsx file keeps it: one string, &L, &C and &R before each part. */
function headerFooterText(parts: HeaderFooterSpec): string {
  return (["left", "center", "right"] as const)
    .filter((side) => parts[side])
    .map((side) => `&${side[0].toUpperCase()}${parts[side]}`)
    .join("");
}

/** The spec's print setup: paper, landscape, fit to pages across, repeated header rows, header and footer. */
export function applyPageSetup(
  sheet: Worksheet,
  spec: SheetSpec,
  locale: string | undefined = writerLocale()
): void {
  const setup = spec.pageSetup;
  if (!setup) return;
  Object.assign(sheet.pageSetup, {
    paperSize: PAPER_SIZE[paperOf(setup, locale)],
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: setup.pagesWide,
    // 0: as many pages down as the rows need.
    fitToHeight: 0,
  });
  if (setup.titleRows)
    sheet.pageSetup.printTitlesRow = `${setup.titleRows.first + 1}:${setup.titleRows.last + 1}`;
  sheet.headerFooter.oddHeader = headerFooterText(setup.header);
  sheet.headerFooter.oddFooter = headerFooterText(setup.footer);
}
