import { parseRef } from "./a1";
import { fail } from "./errors";
import type { ExcelHost } from "./host";
import { SheetModel } from "./model/sheet-model";
import { TableModel } from "./model/objects";
import { writeContents } from "./model/range-data";
import { createTable } from "./model/tables";

/**
 * Setting up a workbook the way a user left it, straight into the model (no requests, no syncs):
 * what a test or the workbench does before the add-in runs.
 */
export function seedSheet(
  host: ExcelHost,
  name: string,
  at: string,
  rows: unknown[][]
): SheetModel {
  const sheet = host.model.sheet(name) ?? host.model.addSheet(name);
  const start = parseRef(at) ?? fail("InvalidArgument", `"${at}" is not a cell`);
  if (rows.length === 0) return sheet;
  const rect = {
    row: start.rect.row,
    column: start.rect.column,
    rows: rows.length,
    columns: rows[0].length,
  };
  writeContents({ sheet, rect }, rows, "values");
  return sheet;
}

/** "Sheet1!B2:D9": parsed against the workbook, failing on an unknown sheet. */
function locate(host: ExcelHost, address: string) {
  const ref = parseRef(address);
  if (!ref || ref.sheet === undefined) return fail("InvalidArgument", `"${address}" needs a sheet`);
  return { sheet: host.model.requireSheet(ref.sheet), rect: ref.rect };
}

/** What the user has selected; the sheet becomes the active one. */
export function selectRange(host: ExcelHost, address: string): void {
  const { sheet, rect } = locate(host, address);
  host.model.activate(sheet, rect);
}

export function seedTable(host: ExcelHost, address: string, name?: string): TableModel {
  const { sheet, rect } = locate(host, address);
  const table = createTable(host.model, sheet, rect, true);
  if (name) host.model.renameTable(table, name);
  return table;
}

/** A hidden or visible workbook name pointing at a range, as a user (or an earlier run) left it. */
export function seedName(host: ExcelHost, name: string, address: string, visible = true): void {
  const { sheet, rect } = locate(host, address);
  host.model.addName(name, { sheet, rect }).visible = visible;
}
