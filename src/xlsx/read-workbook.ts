import { promises as fs } from "fs";
import { type LoadedWorkbook, WorkbookReadError, loadWorkbookBytes } from "./loaded-workbook";

export { type LoadedWorkbook, type ReadFailure, WorkbookReadError } from "./loaded-workbook";

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === "ENOENT" ? "notFound" : "unreadable", code);
  }
}

/** Loads an .xlsx file (see loadWorkbookBytes). */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  return loadWorkbookBytes(await readBytes(path));
}
