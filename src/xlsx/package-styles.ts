import type { RangeFormat } from "../core/sheets/sheet-spec";
import { argb } from "./colors";
import { escapeXml } from "./xml-text";

/**
 * The styles the add-in's sheets need, added to the workbook's own styles part (xl/styles.xml): its
 * fonts, fills, number formats and cell formats stay where they are, so every cell of the user's
 * sheets keeps its style index; ours are appended after them.
 */

/** A cell's look: what the RangeFormats applied to it add up to (later ones win, field by field). */
export type CellLook = Omit<RangeFormat, "ref">;

/** What one RangeFormat sets, without its ref. */
export function lookOf(format: RangeFormat): CellLook {
  const look: CellLook = {};
  for (const key of [
    "numberFormat",
    "bold",
    "italic",
    "fontSize",
    "fontColor",
    "fill",
    "wrap",
    "horizontal",
  ] as const)
    if (format[key] !== undefined) (look as Record<string, unknown>)[key] = format[key];
  return look;
}

/** Excel's built-in number formats that the sheets use, by code: they need no <numFmt>. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "mm-dd-yy": 14,
  "@": 49,
};

/** The sections of a styles part, in the order the schema wants them. */
const SECTIONS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type Section = (typeof SECTIONS)[number];

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function sectionBody(xml: string, section: Section): string | undefined {
  const m = new RegExp(`<${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${section}>)`).exec(xml);
  return m ? (m[1] ?? "") : undefined;
}

function countOf(body: string | undefined, element: string): number {
  if (!body) return 0;
  return (body.match(new RegExp(`<${element}[\\s/>]`, "g")) ?? []).length;
}

/** The workbook's default font (fonts[0]) without its size, weight and colour: ours derive from it. */
function fontBase(fontsBody: string | undefined): string {
  const first = /<font\b[^>]*>([\s\S]*?)<\/font>/.exec(fontsBody ?? "")?.[1] ?? "";
  const name = /<name\b[^>]*\/>/.exec(first)?.[0] ?? '<name val="Calibri"/>';
  const family = /<family\b[^>]*\/>/.exec(first)?.[0] ?? "";
  const charset = /<charset\b[^>]*\/>/.exec(first)?.[0] ?? "";
  const scheme = /<scheme\b[^>]*\/>/.exec(first)?.[0] ?? "";
  const size = /<sz\b[^>]*val="([^"]*)"/.exec(first)?.[1] ?? "11";
  return JSON.stringify({ name, family, charset, scheme, size });
}

export class PackageStyles {
  private readonly xml: string;
  private readonly base: {
    name: string;
    family: string;
    charset: string;
    scheme: string;
    size: string;
  };
  private readonly firstFont: number;
  private readonly firstFill: number;
  private readonly firstXf: number;
  private readonly firstDxf: number;
  private nextFormatId: number;
  private readonly formatIds = new Map<string, number>();
  private readonly added = {
    numFmts: [] as string[],
    fonts: [] as string[],
    fills: [] as string[],
    cellXfs: [] as string[],
    dxfs: [] as string[],
  };
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly dxfIds = new Map<string, number>();

