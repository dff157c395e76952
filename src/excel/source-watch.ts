import { parseRange } from "../core/sheets/a1";
import type { CellRect } from "./addresses";
import { supports } from "./features";
import { excelRun, excelRunIn } from "./host";

/** Where the source's values are, and whether a row typed just below it joins it (a table grows). */
export interface WatchedSource {
  sheetName: string;
  rect: CellRect;
  kind: "table" | "range";
}

/** Stops watching; safe to call more than once. */
export type StopWatching = () => Promise<void>;

/**
 * Whether a change at `address` (as WorksheetChangedEventArgs gives it, without the sheet) touches
 * the source: inside it, or for a table on the row below it, where Excel extends a table as the user
 * types. An address it cannot read (a whole row or column) counts as touching it.
 */
export function touchesSource(source: WatchedSource, address: string): boolean {
  let changed;
  try {
    changed = parseRange(address);
  } catch {
    return true;
  }
  const { rect } = source;
  const lastRow = rect.row + rect.rows - 1 + (source.kind === "table" ? 1 : 0);
  const lastColumn = rect.column + rect.columns - 1;
  return (
    changed.start.row <= lastRow &&
    changed.end.row >= rect.row &&
    changed.start.col <= lastColumn &&
    changed.end.col >= rect.column
  );
}

/**
 * Calls `onChange` whenever cells of the source change (worksheet.onChanged, ExcelApi 1.7; without it
 * nothing is watched and the pane's Refresh still reads the table again). The handler is removed with
 * the context it was added with, as Office.js requires.
 */
export async function watchSource(
  source: WatchedSource,
  onChange: () => void
): Promise<StopWatching> {
  if (!supports("changeEvents")) return async () => undefined;
  const added = await excelRun(async (context) => {
    const sheet = context.workbook.worksheets.getItem(source.sheetName);
    const result = sheet.onChanged.add(async (event) => {
      if (touchesSource(source, event.address)) onChange();
    });
    await context.sync();
    return result;
  });
  let removed = false;
  return async () => {
    if (removed) return;
    removed = true;
    await excelRunIn(added.context, async (context) => {
      added.remove();
      await context.sync();
    });
  };
}
