import { columnLetter, parseRange, rangeAddress } from "../core/sheets/a1";
import { pageSetUpPr, pageSetupXml } from "./page-setup-xml";
import type { ConditionalFormatSpec, SheetCell, SheetSpec } from "../core/sheets/sheet-spec";
import { isFormulaCell } from "../core/sheets/sheet-spec";
import { dropdownSource } from "../core/sheets/dropdown-list";
import { argb } from "./colors";
import type { PackageStyles } from "./package-styles";
import { SpecCells, SpecLooks, textLook } from "./sheet-cells";
import type { CellLook } from "./package-styles";
import { storedFormula } from "./xlfn";
import { escapeXml } from "./xml-text";

/**
 * A SheetSpec as a worksheet part (SpreadsheetML), written straight from the spec: values, formulas
 * with the engine's figures as cached results, styles, widths, frozen panes, tab colour, conditional
 * formats, dropdowns, links within the workbook, and the relationships of its drawing and tables.
 * Strings are stored inline, so the workbook's shared strings are left as they are.
 */

/** Called every so many rows, so a caller can show progress on a large sheet. */
export type RowProgress = (rowsDone: number, rowsTotal: number) => void;

const PROGRESS_EVERY = 10000;
const CHUNK_BYTES = 1 << 20;

/**
 * UTF-8 bytes in chunks of a megabyte, written row by row: a sheet of 100,000 rows never becomes one
 * large string, and each row's text is garbage as soon as it is encoded.
 */
class ByteChunks {
  readonly chunks: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();
  private buffer = new Uint8Array(CHUNK_BYTES);
  private used = 0;

  write(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.flush();
    }
  }

  flush(): void {
    if (this.used === 0) return;
    this.chunks.push(this.buffer.subarray(0, this.used));
    this.buffer = new Uint8Array(CHUNK_BYTES);
    this.used = 0;
  }
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface SheetRelIds {
  drawing?: string;
  tables: string[];
}

/** Whether text starts or ends with white space; printable ASCII at both ends answers without a regex. */
function edgeSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return false;
  return /^\s|\s$/.test(text);
}

/** The cell's XML after `<c r="…"` and its style: type, formula and value. */
export function cellBody(cell: SheetCell): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (isFormulaCell(cell)) {
    const f = `<f>${escapeXml(storedFormula(cell.formula))}</f>`;
    const v = cell.value;
    if (typeof v === "number") return Number.isFinite(v) ? `>${f}<v>${v}</v></c>` : `>${f}</c>`;
    if (typeof v === "string") return ` t="str">${f}<v>${escapeXml(v)}</v></c>`;
    if (typeof v === "boolean") return ` t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `>${f}</c>`;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? `><v>${cell}</v></c>` : undefined;
  if (typeof cell === "boolean") return ` t="b"><v>${cell ? 1 : 0}</v></c>`;
  const space = edgeSpace(cell) ? ' xml:space="preserve"' : "";
  return ` t="inlineStr"><is><t${space}>${escapeXml(cell)}</t></is></c>`;
}

function sheetViews(spec: SheetSpec): string {
  const { rows = 0, columns = 0 } = spec.freeze ?? {};
  if (rows <= 0 && columns <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const attrs = [
    ...(columns > 0 ? [`xSplit="${columns}"`] : []),
    ...(rows > 0 ? [`ySplit="${rows}"`] : []),
    `topLeftCell="${columnLetter(columns)}${rows + 1}"`,
    `activePane="${pane}"`,
    'state="frozen"',
  ];
  return `<sheetViews><sheetView workbookViewId="0"><pane ${attrs.join(" ")}/><selection pane="${pane}" activeCell="A1" sqref="A1"/></sheetView></sheetViews>`;
}

function columns(spec: SheetSpec, styles: PackageStyles): string {
  const cols = [...(spec.columns ?? [])].sort((a, b) => a.index - b.index);
  const out = cols
    .filter((c) => c.width !== undefined || c.text)
    .map((c) => {
      const n = c.index + 1;
      const width =
        c.width !== undefined ? ` width="${c.width}" customWidth="1"` : ' width="9.140625"';
      // A text column's own style, so what a user types into it later is text too.
      const style = c.text ? ` style="${styles.cellStyle({ numberFormat: "@" })}"` : "";
      return `<col min="${n}" max="${n}"${width}${style}/>`;
    });
  return out.length > 0 ? `<cols>${out.join("")}</cols>` : "";
}

/** A rule's comparison value as a formula: numbers as they are, text quoted. */
function comparand(value: string): string {
  if (value.startsWith("=")) return storedFormula(value);
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value.trim())) return value.trim();
  return `"${value.replace(/"/g, '""')}"`;
}

function conditionalFormat(f: ConditionalFormatSpec, priority: number, styles: PackageStyles) {
  const dxf = styles.differential({ fill: f.fill, fontColor: f.fontColor, bold: f.bold });
  const rule =
    f.kind === "cellValue"
      ? `<cfRule type="cellIs" dxfId="${dxf}" priority="${priority}" operator="${f.operator}"><formula>${escapeXml(comparand(f.value))}</formula></cfRule>`
      : `<cfRule type="expression" dxfId="${dxf}" priority="${priority}"><formula>${escapeXml(storedFormula(f.formula))}</formula></cfRule>`;
  return `<conditionalFormatting sqref="${f.ref}">${rule}</conditionalFormatting>`;
}

