import { rangeAddress } from "../../core/sheets/a1";
import type { CellBlock, RangeFormat, SheetCell } from "../../core/sheets/sheet-spec";
import type { CellStyle, SheetModel, WorkbookModel } from "../excel-double";

const ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/;

/** A cell as a spec holds it: its constant, or its formula with the value it computes now. */
function specCell(book: WorkbookModel, sheet: SheetModel, row: number, column: number): SheetCell {
  const formula = sheet.cells.formula(row, column);
  if (formula === undefined) return sheet.cells.value(row, column) ?? null;
  const value = book.valueAt(sheet, row, column);
  return {
    formula,
    value:
      value === undefined || (typeof value === "string" && ERROR.test(value)) ? undefined : value,
  };
}

/** Everything the sheet holds in cells, as one block from A1 down to its last used cell. */
export function sheetBlocks(book: WorkbookModel, sheet: SheetModel): CellBlock[] {
  const used = sheet.cells.usedRect(true);
  if (!used) return [];
  const rows: SheetCell[][] = [];
  for (let r = 0; r < used.row + used.rows; r++) {
    const line: SheetCell[] = [];
    for (let c = 0; c < used.column + used.columns; c++) line.push(specCell(book, sheet, r, c));
    rows.push(line);
  }
  return [{ at: "A1", rows }];
}

const ALIGNMENT: Record<string, RangeFormat["horizontal"]> = {
  left: "left",
  center: "center",
  right: "right",
};

function cellFormat(sheet: SheetModel, row: number, column: number): Omit<RangeFormat, "ref"> {
  const style: CellStyle = sheet.cells.style(row, column);
  const numberFormat = sheet.cells.numberFormat(row, column);
  const horizontal = style.horizontal ? ALIGNMENT[style.horizontal.toLowerCase()] : undefined;
  return {
    ...(numberFormat !== "General" && { numberFormat }),
    ...(style.bold !== undefined && { bold: style.bold }),
    ...(style.italic !== undefined && { italic: style.italic }),
    ...(style.fontSize !== undefined && { fontSize: style.fontSize }),
    ...(style.fontColor !== undefined && { fontColor: style.fontColor }),
    ...(style.fill !== undefined && { fill: style.fill }),
    ...(style.wrap !== undefined && { wrap: style.wrap }),
    ...(horizontal && { horizontal }),
  };
}

/**
 * The sheet's formatting as few ranges as it takes: runs of equal formats along each row, then runs
 * of equal rows below each other (a column formatted over 1,000 task rows is one range).
 */
export function sheetFormats(sheet: SheetModel): RangeFormat[] {
  const used = sheet.cells.usedRect(false);
  if (!used) return [];
  const open = new Map<
    string,
    { top: number; bottom: number; left: number; right: number; format: string }
  >();
  const done: RangeFormat[] = [];
  const close = (run: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    format: string;
  }) =>
    done.push({
      ref: rangeAddress(run.top, run.left, run.bottom, run.right),
      ...JSON.parse(run.format),
    });
  for (let r = used.row; r < used.row + used.rows; r++) {
    const seen = new Set<string>();
    let c = used.column;
    while (c < used.column + used.columns) {
      const format = JSON.stringify(cellFormat(sheet, r, c));
      let end = c;
      while (
        end + 1 < used.column + used.columns &&
        JSON.stringify(cellFormat(sheet, r, end + 1)) === format
      )
        end++;
      if (format !== "{}") {
        const key = `${c}:${end}:${format}`;
        const run = open.get(key);
        if (run && run.bottom === r - 1) run.bottom = r;
        else {
          if (run) close(run);
          open.set(key, { top: r, bottom: r, left: c, right: end, format });
        }
        seen.add(key);
      }
      c = end + 1;
    }
    for (const [key, run] of open)
      if (!seen.has(key) && run.bottom < r) (close(run), open.delete(key));
  }
  open.forEach(close);
  return done;
}
