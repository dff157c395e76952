import { promises as fs } from "fs";
import type { Cell } from "../core/cells";
import { type Criteria, parseCriteria } from "../core/criteria";

/** Why a criteria file could not be read at all (its content is checked by parseCriteria). */
export class CriteriaFileError extends Error {
  constructor(readonly reason: "notFound" | "isDirectory" | "noPermission" | "notText") {
    super(reason);
    this.name = "CriteriaFileError";
  }
}

const FILE_FAILURES: Record<string, CriteriaFileError["reason"]> = {
  ENOENT: "notFound",
  ENOTDIR: "notFound",
  EISDIR: "isDirectory",
  EACCES: "noPermission",
  EPERM: "noPermission",
};

/**
 * The file as UTF-8 text. A binary file (a workbook, a picture, a UTF-16 export) is not one: NUL
 * bytes, or bytes that are not UTF-8, say so before anything of it is shown.
 */
async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new CriteriaFileError(FILE_FAILURES[code] ?? "noPermission");
  }
  const text = bytes.toString("utf8");
  if (bytes.includes(0) || text.includes("\uFFFD")) throw new CriteriaFileError("notText");
  return text;
}

/** "0.8" → 0.8, "80%" → 0.8; anything else stays text, so parseCriteria can say what is wrong. */
function cellOf(text: string): Cell {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const percent = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent) return Number(percent[1]) / 100;
  const number = Number(trimmed);
  return Number.isFinite(number) && /^[+-]?(\d|\.\d)/.test(trimmed) ? number : trimmed;
}

/** One CSV field list: commas, semicolons or tabs; double quotes around a field as in RFC 4180. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) {
      fields.push(field);
      field = "";
    } else {
      field += ch;
    }
  }
  fields.push(field);
  return fields;
}

function rowsFromCsv(text: string): Cell[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"))
    .map((line) => csvFields(line).slice(0, 2).map(cellOf));
}

/** JSON: an object {"a_cutoff": 0.8} or a list of [name, value] pairs. */
function rowsFromJson(text: string): Cell[][] {
  const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
  if (Array.isArray(data))
    return data.map((pair) => (Array.isArray(pair) ? pair : [pair]) as Cell[]);
  if (data !== null && typeof data === "object")
    return Object.entries(data as Record<string, unknown>).map(([k, v]) => [
      k,
      typeof v === "string" ? cellOf(v) : (v as Cell),
    ]);
  throw new Error('expected an object such as {"a_cutoff": 0.8} or a list of [name, value] pairs');
}

/**
 * Criteria from a file, read as the KAM functions read a criteria range (parseCriteria): names not
 * given keep their defaults, an unknown name or a value out of range is an error. Throws with a
 * message fit to show after the file name.
 */
export async function readCriteriaFile(file: string): Promise<Criteria> {
  const text = await readText(file);
  const json = /\.json$/i.test(file) || /^\s*[[{]/.test(text);
  let rows: Cell[][];
  try {
    rows = json ? rowsFromJson(text) : rowsFromCsv(text);
  } catch {
    // A parser's message quotes the file's bytes; say what was expected instead.
    throw new CriteriaFileError("notText");
  }
  const padded = rows.map((row) => (row.length < 2 ? [...row, null] : row));
  return parseCriteria(padded.length > 0 ? padded : undefined);
}