function validations(spec: SheetSpec): string {
  const rules = (spec.validations ?? []).flatMap((v) => {
    // Core's dropdown rule, as the pane applies it. A range's cells are its formula (a workbook
    // name), stored without "="; a typed list is stored as a quoted string.
    const dropdown = dropdownSource(v);
    if (!dropdown) return [];
    const formula =
      "range" in dropdown ? dropdown.range : `"${dropdown.typed.replace(/"/g, '""')}"`;
    return [
      `<dataValidation type="list" allowBlank="1" sqref="${v.ref}"><formula1>${escapeXml(formula, true)}</formula1></dataValidation>`,
    ];
  });
  return rules.length > 0
    ? `<dataValidations count="${rules.length}">${rules.join("")}</dataValidations>`
    : "";
}

function hyperlinks(spec: SheetSpec): string {
  const links = (spec.links ?? []).map(
    (l) => `<hyperlink ref="${l.at}" location="${escapeXml(l.target, true)}"/>`
  );
  return links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "";
}

/**
 * The worksheet part's bytes. `cells` and `looks` are the spec's, built once by the caller (the
 * chart's cache and the table's header come from the same cells).
 */
export function sheetXml(
  spec: SheetSpec,
  cells: SpecCells,
  styles: PackageStyles,
  rels: SheetRelIds,
  progress?: RowProgress
): Uint8Array[] {
  const looks = new SpecLooks(spec);
  const rowBytes = new ByteChunks();
  const styleOf = new Map<object, number>();
  const style = (look: object) => {
    let s = styleOf.get(look);
    if (s === undefined) styleOf.set(look, (s = styles.cellStyle(look)));
    return s;
  };
  // A look with the text columns' "@" under it, once per look.
  const asText = new Map<object | undefined, object>();
  const textStyleOf = (look: CellLook | undefined) => {
    let text = asText.get(look);
    if (!text) asText.set(look, (text = textLook(look)));
    return style(text);
  };
  // Link cells show their target when they have no text of their own.
  const linkText = new Map<string, string>();
  for (const link of spec.links ?? []) linkText.set(link.at.toUpperCase(), link.target);

  const lastRow = Math.max(cells.lastRow, looks.lastRow);
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetter(c));
  let maxCol = cells.lastCol;
  const head =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>` +
    (spec.tabColor || spec.pageSetup
      ? `<sheetPr>${spec.tabColor ? `<tabColor rgb="${argb(spec.tabColor)}"/>` : ""}${pageSetUpPr(spec.pageSetup)}</sheetPr>`
      : "");
  const body: string[] = [];
  const total = Math.max(0, lastRow + 1);
  for (let r = 0; r <= lastRow; r++) {
    const formatted = looks.row(r);
    const sources = cells.rows[r];
    if (!sources && formatted.size === 0) continue;
    // Columns from the first to the last that has a value or a format; the others are skipped below.
    let from = Infinity;
    let to = -1;
    for (const c of formatted.keys()) {
      if (c < from) from = c;
      if (c > to) to = c;
    }
    for (const source of sources ?? []) {
      if (source.cells.length === 0) continue;
      if (source.col < from) from = source.col;
      if (source.col + source.cells.length - 1 > to) to = source.col + source.cells.length - 1;
    }
    if (to < 0) continue;
    const rowNo = r + 1;
    let xml = `<row r="${rowNo}">`;
    for (let c = from; c <= to; c++) {
      let cell = cells.cell(r, c);
      const look = formatted.get(c);
      if (cell === undefined && look === undefined && linkText.size === 0) continue;
      const ref = `${letter(c)}${rowNo}`;
      if (
        linkText.size > 0 &&
        linkText.has(ref) &&
        (cell === null || cell === undefined || cell === "")
      )
        cell = linkText.get(ref) as string;
      const textCell = looks.isText(c) && cell !== undefined && !isFormulaCell(cell);
      const s = textCell ? textStyleOf(look) : look ? style(look) : 0;
      const content = cellBody(cell ?? null);
      if (content === undefined && s === 0) continue;
      xml += `<c r="${ref}"${s !== 0 ? ` s="${s}"` : ""}${content ?? "/>"}`;
      if (c > maxCol) maxCol = c;
    }
    rowBytes.write(`${xml}</row>`);
    if (rowNo % PROGRESS_EVERY === 0) progress?.(rowNo, total);
  }
  rowBytes.flush();
  progress?.(total, total);
  const dimension = lastRow >= 0 && maxCol >= 0 ? rangeAddress(0, 0, lastRow, maxCol) : "A1";
  const cfs = (spec.conditionalFormats ?? []).map((f, i) => conditionalFormat(f, i + 1, styles));
  const tail =
    `</sheetData>${cfs.join("")}${validations(spec)}${hyperlinks(spec)}` +
    pageSetupXml(spec.pageSetup) +
    `${rels.drawing ? `<drawing r:id="${rels.drawing}"/>` : ""}` +
    `${rels.tables.length > 0 ? `<tableParts count="${rels.tables.length}">${rels.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : ""}` +
    "</worksheet>";
  body.push(
    `${head}<dimension ref="${dimension}"/>${sheetViews(spec)}<sheetFormatPr defaultRowHeight="15"/>${columns(spec, styles)}<sheetData>`
  );
  const encoder = new TextEncoder();
  return [encoder.encode(body[0]), ...rowBytes.chunks, encoder.encode(tail)];
}

/** The header texts of a table, made unique and non-empty as Excel requires of table columns. */
export function tableHeaders(cells: SpecCells, ref: string): string[] {
  const { start, end } = parseRange(ref);
  const taken = new Set<string>();
  const names: string[] = [];
  for (let c = start.col; c <= end.col; c++) {
    const value = cells.value(start.row, c);
    let name = value === null ? "" : String(value).replace(/[\r\n]+/g, " ");
    if (name.trim() === "") name = `Column${c - start.col + 1}`;
    let unique = name;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name}${n}`;
    taken.add(unique.toLowerCase());
    names.push(unique);
  }
  return names;
}
