import { CREDIT_MARKER, CRITERIA_MARKER, TIERS_MARKER } from "../../core/sheets/sheet-names";
import { PLANS_MARKER, TEMPLATES_MARKER, planNumber } from "../../core/plans/plan-names";
import type { SheetKind } from "../../core/sheets/sheet-spec";
import type { SheetModel, WorkbookModel } from "../excel-double";

const KINDS: Record<string, SheetKind> = {
  [CRITERIA_MARKER.toUpperCase()]: "criteria",
  [TIERS_MARKER.toUpperCase()]: "tiers",
  [CREDIT_MARKER.toUpperCase()]: "credit",
  [PLANS_MARKER.toUpperCase()]: "plans",
  [TEMPLATES_MARKER.toUpperCase()]: "templates",
};

function kindOf(marker: string): SheetKind | undefined {
  return KINDS[marker.toUpperCase()] ?? (planNumber(marker) === undefined ? undefined : "plan");
}

export interface MarkedSheet {
  sheet: SheetModel;
  marker: string;
  kind: SheetKind;
}

/**
 * The add-in's sheets in the workbook, found as the pane finds them: by the hidden name that marks
 * each (it points at the sheet's A1 and follows the sheet through renames), in the workbook's order.
 */
export function addInSheets(book: WorkbookModel): MarkedSheet[] {
  const marked: MarkedSheet[] = [];
  for (const name of book.names) {
    const kind = kindOf(name.name);
    const sheet = name.ref?.sheet;
    if (!kind || !sheet || sheet.deleted || name.visible) continue;
    marked.push({ sheet, marker: name.name, kind });
  }
  return marked.sort((a, b) => book.sheets.indexOf(a.sheet) - book.sheets.indexOf(b.sheet));
}
