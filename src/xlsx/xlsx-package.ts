import type JSZip from "jszip";
import { WORKBOOK_PART } from "./package-names";
import { parseRels, readPart, relsPath } from "./package-parts";
import { attributes, escapeXml } from "./xml-text";

/**
 * An .xlsx package opened for the add-in's changes: the workbook part, its relationships and the
 * content types are held as text and written back once; every other part stays in the zip as the
 * file had it (compressed bytes included) unless it is replaced or removed.
 */

export const REL = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  vbaProject: "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
} as const;

const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PLAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

const CONTENT_TYPES_PART = "[Content_Types].xml";
const WORKBOOK_RELS = relsPath(WORKBOOK_PART);

export interface PackageSheet {
  name: string;
  rId: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

/** A relationship's target as a path in the zip, from the folder of the part that has it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** A part already deflated, with what the zip's headers need (see PackageWriter's `pack`). */
export interface PackedPart {
  crc: number;
  size: number;
  data: Uint8Array;
}

/** A part the add-in wrote: chunks of bytes, or (the command line) those chunks already deflated. */
export type FreshPart = Uint8Array[] | PackedPart;

export class XlsxPackage {
  /**
   * Parts written by the add-in as chunks of bytes (a sheet of 100,000 rows is tens of megabytes):
   * the zip holds an empty stand-in, and the writer of the file takes the chunks from here.
   */
  readonly fresh = new Map<string, FreshPart>();

  private constructor(
    readonly zip: JSZip,
    public workbookXml: string,
    private workbookRels: string,
    private contentTypes: string
  ) {}

  static async open(zip: JSZip): Promise<XlsxPackage> {
    return new XlsxPackage(
      zip,
      (await readPart(zip, WORKBOOK_PART)) ?? "",
      (await readPart(zip, WORKBOOK_RELS)) ??
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
      (await readPart(zip, CONTENT_TYPES_PART)) ?? ""
    );
  }

  /** The sheets in workbook order, with their parts (chart sheets and dialogs included). */
  sheets(): PackageSheet[] {
    const rels = parseRels(this.workbookRels);
    return [...this.workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => {
      const a = attributes(m[1]);
      const rel = rels.find((r) => r.id === a["r:id"]);
      return {
        name: a.name ?? "",
        rId: a["r:id"] ?? "",
        part: rel ? resolveTarget(WORKBOOK_PART, rel.target) : "",
      };
    });
  }

  sheet(name: string): PackageSheet | undefined {
    const all = this.sheets();
    return (
      all.find((s) => s.name === name) ??
      all.find((s) => s.name.toUpperCase() === name.toUpperCase())
    );
  }

  /** Renames a sheet in the workbook part (formulas elsewhere are the caller's business). */
  renameSheet(rId: string, name: string): void {
    this.workbookXml = this.workbookXml.replace(/<sheet\b[^>]*?\/?>/g, (tag) => {
      if (attributes(tag.slice(6))["r:id"] !== rId) return tag;
      return tag.replace(/\bname="[^"]*"/, `name="${escapeXml(name, true)}"`);
    });
  }

  /** A new sheet at the end of the workbook, with a worksheet part of its own. */
  addSheet(name: string): PackageSheet {
    const ids = [...this.workbookXml.matchAll(/<sheet\b[^>]*?\bsheetId="(\d+)"/g)].map((m) =>
      Number(m[1])
    );
    const sheetId = Math.max(0, ...ids) + 1;
    const part = `xl/worksheets/sheet${this.freeNumber((n) => `xl/worksheets/sheet${n}.xml`)}.xml`;
    const rId = this.addWorkbookRel(REL.worksheet, part.slice("xl/".length));
    const tag = `<sheet name="${escapeXml(name, true)}" sheetId="${sheetId}" r:id="${rId}"/>`;
    this.workbookXml = /<sheets\s*\/>/.test(this.workbookXml)
      ? this.workbookXml.replace(/<sheets\s*\/>/, `<sheets>${tag}</sheets>`)
      : this.workbookXml.replace("</sheets>", `${tag}</sheets>`);
    this.addOverride(part, CONTENT_TYPE.worksheet);
    return { name, rId, part };
  }

