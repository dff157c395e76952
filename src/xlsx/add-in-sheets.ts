import type { Worksheet } from "exceljs";
import { isMarkerName, showsAddInTitle } from "../core/sheets/add-in-marks";
import { isAddInMark } from "../core/sheets/sheet-names";
import type { LoadedWorkbook } from "./loaded-workbook";
import type { PackageName } from "./package-names";
import { referencedSheet } from "./package-names";
import { plainValue } from "./sheet-values";

const upper = (s: string) => s.toUpperCase();

/** A workbook-scoped name of the file with an add-in marker's name ("KAM_Tiers", "KAM_Plan_3"). */
export interface FileMarker {
  name: PackageName;
  /** The sheet it points at, by the name it has in the file; undefined for #REF! and the like. */
  sheet?: Worksheet;
  /** Whether it is the add-in's mark (see isAddInMark); otherwise the name and its sheet are the user's. */
  ours: boolean;
}

/** Every name of the file with a marker's name, and whether it is the add-in's mark. */
export function fileMarkers(loaded: LoadedWorkbook): FileMarker[] {
  return loaded.names.flatMap((name): FileMarker[] => {
    if (name.localSheetId !== undefined || !isMarkerName(name.name)) return [];
    const sheetName = referencedSheet(name.ref);
    const sheet = sheetName === undefined ? undefined : loaded.workbook.getWorksheet(sheetName);
    const a1 = sheet ? plainValue(sheet.getCell(1, 1).value) : undefined;
    const ours = isAddInMark(name.name, loaded.properties, {
      hidden: name.hidden,
      titled: showsAddInTitle(name.name, a1),
    });
    return [{ name, ...(sheet ? { sheet } : {}), ours }];
  });
}

/** A FileMarker without the ExcelJS sheet: what the package writer needs once the workbook is let go. */
export interface MarkerFacts {
  name: PackageName;
  sheetName?: string;
  ours: boolean;
}

export function markerFacts(loaded: LoadedWorkbook): MarkerFacts[] {
  return fileMarkers(loaded).map(({ name, sheet, ours }) => ({
    name,
    ...(sheet ? { sheetName: sheet.name } : {}),
    ours,
  }));
}

/** The add-in's marker of that name in the file, if the file has one and it is the add-in's. */
export function ourMarker(loaded: LoadedWorkbook, marker: string): FileMarker | undefined {
  return fileMarkers(loaded).find((m) => m.ours && upper(m.name.name) === upper(marker));
}

/** The add-in's own sheets: they are never read as the user's data. */
export function addInSheets(loaded: LoadedWorkbook): Set<Worksheet> {
  return new Set(fileMarkers(loaded).flatMap((m) => (m.ours && m.sheet ? [m.sheet] : [])));
}

/**
 * The workbook has a name the add-in would mark its sheet with, and it is the user's (see
 * isAddInMark): the add-in neither re-points it nor writes to the sheet it names, and stops before
 * writing anything.
 */
export class MarkerNameTaken extends Error {
  constructor(
    readonly takenName: string,
    readonly ref: string
  ) {
    super(`the workbook has its own name ${takenName} (${ref})`);
    this.name = "MarkerNameTaken";
  }
}
