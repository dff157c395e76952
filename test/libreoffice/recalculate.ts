import { execFile } from "child_process";
import { promises as fs, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { LIBREOFFICE } from "../support/external-tools";

const run = promisify(execFile);

export const hasLibreOffice = LIBREOFFICE.available;

/**
 * LibreOffice settings that make it recalculate every formula when it loads a file: by default it
 * trusts the results cached in an .xlsx, and then a check that reads them back proves nothing.
 * (0 = always recalculate, for OOXML and ODF files.)
 */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * UTF-8 CSV of raw values (not as formatted), every sheet (-1), quotes around text: the "Text - txt -
 * csv (StarCalc)" filter's options 44 (comma), 34 (quote), 76 (UTF-8), 1 (from line 1), … , -1 (all sheets).
 */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

let profile: string | undefined;

/**
 * One LibreOffice profile per process: two soffice runs sharing a profile hand their work to each
 * other or fail on its lock, so parallel jest workers and a second `npm test` each get their own.
 */
async function ownProfile(): Promise<string> {
  if (profile) return profile;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kam-lo-profile-"));
  await fs.mkdir(path.join(dir, "user"), { recursive: true });
  await fs.writeFile(path.join(dir, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  profile = dir;
  return dir;
}

/** Runs headless LibreOffice with the project's recalculating profile. */
export async function soffice(args: string[], timeoutMs = 240_000): Promise<void> {
  const dir = await ownProfile();
  await run("soffice", [`-env:UserInstallation=file://${dir}`, "--headless", ...args], {
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** One CSV line list into fields (RFC 4180: quotes, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Opens a workbook in headless LibreOffice, recalculates everything and reads every sheet back. */
export async function recalculate(file: string): Promise<Map<string, string[][]>> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), "kam-lo-"));
  await soffice(["--convert-to", CSV_FILTER, "--outdir", out, file]);
  const book = path.basename(file, path.extname(file));
  const sheets = new Map<string, string[][]>();
  for (const name of await fs.readdir(out))
    if (name.startsWith(`${book}-`) && name.endsWith(".csv"))
      sheets.set(
        name.slice(book.length + 1, -4),
        parseCsv(await fs.readFile(path.join(out, name), "utf8"))
      );
  await fs.rm(out, { recursive: true, force: true });
  if (sheets.size === 0) throw new Error(`LibreOffice could not open ${file}`);
  return sheets;
}

/** Error values as LibreOffice shows them after recalculation. */
export const ERROR_CELL = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

/** A CSV field as a number when it is one ("62.46%" → 0.6246, "2025-03-01" → its serial day). */
export function csvNumber(field: string): number | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(field);
  if (date) return Date.UTC(+date[1], +date[2] - 1, +date[3]) / 86400000 + 25569;
  const percent = field.endsWith("%");
  const text = percent ? field.slice(0, -1) : field;
  if (text.trim() === "" || Number.isNaN(Number(text))) return undefined;
  return percent ? Number(text) / 100 : Number(text);
}
