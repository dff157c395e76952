import { markerKind, showsAddInTitle } from "../../core/sheets/add-in-marks";
import { isAddInMark } from "../../core/sheets/sheet-names";
import type { SheetKind } from "../../core/sheets/sheet-spec";
import type { SheetModel, WorkbookModel } from "../excel-double";

export interface MarkedSheet {
  sheet: SheetModel;
  marker: string;
  kind: SheetKind;
}

/**
 * The add-in's sheets in the workbook, found as the pane finds them: by the name that marks each (it
 * points at the sheet's A1 and follows the sheet through renames) when it is the add-in's mark (see
 * isAddInMark), in the workbook's order. A user's sheet that their own KAM_Tiers names is theirs.
 */
export function addInSheets(book: WorkbookModel): MarkedSheet[] {
  const marked: MarkedSheet[] = [];
  for (const name of book.names) {
    const kind = markerKind(name.name);
    const sheet = name.ref?.sheet;
    if (!kind || !sheet || sheet.deleted) continue;
    const ours = isAddInMark(name.name, book.customProperties, {
      hidden: !name.visible,
      titled: showsAddInTitle(name.name, book.valueAt(sheet, 0, 0)),
    });
    if (ours) marked.push({ sheet, marker: name.name, kind });
  }
  return marked.sort((a, b) => book.sheets.indexOf(a.sheet) - book.sheets.indexOf(b.sheet));
}
