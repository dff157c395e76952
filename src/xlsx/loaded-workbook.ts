import ExcelJS from "exceljs";
import JSZip from "jszip";
import { type FileProperty, readCustomProperties } from "./custom-properties";
import { PackageName, WORKBOOK_PART, parseNames } from "./package-names";
import { readPart, sheetList } from "./package-parts";

/*
 * No Node.js here (no fs, no Buffer): the workbench's download runs this in the browser, on the very
 * bytes the command line reads from a file.
 */

/** Why a file could not be read as a workbook; the command line words each one. */
export type ReadFailure =
  | "notFound"
  | "isDirectory"
  | "noPermission"
  | "encrypted"
  | "oldFormat"
  | "notXlsx"
  | "unreadable";

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    detail?: string
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "WorkbookReadError";
  }
}

/** A workbook as loaded, with what ExcelJS does not keep of the file (names' hidden flags and scopes). */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  names: PackageName[];
  /** The custom document properties: the add-in's marks (see isAddInMark) and the user's own. */
  properties: FileProperty[];
  /** The sheet names in the file's order, for names scoped to a sheet. */
  sheetNames: string[];
  bytes: number;
  /** The file's package: the command line writes its output as this with the add-in's parts. */
  zip: JSZip;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: Excel 97–2003 files, and any Office file saved with a password. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted OOXML file is a CFB container with these streams (names in UTF-16). */
const ENCRYPTION_STREAM = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);

const startsWith = (data: Uint8Array, prefix: number[]) => prefix.every((b, i) => data[i] === b);

function contains(data: Uint8Array, needle: number[]): boolean {
  for (let i = data.indexOf(needle[0]); i >= 0; i = data.indexOf(needle[0], i + 1))
    if (needle.every((b, k) => data[i + k] === b)) return true;
  return false;
}

function classify(data: Uint8Array): ReadFailure | undefined {
  if (startsWith(data, ZIP)) return undefined;
  if (startsWith(data, CFB)) return contains(data, ENCRYPTION_STREAM) ? "encrypted" : "oldFormat";
  return "notXlsx";
}

/**
 * Loads the bytes of an .xlsx file. The kind of file is told by its first bytes, not its name: a
 * password makes Excel save a CFB container, not a zip, and ExcelJS would only say "end of central
 * directory".
 */
/**
 * LibreOffice and WPS save a table without <tableStyleInfo>, and ExcelJS then cannot write the
 * workbook back (it reads the missing style's theme). Such a table gets a style part with no style
 * name — what "no table style" is in the file format — so it is written back as it was.
 */
function unstyledTablesWritable(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets)
    for (const table of Object.values(
      (sheet as unknown as { tables: Record<string, { table?: { style?: unknown } }> }).tables ?? {}
    ))
      if (table.table && !table.table.style)
        table.table.style = {
          showFirstColumn: false,
          showLastColumn: false,
          showRowStripes: false,
          showColumnStripes: false,
        };
}

export async function loadWorkbookBytes(data: Uint8Array): Promise<LoadedWorkbook> {
  const failure = classify(data);
  if (failure) throw new WorkbookReadError(failure);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new WorkbookReadError("unreadable", (error as Error).message);
  }
  // A zip with an encryption stream is how some tools pack a protected file; any other zip
  // without a workbook part is a Word file, an archive or the like.
  if (zip.file("EncryptionInfo")) throw new WorkbookReadError("encrypted");
  const workbookXml = await readPart(zip, WORKBOOK_PART);
  if (workbookXml === undefined) throw new WorkbookReadError("notXlsx");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookReadError("unreadable", (error as Error).message);
  }
  unstyledTablesWritable(workbook);
  return {
    workbook,
    names: parseNames(workbookXml),
    properties: await readCustomProperties(zip),
    sheetNames: sheetList(workbookXml).map((s) => s.name),
    bytes: data.length,
    zip,
  };
}
