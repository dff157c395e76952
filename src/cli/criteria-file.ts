import { promises as fs } from "fs";
import type { Cell } from "../core/cells";
import { type Criteria, parseCriteria } from "../core/criteria";

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
  const text = await fs.readFile(file, "utf8");
  const json = /\.json$/i.test(file) || /^\s*[[{]/.test(text);
  const rows = json ? rowsFromJson(text) : rowsFromCsv(text);
  const padded = rows.map((row) => (row.length < 2 ? [...row, null] : row));
  return parseCriteria(padded.length > 0 ? padded : undefined);
}
