import { execFileSync, spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

/** The project's tool that converts with a forced full recalculation (cached results are not trusted). */
export const XLSX_TO_CSV = path.join(__dirname, "..", "..", "..", "shared", "tools", "xlsx-to-csv");

export const hasLibreOffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

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
  execFileSync(XLSX_TO_CSV, [file, out], { stdio: "pipe", timeout: 180000 });
  const book = path.basename(file, path.extname(file));
  const sheets = new Map<string, string[][]>();
  for (const name of await fs.readdir(out))
    if (name.startsWith(`${book}-`) && name.endsWith(".csv"))
      sheets.set(
        name.slice(book.length + 1, -4),
        parseCsv(await fs.readFile(path.join(out, name), "utf8"))
      );
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
