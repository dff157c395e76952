import type { SheetSpec } from "../core/sheets/sheet-spec";
import type { LoadedWorkbook } from "./loaded-workbook";
import { writeNamed } from "./named-ranges";
import { type ScopedName, editPackage } from "./package-edit";
import { referencedSheet } from "./package-names";
import { type SheetsWritten, type WrittenSheet, writeSheets } from "./write-sheets";

/*
 * No Node.js here: the command line saves these bytes to a file (save-workbook.ts), the workbench
 * hands them to the browser as a download.
 */

export type SaveStep = "sheet" | "saving";

export interface SaveProgress {
  (step: "sheet", spec: SheetSpec, done: number, total: number): void;
  (step: "saving"): void;
}

const upper = (s: string) => s.toUpperCase();

/**
 * The input's names as the file had them (ExcelJS keeps neither hidden flags, comments, sheet scopes
 * nor names that are not plain ranges), less those the specs define again and those scoped to an
 * add-in sheet that was replaced; a name that pointed into a replaced sheet now renamed is #REF!, as
 * Excel makes it when the sheet is deleted.
 */
function keptNames(
  loaded: LoadedWorkbook,
  ours: ScopedName[],
  replaced: string[],
  present: string[]
) {
  const redefined = new Set(ours.map((n) => upper(n.name)));
  const gone = new Set(replaced.map(upper).filter((n) => !present.map(upper).includes(n)));
  const kept: ScopedName[] = [];
  for (const name of loaded.names) {
    const scope =
      name.localSheetId === undefined ? undefined : loaded.sheetNames[name.localSheetId];
    if (scope === undefined && name.localSheetId !== undefined) continue;
    if (scope === undefined && redefined.has(upper(name.name))) continue;
    if (scope !== undefined && replaced.map(upper).includes(upper(scope))) continue;
    const rest: Omit<typeof name, "localSheetId"> = { ...name };
    delete (rest as typeof name).localSheetId;
    const sheet = referencedSheet(name.ref);
    const ref = sheet !== undefined && gone.has(upper(sheet)) ? "#REF!" : name.ref;
    kept.push({ ...rest, ref, ...(scope !== undefined ? { scope } : {}) });
  }
  return kept;
}

/** Specs written in one go; a later batch may depend on the names the earlier ones got. */
export type SheetBatch = (written: readonly WrittenSheet[]) => SheetSpec[];

/** Cells written into the range a workbook name points at, in a sheet that is already there. */
export interface NamedCells {
  name: string;
  rows: SheetSpec["blocks"][number]["rows"];
}

export interface WorkbookChanges {
  batches: SheetBatch[];
  named?: readonly NamedCells[];
}

export interface SaveResult {
  written: WrittenSheet[];
  /** Names of named writes that no longer point at a range. */
  missing: string[];
}

/**
 * Writes the changes into the loaded workbook (each batch of specs in turn, then the named cells)
 * and returns the bytes of the .xlsx file. Every sheet of the input other than the add-in's own is
 * carried over as ExcelJS read it.
 */
export async function workbookBytes(
  loaded: LoadedWorkbook,
  changes: WorkbookChanges,
  progress?: SaveProgress
): Promise<SaveResult & { bytes: Uint8Array }> {
  const { workbook } = loaded;
  const result: SheetsWritten = {
    written: [],
    names: [],
    charts: [],
    linkedSheets: [],
    replaced: [],
  };
  for (const batch of changes.batches) {
    const specs = batch(result.written);
    const part = writeSheets(workbook, loaded.names, specs, (spec, done, total) =>
      progress?.("sheet", spec, done, total)
    );
    for (const key of Object.keys(result) as (keyof SheetsWritten)[])
      (result[key] as unknown[]).push(...(part[key] as unknown[]));
  }
  const missing = (changes.named ?? [])
    .filter((w) => !writeNamed(loaded, w.name, w.rows))
    .map((w) => w.name);
  progress?.("saving");
  const present = workbook.worksheets.map((s) => s.name);
  const names = [...keptNames(loaded, result.names, result.replaced, present), ...result.names];
  // Stored, not compressed: editPackage compresses every part once when it writes the file.
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never);
  const bytes = await editPackage(stored as ArrayBuffer, {
    names,
    charts: result.charts,
    linkedSheets: result.linkedSheets,
  });
  return { written: result.written, missing, bytes };
}
