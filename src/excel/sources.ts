import { parseRange } from "../core/sheets/a1";
import type { SourceChoice } from "./kam-workbook";
import {
  CellRect,
  RECT_PROPERTIES,
  containsCell,
  overlap,
  rectOf,
  sheetRangeId,
  splitSheetRef,
} from "./addresses";
import { supports } from "./features";
import { OfficeWorkbookError } from "./office-errors";
import { isAddInSheet, surveyWorkbook } from "./sheet-survey";

/** A source and where its values are. */
export interface SourceLocation extends SourceChoice {
  sheetName: string;
  rect: CellRect;
}

function rangeSource(sheetName: string, rect: CellRect): SourceLocation {
  const id = sheetRangeId(sheetName, rect);
  return { id, label: id, kind: "range", sheetName, rect };
}

function tableSource(name: string, sheetName: string, rect: CellRect): SourceLocation {
  return { id: name, label: name, kind: "table", sheetName, rect };
}

const blank = (value: unknown) => value === "" || value === null || value === undefined;

/**
 * The source around the cursor, in two syncs: the selection when it covers more than one used cell;
 * else the table the cursor is in; else the current region around the cursor (ExcelApi 1.7); else,
 * from a blank cell with nothing around it, the sheet's used range.
 */
export async function locateAroundCursor(context: Excel.RequestContext): Promise<SourceLocation> {
  // The selection is always on the active sheet.
  const selection = context.workbook.getSelectedRange().load(RECT_PROPERTIES);
  const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  const tables = sheet.tables;
  tables.load("items/name");
  await context.sync();

  const tableRanges = tables.items.map((t) => ({
    name: t.name,
    range: t.getRange().load(RECT_PROPERTIES),
  }));
  const used = sheet.getUsedRangeOrNullObject(true).load(RECT_PROPERTIES);
  const cursor = selection.getCell(0, 0).load("values");
  const region = supports("surroundingRegion")
    ? cursor.getSurroundingRegion().load(RECT_PROPERTIES)
    : undefined;
  await context.sync();

  const selected = rectOf(selection);
  const usedRect = used.isNullObject ? undefined : rectOf(used);
  const selectedData = usedRect && overlap(selected, usedRect);
  if (selected.rows * selected.columns > 1 && selectedData)
    return rangeSource(sheet.name, selectedData);
  const table = tableRanges.find((t) =>
    containsCell(rectOf(t.range), selected.row, selected.column)
  );
  if (table) return tableSource(table.name, sheet.name, rectOf(table.range));
  if (region) {
    const around = rectOf(region);
    const lonelyBlank = around.rows === 1 && around.columns === 1 && blank(cursor.values[0][0]);
    if (!lonelyBlank) return rangeSource(sheet.name, around);
  }
  if (usedRect) return rangeSource(sheet.name, usedRect);
  throw new OfficeWorkbookError("noData");
}

/** Every table, and the used range of every visible sheet, except what the add-in itself wrote. */
export async function listLocations(context: Excel.RequestContext): Promise<SourceLocation[]> {
  const survey = await surveyWorkbook(context);
  const isOurs = (sheetName: string) => isAddInSheet(survey, sheetName);
  const tables = survey.tables
    .filter((t) => !isOurs(t.sheetName))
    .map((t) => {
      const range = context.workbook.tables.getItem(t.name).getRange().load(RECT_PROPERTIES);
      return { ...t, range };
    });
  const sheets = survey.sheets
    .filter((s) => s.visibility === "Visible" && !isOurs(s.name))
    .map((s) => ({
      name: s.name,
      used: context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true),
    }));
  sheets.forEach((s) => s.used.load(RECT_PROPERTIES));
  await context.sync();
  return [
    ...tables.map((t) => tableSource(t.name, t.sheetName, rectOf(t.range))),
    ...sheets.filter((s) => !s.used.isNullObject).map((s) => rangeSource(s.name, rectOf(s.used))),
  ];
}

function parseRangeId(id: string): { sheetName: string; rect: CellRect } | undefined {
  const split = splitSheetRef(id);
  if (!split) return undefined;
  try {
    const { start, end } = parseRange(split.address);
    const rect = {
      row: start.row,
      column: start.col,
      rows: end.row - start.row + 1,
      columns: end.col - start.col + 1,
    };
    return { sheetName: split.sheetName, rect };
  } catch {
    return undefined;
  }
}

/** A source by the id listSources or detectSource gave it: "Sheet!A1:H25" or a table name. */
export async function locateById(
  context: Excel.RequestContext,
  id: string
): Promise<SourceLocation> {
  const asRange = parseRangeId(id);
  if (asRange) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(asRange.sheetName).load("name");
    await context.sync();
    if (sheet.isNullObject) throw new OfficeWorkbookError("itemNotFound");
    return rangeSource(sheet.name, asRange.rect);
  }
  const table = context.workbook.tables.getItemOrNullObject(id).load("name");
  await context.sync();
  if (table.isNullObject) throw new OfficeWorkbookError("itemNotFound");
  const range = table.getRange().load(RECT_PROPERTIES);
  const sheet = table.worksheet.load("name");
  await context.sync();
  return tableSource(table.name, sheet.name, rectOf(range));
}
