import { promises as fs } from "fs";
import * as path from "path";
import type { SheetSpec } from "../core/sheets/sheet-spec";
import type { LoadedWorkbook } from "./loaded-workbook";
import {
  type SaveProgress,
  type SaveResult,
  type WorkbookChanges,
  workbookBytes,
} from "./workbook-bytes";
import type { WrittenSheet } from "./write-sheets";

export type {
  NamedCells,
  SaveProgress,
  SaveResult,
  SaveStep,
  SheetBatch,
  WorkbookChanges,
} from "./workbook-bytes";

/** Writes to a new file beside the target, then renames it: a failed run never leaves half a workbook. */
async function writeAtomically(target: string, data: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Writes the changes into the loaded workbook (see workbookBytes) and saves it as `target`. */
export async function saveWorkbook(
  loaded: LoadedWorkbook,
  changes: WorkbookChanges,
  target: string,
  progress?: SaveProgress
): Promise<SaveResult> {
  const { bytes, ...result } = await workbookBytes(loaded, changes, progress);
  await writeAtomically(target, bytes);
  return result;
}

/** The common case: one batch of specs. */
export async function saveWithSheets(
  loaded: LoadedWorkbook,
  specs: readonly SheetSpec[],
  target: string,
  progress?: SaveProgress
): Promise<WrittenSheet[]> {
  return (await saveWorkbook(loaded, { batches: [() => [...specs]] }, target, progress)).written;
}
