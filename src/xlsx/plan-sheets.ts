import { planNames, planNumber, TEMPLATES_MARKER } from "../core/plans/plan-names";
import type { PlanSheetInfo } from "../core/plans/plan-registry";
import type { CellValue } from "../core/sheets/sheet-spec";
import { referencedSheet } from "./package-names";
import type { LoadedWorkbook } from "./loaded-workbook";
import { namedValues } from "./named-ranges";
import { sheetValues } from "./sheet-values";

/**
 * The values of the KAM Templates sheet, found by its marker whatever the user renamed it to;
 * undefined when the workbook has none (the same reading as the pane's, from the file).
 */
export function templateValues(loaded: LoadedWorkbook): CellValue[][] | undefined {
  const marker = loaded.names.find(
    (n) => n.localSheetId === undefined && n.name.toUpperCase() === TEMPLATES_MARKER.toUpperCase()
  );
  const sheetName = marker && referencedSheet(marker.ref);
  const sheet = sheetName === undefined ? undefined : loaded.workbook.getWorksheet(sheetName);
  return sheet ? sheetValues(sheet, loaded.workbook) : undefined;
}

/**
 * Every plan marker (KAM_Plan_<n>) in the file, with the sheet it points at and the plan's profile
 * row. Markers of deleted sheets are listed too, so their numbers are never given to a new plan.
 */
export function listPlanSheets(loaded: LoadedWorkbook): PlanSheetInfo[] {
  return loaded.names.flatMap((name): PlanSheetInfo[] => {
    const number = name.localSheetId === undefined ? planNumber(name.name) : undefined;
    if (number === undefined) return [];
    const sheetName = referencedSheet(name.ref);
    const sheet = sheetName === undefined ? undefined : loaded.workbook.getWorksheet(sheetName);
    if (!sheet) return [{ marker: name.name }];
    const profile = namedValues(loaded, planNames(number).profile)?.[0];
    return [{ marker: name.name, sheetName: sheet.name, ...(profile ? { profile } : {}) }];
  });
}
