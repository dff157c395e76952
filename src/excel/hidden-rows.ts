import { type CellRect, rectAddress } from "./addresses";
import { supports } from "./features";

/** Rows of the visible view read at once: their addresses stay far below Excel's 5 MB response. */
const VIEW_ROWS = 20_000;

/**
 * The rows of `rect` hidden in the sheet (by hand or by a filter), as indexes within it. The question
 * is queued now — range.rowHidden of the first column, false when no row is hidden (ExcelApi 1.2) —
 * and rides on the caller's next sync (the first block of values), so a table without hidden rows
 * costs no request of its own; the function returned, called after that sync, reads the visible view's
 * row addresses (getVisibleView, ExcelApi 1.3) in blocks only when some rows are hidden. Without those
 * sets nothing is reported, and the rows are read all the same.
 */
export function askHiddenRows(
  context: Excel.RequestContext,
  sheetName: string,
  rect: CellRect
): () => Promise<number[]> {
  if (!supports("hiddenRows") || rect.rows < 1) return async () => [];
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const firstColumn = { ...rect, columns: 1 };
  const whole = sheet.getRange(rectAddress(firstColumn)).load("rowHidden");
  const answer = async (): Promise<boolean | null> => {
    try {
      return whole.rowHidden;
    } catch {
      // The request it went with was refused and retried smaller: ask again on its own.
      whole.load("rowHidden");
      await context.sync();
      return whole.rowHidden;
    }
  };
  return async () => {
    if ((await answer()) === false) return [];
    const hidden: number[] = [];
    for (let start = 0; start < rect.rows; start += VIEW_ROWS) {
      const rows = Math.min(VIEW_ROWS, rect.rows - start);
      const block = { ...firstColumn, row: rect.row + start, rows };
      const view = sheet.getRange(rectAddress(block)).getVisibleView().load("cellAddresses");
      // One sync per block of 20,000 rows: one response cannot carry them all.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const visible = new Set(
        view.cellAddresses.map((row) => Number(/(\d+)$/.exec(row[0])?.[1]) - 1 - rect.row)
      );
      for (let i = start; i < start + rows; i++) if (!visible.has(i)) hidden.push(i);
    }
    return hidden;
  };
}
