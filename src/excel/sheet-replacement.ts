import { validSheetName } from "../core/sheets/sheet-names";
import type { SheetSpec } from "../core/sheets/sheet-spec";
import { supports } from "./features";
import { WorkbookSurvey } from "./sheet-survey";
import { nameFormula, pointName } from "./workbook-names";

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * Makes the sheet a spec is written into, in one sync. The add-in's own sheet (found by its marker,
 * whatever the user renamed it to) is replaced in place: a new sheet is added at its position, the old
 * one deleted, and the new one takes the spec's name. A sheet of the user's that has the spec's name is
 * never touched: the new sheet gets another name ("KAM Tiers (2)"). The hidden marker name is pointed
 * at the new sheet's A1.
 */
export async function prepareSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
  survey: WorkbookSurvey
): Promise<{ sheet: Excel.Worksheet; name: string }> {
  const { worksheets } = context.workbook;
  const existing = survey.marked.get(spec.marker.toUpperCase());
  const others = survey.sheets.filter((s) => s !== existing).map((s) => s.name);
  const name = validSheetName(spec.name, others);
  let sheet: Excel.Worksheet;
  if (existing) {
    // Added first, so the workbook never runs out of visible sheets, and moved into the old one's place.
    sheet = worksheets.add(validSheetName(`${name} new`, [...others, existing.name, name]));
    sheet.position = existing.position;
    worksheets.getItem(existing.name).delete();
    sheet.name = name;
  } else {
    sheet = worksheets.add(name);
  }
  if (supports("names"))
    pointName(context, survey, spec.marker, nameFormula(name, "A1"), { visible: false });
  await context.sync();

  // Keep the survey true for the next spec of the same run.
  if (existing) {
    survey.sheets.splice(survey.sheets.indexOf(existing), 1);
    survey.tables = survey.tables.filter((t) => !same(t.sheetName, existing.name));
  }
  const position = existing ? existing.position : survey.sheets.length;
  const info = { name, position, visibility: "Visible" };
  survey.sheets.push(info);
  survey.marked.set(spec.marker.toUpperCase(), info);
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
