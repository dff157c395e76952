import { promises as fs } from "fs";
import {
  type LoadedWorkbook,
  type ReadFailure,
  WorkbookReadError,
  loadWorkbookBytes,
} from "./loaded-workbook";

export { type LoadedWorkbook, type ReadFailure, WorkbookReadError } from "./loaded-workbook";

/** What the file system said, as the user can act on it; anything else is "cannot be read". */
const FILE_FAILURES: Record<string, ReadFailure> = {
  ENOENT: "notFound",
  ENOTDIR: "notFound",
  EISDIR: "isDirectory",
  EACCES: "noPermission",
  EPERM: "noPermission",
};

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(FILE_FAILURES[code ?? ""] ?? "unreadable", code);
  }
}

/** Loads an .xlsx file (see loadWorkbookBytes). */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  return loadWorkbookBytes(await readBytes(path));
}
