import type { CellValue } from "../core/sheets/sheet-spec";
import { CellRect, rectAddress } from "./addresses";
import { READ_BUDGET_BYTES, READ_BUDGET_CELLS, jsonSize } from "./limits";
import { officeErrorKey } from "./office-errors";
import { isDateFormat } from "../core/table/number-format";

export interface ReadOptions {
  /** What one read may return, in bytes of JSON and in cells. */
  budgetBytes?: number;
  budgetCells?: number;
  /** Called after each block with the rows read so far. */
  onBlock?: (rowsRead: number, totalRows: number) => void;
}

/**
 * Where the number formats are read too (the customer table): the cells whose number is shown as a
 * date or time, as "row:column" within the values, since to Excel a date is just a number.
 */
export interface DateCells {
  found: string[];
}

/** A first guess of a cell's size in a response, until a block has been measured. */
const FIRST_GUESS_BYTES_PER_CELL = 32;
/** The first block is a small probe, so a sheet of long texts does not make an oversized first read. */
const PROBE_ROWS = 500;
/** Rows measured from each block to size the next. */
const SAMPLE_ROWS = 200;
/** How often in a row a block that came back too large is retried with half the rows. */
const MAX_RETRIES = 6;

function measuredBytesPerCell(values: unknown[][], columns: number): number {
  const sample = values.length > SAMPLE_ROWS ? values.slice(0, SAMPLE_ROWS) : values;
  const perCell = jsonSize(sample) / Math.max(1, sample.length * columns);
  // Later rows may be wider than the sample: keep a margin.
  return Math.max(4, perCell * 1.5);
}

function noteDates(
  values: CellValue[][],
  formats: string[][],
  firstRow: number,
  dates: DateCells
): void {
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === "number" && isDateFormat(formats[r]?.[c]))
        dates.found.push(`${firstRow + r}:${c}`);
    })
  );
}

/**
 * Reads the values of a large rectangle in row blocks, one sync per block, each block planned to stay
 * under the read budget (well inside Excel's five million cells and 5 MB per response). Block sizes
 * follow what the previous block measured; a block Excel still finds too large is retried smaller.
 */
export async function readValues(
  context: Excel.RequestContext,
  sheetName: string,
  rect: CellRect,
  options: ReadOptions = {},
  dates?: DateCells
): Promise<CellValue[][]> {
  const budgetBytes = options.budgetBytes ?? READ_BUDGET_BYTES;
  const budgetCells = options.budgetCells ?? READ_BUDGET_CELLS;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const out: CellValue[][] = [];
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let failures = 0;
  // Never again more rows than half of a block Excel refused.
  let ceiling = Infinity;
  while (out.length < rect.rows) {
    const left = rect.rows - out.length;
    const byCells = Math.floor(budgetCells / rect.columns);
    const byBytes = Math.floor(budgetBytes / (rect.columns * bytesPerCell));
    const probe = out.length === 0 ? PROBE_ROWS : Infinity;
    const rows = Math.max(1, Math.min(left, byCells, byBytes, probe, ceiling));
    const block = sheet.getRange(rectAddress({ ...rect, row: rect.row + out.length, rows }));
    if (dates) block.load("values,numberFormat");
    else block.load("values");
    try {
      // One sync per block of thousands of rows, by design: one read cannot carry them all.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (officeErrorKey(error) !== "payloadTooLarge" || rows === 1 || failures >= MAX_RETRIES)
        throw error;
      failures++;
      ceiling = Math.floor(rows / 2);
      continue;
    }
    failures = 0;
    const values = block.values as CellValue[][];
    bytesPerCell = measuredBytesPerCell(values, rect.columns) * (dates ? 2 : 1);
    if (dates) noteDates(values, block.numberFormat as string[][], out.length, dates);
    for (const row of values) out.push(row);
    options.onBlock?.(out.length, rect.rows);
  }
  return out;
}