  constructor(stylesXml: string | undefined) {
    this.xml = stylesXml ?? MINIMAL_STYLES;
    const numFmts = sectionBody(this.xml, "numFmts") ?? "";
    let highest = 163;
    for (const m of numFmts.matchAll(
      /<numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g
    )) {
      highest = Math.max(highest, Number(m[1]));
      this.formatIds.set(m[2], Number(m[1]));
    }
    for (const m of numFmts.matchAll(
      /<numFmt\b[^>]*?formatCode="([^"]*)"[^>]*?numFmtId="(\d+)"/g
    )) {
      highest = Math.max(highest, Number(m[2]));
      this.formatIds.set(m[1], Number(m[2]));
    }
    this.nextFormatId = highest + 1;
    const fonts = sectionBody(this.xml, "fonts");
    this.base = JSON.parse(fontBase(fonts));
    this.firstFont = countOf(fonts, "font");
    this.firstFill = countOf(sectionBody(this.xml, "fills"), "fill");
    this.firstXf = countOf(sectionBody(this.xml, "cellXfs"), "xf");
    this.firstDxf = countOf(sectionBody(this.xml, "dxfs"), "dxf");
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    // Codes are stored escaped in the part; the map is keyed by the escaped form.
    const stored = escapeXml(code, true);
    let id = this.formatIds.get(stored);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(stored, id);
      this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${stored}"/>`);
    }
    return id;
  }

  private fontId(look: CellLook): number {
    if (!look.bold && !look.italic && look.fontSize === undefined && look.fontColor === undefined)
      return 0;
    const b = this.base;
    const xml =
      `<font>${look.bold ? "<b/>" : ""}${look.italic ? "<i/>" : ""}` +
      `<sz val="${look.fontSize ?? b.size}"/>` +
      `${look.fontColor !== undefined ? `<color rgb="${argb(look.fontColor)}"/>` : '<color theme="1"/>'}` +
      `${b.name}${b.family}${b.charset}${look.fontSize === undefined ? b.scheme : ""}</font>`;
    let id = this.fonts.get(xml);
    if (id === undefined) {
      id = this.firstFont + this.added.fonts.length;
      this.fonts.set(xml, id);
      this.added.fonts.push(xml);
    }
    return id;
  }

  private fillId(fill: string | undefined): number {
    if (fill === undefined) return 0;
    const xml = `<fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
    let id = this.fills.get(xml);
    if (id === undefined) {
      id = this.firstFill + this.added.fills.length;
      this.fills.set(xml, id);
      this.added.fills.push(xml);
    }
    return id;
  }

  /** The cell format (the `s` of a cell) for a look; 0, the workbook's default, for no look at all. */
  cellStyle(look: CellLook): number {
    if (Object.values(look).every((v) => v === undefined)) return 0;
    const key = JSON.stringify(look);
    let id = this.xfs.get(key);
    if (id !== undefined) return id;
    const numFmtId = look.numberFormat === undefined ? 0 : this.numberFormatId(look.numberFormat);
    const fontId = this.fontId(look);
    const fillId = this.fillId(look.fill);
    const align: string[] = [];
    if (look.horizontal !== undefined) align.push(`horizontal="${look.horizontal}"`);
    if (look.wrap !== undefined) align.push(`wrapText="${look.wrap ? 1 : 0}"`);
    const attrs = [
      `numFmtId="${numFmtId}"`,
      `fontId="${fontId}"`,
      `fillId="${fillId}"`,
      'borderId="0"',
      'xfId="0"',
      ...(numFmtId !== 0 ? ['applyNumberFormat="1"'] : []),
      ...(fontId !== 0 ? ['applyFont="1"'] : []),
      ...(fillId !== 0 ? ['applyFill="1"'] : []),
      ...(align.length > 0 ? ['applyAlignment="1"'] : []),
    ];
    const xml =
      align.length > 0
        ? `<xf ${attrs.join(" ")}><alignment ${align.join(" ")}/></xf>`
        : `<xf ${attrs.join(" ")}/>`;
    id = this.firstXf + this.added.cellXfs.length;
    this.added.cellXfs.push(xml);
    this.xfs.set(key, id);
    return id;
  }

  /** A differential format (conditional formats, a table column's data): font, number format, fill. */
  differential(look: CellLook): number {
    const font =
      look.bold !== undefined || look.fontColor !== undefined
        ? `<font>${look.bold ? "<b/>" : ""}${look.fontColor !== undefined ? `<color rgb="${argb(look.fontColor)}"/>` : ""}</font>`
        : "";
    const numFmt =
      look.numberFormat !== undefined
        ? `<numFmt numFmtId="${this.numberFormatId(look.numberFormat)}" formatCode="${escapeXml(look.numberFormat, true)}"/>`
        : "";
    const fill =
      look.fill !== undefined
        ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(look.fill)}"/></patternFill></fill>`
        : "";
    const xml = `<dxf>${font}${numFmt}${fill}</dxf>`;
    let id = this.dxfIds.get(xml);
    if (id === undefined) {
      id = this.firstDxf + this.added.dxfs.length;
      this.dxfIds.set(xml, id);
      this.added.dxfs.push(xml);
    }
    return id;
  }

  /** The styles part with our entries appended to each section (sections it lacks are added). */
  render(): string {
    let xml = this.xml;
    for (const section of ["numFmts", "fonts", "fills", "cellXfs", "dxfs"] as const) {
      const extra = this.added[section];
      if (extra.length === 0) continue;
      const element =
        section === "numFmts" ? "numFmt" : section === "cellXfs" ? "xf" : section.slice(0, -1);
      const body = sectionBody(xml, section);
      const count = countOf(body, element) + extra.length;
      const block = `<${section} count="${count}">${body ?? ""}${extra.join("")}</${section}>`;
      const existing = new RegExp(`<${section}\\b[^>]*?(?:/>|>[\\s\\S]*?</${section}>)`);
      if (body !== undefined) {
        xml = xml.replace(existing, () => block);
        continue;
      }
      // Before the first section that follows it in the schema's order, or at the end.
      const later = SECTIONS.slice(SECTIONS.indexOf(section) + 1)
        .map((s) => xml.search(new RegExp(`<${s}[\\s/>]`)))
        .filter((i) => i >= 0);
      const at = later.length > 0 ? Math.min(...later) : xml.lastIndexOf("</styleSheet>");
      xml = `${xml.slice(0, at)}${block}${xml.slice(at)}`;
    }
    return xml;
  }

  /** True when nothing was added, so the part can stay as the file had it. */
  get unchanged(): boolean {
    return Object.values(this.added).every((list) => list.length === 0);
  }
}
