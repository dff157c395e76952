import { columnIndex, columnLetter } from "../core/sheets/a1";
import type { SheetCell } from "../core/sheets/sheet-spec";
import { cellBody } from "./sheet-xml";

/**
 * Writes a few cells into a worksheet part that is already there (a plan's profile figures), leaving
 * every other cell, row and attribute as the file had it. A cell keeps its style; a cell or row that
 * is missing is added in its place, as rows and cells must be in order.
 */

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag.slice(0, tag.indexOf(">") + 1))?.[1];
}

function renderCell(ref: string, style: string | undefined, cell: SheetCell): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  return `<c r="${ref}"${s}${cellBody(cell) ?? "/>"}`;
}

function patchRow(rowXml: string, rowNo: number, cells: Map<number, SheetCell>): string {
  const open = /^<row\b[^>]*?(\/?)>/.exec(rowXml) as RegExpExecArray;
  const start = open[0].endsWith("/>") ? `${open[0].slice(0, -2)}>` : open[0];
  const inner = open[0].endsWith("/>") ? "" : rowXml.slice(open[0].length, -"</row>".length);
  const out: string[] = [];
  const todo = new Map(cells);
  let col = -1;
  const flushBefore = (limit: number) => {
    for (const c of [...todo.keys()].sort((a, b) => a - b)) {
      if (c >= limit) break;
      out.push(renderCell(`${columnLetter(c)}${rowNo}`, undefined, todo.get(c) as SheetCell));
      todo.delete(c);
    }
  };
  let last = 0;
  for (const m of inner.matchAll(CELL)) {
    out.push(inner.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    const ref = attr(m[0], "r");
    col = ref ? columnIndex(/^[A-Za-z]+/.exec(ref)?.[0] ?? "A") : col + 1;
    flushBefore(col);
    if (todo.has(col)) {
      out.push(
        renderCell(`${columnLetter(col)}${rowNo}`, attr(m[0], "s"), todo.get(col) as SheetCell)
      );
      todo.delete(col);
    } else out.push(m[0]);
  }
  out.push(inner.slice(last));
  flushBefore(Infinity);
  return `${start}${out.join("")}</row>`;
}

/** The part with the cells written: `writes` maps zero-based row → zero-based column → cell. */
export function patchCells(sheetXml: string, writes: Map<number, Map<number, SheetCell>>): string {
  const dataStart = sheetXml.search(/<sheetData\b/);
  if (dataStart < 0) return sheetXml;
  const selfClosed = /^<sheetData\s*\/>/.exec(sheetXml.slice(dataStart));
  const openEnd = sheetXml.indexOf(">", dataStart) + 1;
  const dataEnd = selfClosed ? openEnd : sheetXml.indexOf("</sheetData>", openEnd);
  const inner = selfClosed ? "" : sheetXml.slice(openEnd, dataEnd);
  const todo = new Map(writes);
  const out: string[] = [];
  let last = 0;
  let rowNo = 0;
  const newRows = (limit: number) => {
    for (const r of [...todo.keys()].sort((a, b) => a - b)) {
      if (r + 1 >= limit) break;
      out.push(patchRow(`<row r="${r + 1}"/>`, r + 1, todo.get(r) as Map<number, SheetCell>));
      todo.delete(r);
    }
  };
  for (const m of inner.matchAll(ROW)) {
    out.push(inner.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    rowNo = Number(attr(m[0], "r") ?? rowNo + 1);
    newRows(rowNo);
    const cells = todo.get(rowNo - 1);
    if (cells) {
      out.push(patchRow(m[0], rowNo, cells));
      todo.delete(rowNo - 1);
    } else out.push(m[0]);
  }
  out.push(inner.slice(last));
  newRows(Infinity);
  const head = selfClosed
    ? sheetXml.slice(0, dataStart) + "<sheetData>"
    : sheetXml.slice(0, openEnd);
  const tail = selfClosed
    ? `</sheetData>${sheetXml.slice(dataStart + selfClosed[0].length)}`
    : sheetXml.slice(dataEnd);
  return `${head}${out.join("")}${tail}`;
}
