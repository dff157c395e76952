import type { Workbook, Worksheet } from "exceljs";
import type { PackageName } from "./package-names";
import { referencedSheet } from "./package-names";

const upper = (s: string) => s.toUpperCase();

/**
 * A hidden workbook name starting "KAM_" marks a sheet the add-in created (see SheetSpec.marker), the
 * same rule as the pane's. The names of the specs being written count too, hidden or not.
 */
export function isMarker(name: PackageName, specMarkers: ReadonlySet<string>): boolean {
  if (name.localSheetId !== undefined) return false;
  return specMarkers.has(upper(name.name)) || (name.hidden && /^KAM_/i.test(name.name));
}

/** Marker name (upper case) → the sheet it points at, whatever the user renamed that sheet to. */
export function markedSheets(
  workbook: Workbook,
  names: readonly PackageName[],
  specMarkers: ReadonlySet<string>
): Map<string, Worksheet> {
  const marked = new Map<string, Worksheet>();
  for (const name of names) {
    if (!isMarker(name, specMarkers)) continue;
    const sheetName = referencedSheet(name.ref);
    const sheet = sheetName === undefined ? undefined : workbook.getWorksheet(sheetName);
    if (sheet) marked.set(upper(name.name), sheet);
  }
  return marked;
}

/** The add-in's own sheets: they are never read as the user's data. */
export function addInSheets(workbook: Workbook, names: readonly PackageName[]): Set<Worksheet> {
  return new Set(markedSheets(workbook, names, new Set()).values());
}
