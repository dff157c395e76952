import { promises as fs } from "fs";
import * as path from "path";
import type { SheetSpec } from "../core/sheets/sheet-spec";
import {
  type PackageSource,
  type SaveProgress,
  type SaveResult,
  type WorkbookChanges,
  type WrittenSheet,
  applyChanges,
} from "./workbook-bytes";
export { packageSource } from "./workbook-bytes";
import { deflateChunks, zipBytes } from "./zip-file";

export type {
  NamedCells,
  PackageSource,
  SaveProgress,
  SaveResult,
  SaveStep,
  SheetBatch,
  WorkbookChanges,
  WrittenSheet,
} from "./workbook-bytes";

/** ".customers-kam.xlsx.1234.tmp": the temporary file of process 1234 writing customers-kam.xlsx. */
function temporaryName(target: string, pid: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${pid}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is another user's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files an earlier run left beside `target` when it was killed while writing
 * (its process is gone); a run still writing the same file keeps its own.
 */
export async function removeStaleTemporaries(target: string): Promise<string[]> {
  const prefix = `.${path.basename(target)}.`;
  const entries = await fs.readdir(path.dirname(target)).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith(".tmp")) continue;
    const pid = Number(entry.slice(prefix.length, -".tmp".length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    const file = path.join(path.dirname(target), entry);
    await fs.rm(file, { force: true });
    removed.push(file);
  }
  return removed;
}

/** Writes to a new file beside the target, then renames it: a failed run never leaves half a workbook. */
async function writeAtomically(target: string, data: Uint8Array): Promise<void> {
  const temporary = temporaryName(target, process.pid);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await removeStaleTemporaries(target);
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes the changes into the input's own package (see applyChanges: the user's parts are copied as
 * the file had them) and saves it as `target`.
 */
export async function saveWorkbook(
  loaded: PackageSource,
  changes: WorkbookChanges,
  target: string,
  progress?: SaveProgress
): Promise<SaveResult> {
  // Each sheet deflated as soon as it is written.
  const { fresh, ...result } = await applyChanges(
    loaded.zip,
    loaded,
    changes,
    progress,
    deflateChunks
  );
  await writeAtomically(target, await zipBytes(loaded.zip, fresh));
  return result;
}

/** The common case: one batch of specs. */
export async function saveWithSheets(
  loaded: PackageSource,
  specs: readonly SheetSpec[],
  target: string,
  progress?: SaveProgress
): Promise<WrittenSheet[]> {
  return (await saveWorkbook(loaded, { batches: [() => [...specs]] }, target, progress)).written;
}
