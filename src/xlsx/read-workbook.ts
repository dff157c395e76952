import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PackageName, WORKBOOK_PART, parseNames } from "./package-names";
import { readPart, sheetList } from "./package-parts";

/** Why a file could not be read as a workbook; the command line words each one. */
export type ReadFailure = "notFound" | "encrypted" | "oldFormat" | "notXlsx" | "unreadable";

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
  /** The sheet names in the file's order, for names scoped to a sheet. */
  sheetNames: string[];
  bytes: number;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: Excel 97–2003 files, and any Office file saved with a password. */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted OOXML file is a CFB container with these streams (names in UTF-16). */
const ENCRYPTION_STREAM = Buffer.from("EncryptionInfo", "utf16le");

function classify(data: Buffer): ReadFailure | undefined {
  if (data.subarray(0, 4).equals(ZIP)) return undefined;
  if (data.subarray(0, 8).equals(CFB))
    return data.includes(ENCRYPTION_STREAM) ? "encrypted" : "oldFormat";
  return "notXlsx";
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === "ENOENT" ? "notFound" : "unreadable", code);
  }
}

/**
 * Loads an .xlsx file. The kind of file is told by its first bytes, not its name: a password makes
 * Excel save a CFB container, not a zip, and ExcelJS would only say "end of central directory".
 */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  const data = await readBytes(path);
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
  return {
    workbook,
    names: parseNames(workbookXml),
    sheetNames: sheetList(workbookXml).map((s) => s.name),
    bytes: data.length,
  };
}
