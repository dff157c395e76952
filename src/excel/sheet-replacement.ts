import {
  MARK_VALUE,
  isAddInMark,
  markProperty,
  sheetNameFor,
  validSheetName,
} from "../core/sheets/sheet-names";
import type { SheetSpec } from "../core/sheets/sheet-spec";
import { supports } from "./features";
import { WorkbookSurvey } from "./sheet-survey";
import { nameFormula, pointName } from "./workbook-names";

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * Removes everything an earlier run put on the add-in's own sheet, keeping the sheet itself: its
 * tables and charts (deleted: a table's name is then free for the new one), its conditional formats,
 * dropdowns and frozen panes, and every cell's contents, formats and links. Queues actions only.
 */
function clearSheet(
  sheet: Excel.Worksheet,
  tables: readonly string[],
  charts: Excel.ChartCollection | undefined
): void {
  tables.forEach((table) => sheet.tables.getItem(table).delete());
  charts?.items.forEach((chart) => chart.delete());
  const whole = sheet.getRange();
  if (supports("conditionalFormats")) whole.conditionalFormats.clearAll();
  if (supports("dataValidation")) whole.dataValidation.clear();
  if (supports("freezePanes")) sheet.freezePanes.unfreeze();
  whole.clear("All");
}

/**
 * Gives the workbook the add-in's document property for each marker that lacks it (see isAddInMark):
 * what tells the add-in's sheets from a user's, whatever the user does to the names. Queues only.
 * Before ExcelApi 1.7 there are no properties: only the sheets' hidden names and titles tell them.
 */
export function markSheets(
  context: Excel.RequestContext,
  survey: WorkbookSurvey,
  markers: readonly string[]
): void {
  if (!supports("customProperties")) return;
  for (const marker of markers) {
    if (isAddInMark(marker, survey.properties)) continue;
    const key = markProperty(marker);
    context.workbook.properties.custom.add(key, MARK_VALUE);
    survey.properties.push({ key, value: MARK_VALUE });
  }
}

/**
 * Makes the sheet a spec is written into, in one sync. The add-in's own sheet (found by its marker,
 * whatever the user renamed it to) is reused in place: the same sheet, at its position, under the name
 * the user gave it, emptied of what the last run wrote. It is never deleted, so formulas elsewhere that
 * point into it (='KAM Tiers'!C5) keep working. A sheet of the user's that has the spec's name is never
 * touched: a new sheet gets another name ("KAM Tiers (2)"), and takes the spec's name back on a later
 * run once it is free (a rename, which Excel's formulas follow). The hidden marker name is pointed at
 * the sheet's A1.
 */
export async function prepareSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
  survey: WorkbookSurvey
): Promise<{ sheet: Excel.Worksheet; name: string }> {
  const { worksheets } = context.workbook;
  const key = spec.marker.toUpperCase();
  const existing = survey.marked.get(key);
  let sheet: Excel.Worksheet;
  let name: string;
  if (existing) {
    sheet = worksheets.getItem(existing.name);
    const others = survey.sheets.filter((s) => s !== existing).map((s) => s.name);
    name = sheetNameFor(spec.name, existing.name, others);
    const tables = survey.tables.filter((t) => same(t.sheetName, existing.name));
    clearSheet(
      sheet,
      tables.map((t) => t.name),
      survey.charts.get(key)
    );
    if (name !== existing.name) sheet.name = name;
  } else {
    name = validSheetName(
      spec.name,
      survey.sheets.map((s) => s.name)
    );
    sheet = worksheets.add(name);
  }
  if (supports("names"))
    pointName(context, survey, spec.marker, nameFormula(name, "A1"), { visible: false });
  markSheets(context, survey, [spec.marker]);
  await context.sync();

  // Keep the survey true for the next spec of the same run.
  if (existing) {
    survey.tables = survey.tables.filter((t) => !same(t.sheetName, existing.name));
    survey.charts.delete(key);
    for (const [located, sheetName] of survey.located)
      if (same(sheetName, existing.name)) survey.located.set(located, name);
    existing.name = name;
  } else {
    const info = { name, position: survey.sheets.length, visibility: "Visible" };
    survey.sheets.push(info);
    survey.marked.set(key, info);
  }
  return { sheet, name };
}

/** A table name no other table or workbook name has (they share one namespace in Excel). */
export function freeTableName(wanted: string, survey: WorkbookSurvey): string {
  const taken = (n: string) =>
    survey.tables.some((t) => same(t.name, n)) || survey.names.some((x) => same(x.name, n));
  if (!taken(wanted)) return wanted;
  let n = 2;
  while (taken(`${wanted}_${n}`)) n++;
  return `${wanted}_${n}`;
}
