import { loadWorkbookBytes } from "../../xlsx/loaded-workbook";
import { workbookBytes } from "../../xlsx/workbook-bytes";
import type { WorkbookModel } from "../excel-double";
import { fileProperties } from "../workbook-file/document-properties";
import { addInSheets } from "./add-in-markers";
import { addInSheetSpecs } from "./add-in-specs";
import { copyUserEdits } from "./user-edits";

/** "ledger.xlsx" → "ledger-kam.xlsx", the name the command line gives its output. */
export function downloadName(workbookName: string): string {
  return `${workbookName.replace(/\.xlsx$/i, "")}-kam.xlsx`;
}

/**
 * The workbook as the workbench shows it, as an .xlsx file: the file that was opened, with the
 * user's typing in their own sheets and the add-in's sheets rendered by the command line's writer
 * (src/xlsx) from what they hold now.
 */
export async function workbookFile(original: Uint8Array, book: WorkbookModel): Promise<Uint8Array> {
  const loaded = await loadWorkbookBytes(original);
  copyUserEdits(book, loaded.workbook, addInSheets(book));
  const specs = addInSheetSpecs(book);
  const { bytes } = await workbookBytes(loaded, {
    batches: [() => specs],
    properties: fileProperties(book),
  });
  return bytes;
}

/** Hands the bytes to the browser as a file download. */
export function saveAs(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as unknown as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
