import type { ColumnSpec, SheetSpec } from "../../core/sheets/sheet-spec";
import type { SheetModel, WorkbookModel } from "../excel-double";
import { addInSheets } from "./add-in-markers";
import { sheetBlocks, sheetFormats } from "./sheet-cells";
import { sheetPageSetup } from "./sheet-page-setup";
import {
  sheetCharts,
  sheetConditionalFormats,
  sheetLinks,
  sheetNames,
  sheetTables,
  sheetValidations,
} from "./sheet-objects";

/** Points (how Excel and the double keep widths) back to characters (how a spec gives them). */
function columnSpecs(sheet: SheetModel): ColumnSpec[] {
  return [...sheet.columnWidths].map(([index, points]) => ({
    index,
    width: Math.round(((points / 0.75 - 5) / 7) * 100) / 100,
  }));
}

/**
 * The add-in's sheets as they are now in the workbench, with everything the user typed into them
 * (a plan's team, tasks and statuses), as the specs the .xlsx writer renders: the download goes
 * through the same writer as the command line.
 */
export function addInSheetSpecs(book: WorkbookModel): SheetSpec[] {
  return addInSheets(book).map(({ sheet, marker, kind }) => ({
    kind,
    name: sheet.name,
    marker,
    blocks: sheetBlocks(book, sheet),
    columns: columnSpecs(sheet),
    formats: sheetFormats(sheet),
    tables: sheetTables(book, sheet),
    conditionalFormats: sheetConditionalFormats(sheet),
    charts: sheetCharts(sheet),
    validations: sheetValidations(sheet),
    names: sheetNames(book, sheet, marker),
    links: sheetLinks(sheet),
    freeze: sheet.freeze,
    ...(sheet.tabColor && { tabColor: sheet.tabColor }),
    pageSetup: sheetPageSetup(sheet),
  }));
}