  addWorkbookRel(type: string, target: string): string {
    const used = new Set(parseRels(this.workbookRels).map((r) => r.id));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target, true)}"/>`;
    this.workbookRels = this.workbookRels.replace("</Relationships>", `${rel}</Relationships>`);
    return id;
  }

  /** The first free number for a part such as "xl/charts/chart{n}.xml". */
  freeNumber(pattern: (n: number) => string): number {
    let n = 1;
    while (this.zip.file(pattern(n))) n++;
    return n;
  }

  addOverride(part: string, contentType: string): void {
    if (this.contentTypes.includes(`PartName="/${part}"`)) return;
    const override = `<Override PartName="/${escapeXml(part, true)}" ContentType="${contentType}"/>`;
    this.contentTypes = this.contentTypes.replace("</Types>", `${override}</Types>`);
  }

  private removeOverride(part: string): void {
    this.contentTypes = this.contentTypes.replace(
      new RegExp(
        `<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`,
        "g"
      ),
      ""
    );
  }

  setChunks(part: string, chunks: FreshPart): void {
    this.zip.file(part, new Uint8Array(0));
    this.fresh.set(part, chunks);
  }

  /** Removes a part, its relationships, and the parts only it used (tables, drawings, charts, comments). */
  async removePart(part: string): Promise<void> {
    const relsXml = await readPart(this.zip, relsPath(part));
    for (const rel of parseRels(relsXml)) {
      const target = resolveTarget(part, rel.target);
      // Pictures may be shared with other drawings (an unused one does no harm); links to other
      // files and web pages are not in the zip.
      if (target.startsWith("xl/media/") || !this.zip.file(target)) continue;
      await this.removePart(target);
    }
    this.zip.remove(relsPath(part));
    this.zip.remove(part);
    this.fresh.delete(part);
    this.removeOverride(part);
  }

  /** Removes one of the workbook's relationships and the part it points at. */
  private async removeRelationship(id: string, target: string): Promise<void> {
    await this.removePart(target);
    this.workbookRels = this.workbookRels.replace(
      new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*/>`),
      ""
    );
  }

  /** Table names and the highest table id in the package: both must be unique in a workbook. */
  async tables(): Promise<{ names: Set<string>; lastId: number }> {
    const names = new Set<string>();
    let lastId = 0;
    for (const path of Object.keys(this.zip.files)) {
      if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
      const xml = (await readPart(this.zip, path)) ?? "";
      const tag = /<table\b([^>]*)>/.exec(xml);
      if (!tag) continue;
      const a = attributes(tag[1]);
      for (const n of [a.name, a.displayName]) if (n) names.add(n.toUpperCase());
      lastId = Math.max(lastId, Number(a.id) || 0);
    }
    return { names, lastId };
  }

  /**
   * Writes the workbook part, its relationships and the content types back. The calculation chain is
   * dropped: it lists formula cells of sheets that were replaced, and Excel rebuilds it.
   */
  async finish(): Promise<void> {
    // A macro-enabled workbook (.xlsm) becomes a plain one: Excel will not open an .xlsx that says
    // it holds macros. The macros' project is left out, as the README says.
    if (this.contentTypes.includes(MACRO_WORKBOOK)) {
      this.contentTypes = this.contentTypes.replace(MACRO_WORKBOOK, PLAIN_WORKBOOK);
      for (const rel of parseRels(this.workbookRels).filter((r) => r.type === REL.vbaProject))
        await this.removeRelationship(rel.id, resolveTarget(WORKBOOK_PART, rel.target));
    }
    for (const rel of parseRels(this.workbookRels).filter((r) => r.type === REL.calcChain))
      await this.removeRelationship(rel.id, resolveTarget(WORKBOOK_PART, rel.target));
    this.zip.file(WORKBOOK_PART, this.workbookXml);
    this.zip.file(WORKBOOK_RELS, this.workbookRels);
    this.zip.file(CONTENT_TYPES_PART, this.contentTypes);
  }
}
