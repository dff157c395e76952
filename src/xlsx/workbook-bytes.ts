import JSZip from "jszip";
import { printTitlesRef } from "./page-setup-xml";
import { parseRange, rangeAddress, sheetReference } from "../core/sheets/a1";
import type { SheetCell, SheetSpec } from "../core/sheets/sheet-spec";
import type { WrittenSheet } from "../core/sheets/written-sheet";
import { sheetNameFor } from "../core/sheets/sheet-names";
import { type MarkerFacts, MarkerNameTaken, markerFacts } from "./add-in-sheets";
import { patchCells } from "./cell-patch";
import { type FileProperty, markProperties, writeCustomProperties } from "./custom-properties";
import type { LoadedWorkbook } from "./loaded-workbook";
import { type PackageName, referencedSheet, renderName } from "./package-names";
import { readPart, relsPath } from "./package-parts";
import { PackageStyles } from "./package-styles";
import { chartXml, drawingXml } from "./chart-xml";
import { SpecCells } from "./sheet-cells";
import { sheetXml, tableHeaders } from "./sheet-xml";
import { tableXml } from "./table-xml";
import {
  CONTENT_TYPE,
  type FreshPart,
  type PackageSheet,
  type PackedPart,
  REL,
  XlsxPackage,
  resolveTarget,
} from "./xlsx-package";

/*
 * No Node.js here: the command line saves these bytes to a file (save-workbook.ts), the workbench
 * hands them to the browser as a download.
 *
 * The output is the input package with the add-in's parts: every part of the user's (their sheets,
 * styles, shared strings, pictures, pivot tables, macros' parts) is carried over byte for byte, and
 * only the workbook part, its relationships, the content types and the styles part get entries added.
 */

export type SaveStep = "sheet" | "saving";

export interface SaveProgress {
  (step: "sheet", spec: SheetSpec, done: number, total: number): void;
  (step: "saving"): void;
}

export type { WrittenSheet };

/** Specs written in one go; a later batch may depend on the names the earlier ones got. */
export type SheetBatch = (written: readonly WrittenSheet[]) => SheetSpec[];

/** Cells written into the range a workbook name points at, in a sheet that is already there. */
export interface NamedCells {
  name: string;
  rows: SheetSpec["blocks"][number]["rows"];
  /** Rows from the name's top-left cell to the first written (-1: the row above it). */
  rowOffset?: number;
}

export interface WorkbookChanges {
  batches: SheetBatch[];
  named?: readonly NamedCells[];
  /**
   * The custom document properties the file has, when not the input's own: the workbench's, whose
   * package went through ExcelJS, which drops them. The add-in's marks are added either way.
   */
  properties?: readonly FileProperty[];
}

export interface SaveResult {
  written: WrittenSheet[];
  /**
   * Names a spec defines (KAM_Criteria) that the workbook has already for a place of the user's:
   * they stay as they are (see PackageWriter.usersName).
   */
  keptNames: PackageName[];
  /** Names of named writes that no longer point at a range. */
  missing: string[];
}

/** What applyChanges did to the zip, with the parts it wrote as chunks (see XlsxPackage.fresh). */
export interface AppliedChanges extends SaveResult {
  fresh: Map<string, FreshPart>;
}

/**
 * Deflates a part as soon as it is written (the command line, with zlib), so a workbook's large
 * sheets are never all held uncompressed at once.
 */
export type PackPart = (chunks: Uint8Array[]) => Promise<PackedPart>;

/** What the package writer needs of the input: its package and its names as the file had them. */
export type PackageSource = Pick<LoadedWorkbook, "names" | "sheetNames" | "zip"> & {
  /** The file's marker names, read while the workbook was loaded (see markerFacts). */
  markers: MarkerFacts[];
};

/** What the package writer keeps of a loaded workbook, so ExcelJS's copy can be let go. */
export function packageSource(loaded: LoadedWorkbook): PackageSource {
  const { names, sheetNames, zip } = loaded;
  return { names, sheetNames, zip, markers: markerFacts(loaded) };
}

/** A workbook name whose sheet scope is given by the sheet's name, as sheet positions may change. */
export type ScopedName = Omit<PackageName, "localSheetId"> & { scope?: string };

const upper = (s: string) => s.toUpperCase();
const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/**
 * The input's names as the file had them (hidden flags, comments, sheet scopes and names that are
 * not plain ranges included), less those the specs define again and those scoped to an add-in sheet
 * that was replaced; a name that pointed into a replaced sheet now renamed is #REF!, as Excel makes
 * it when the sheet is deleted.
 */
function keptNames(
  loaded: PackageSource,
  ours: ScopedName[],
  replaced: string[],
  present: string[]
): ScopedName[] {
  const redefined = new Set(ours.map((n) => upper(n.name)));
  const presentSet = new Set(present.map(upper));
  const replacedSet = new Set(replaced.map(upper));
  const gone = new Set([...replacedSet].filter((n) => !presentSet.has(n)));
  const kept: ScopedName[] = [];
  for (const name of loaded.names) {
    const scope =
      name.localSheetId === undefined ? undefined : loaded.sheetNames[name.localSheetId];
    if (scope === undefined && name.localSheetId !== undefined) continue;
    if (scope === undefined && redefined.has(upper(name.name))) continue;
    if (scope !== undefined && replacedSet.has(upper(scope))) continue;
    const rest: Omit<typeof name, "localSheetId"> = { ...name };
    delete (rest as typeof name).localSheetId;
    const sheet = referencedSheet(name.ref);
    const ref = sheet !== undefined && gone.has(upper(sheet)) ? "#REF!" : name.ref;
    kept.push({ ...rest, ref, ...(scope !== undefined ? { scope } : {}) });
  }
  return kept;
}

/** Replaces the workbook part's names with these. */
function withNames(workbookXml: string, sheets: string[], names: ScopedName[]): string {
  const positions = sheets.map(upper);
  const rendered = names.flatMap((n) => {
    const { scope, ...rest } = n;
    if (scope === undefined) return [renderName(rest)];
    const index = positions.indexOf(upper(scope));
    return index < 0 ? [] : [renderName({ ...rest, localSheetId: index })];
  });
  const block = rendered.length > 0 ? `<definedNames>${rendered.join("")}</definedNames>` : "";
  const existing = /<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\s*\/>/;
  if (existing.test(workbookXml)) return workbookXml.replace(existing, () => block);
  // In the schema's order: after the sheets, function groups and external references.
  for (const end of ["</externalReferences>", "</functionGroups>", "</sheets>"]) {
    const at = workbookXml.indexOf(end);
    if (at >= 0)
      return `${workbookXml.slice(0, at + end.length)}${block}${workbookXml.slice(at + end.length)}`;
  }
  return workbookXml;
}

function absoluteRef(sheetName: string, ref: string): string {
  const { start, end } = parseRange(ref);
  return sheetReference(
    sheetName,
    rangeAddress(start.row, start.col, end.row, end.col, { absolute: true })
  );
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

async function stylesOf(pkg: XlsxPackage, rels: string | undefined): Promise<string> {
  const rel = /<Relationship\b[^>]*>/g;
  for (const tag of rels?.match(rel) ?? [])
    if (tag.includes(`"${STYLES_REL}"`)) {
      const target = /Target="([^"]*)"/.exec(tag)?.[1] ?? "styles.xml";
      return resolveTarget("xl/workbook.xml", target);
    }
  // A package without styles (no program writes one, but the format allows it) gets ours.
  pkg.zip.file("xl/styles.xml", "");
  pkg.addOverride("xl/styles.xml", STYLES_TYPE);
  pkg.addWorkbookRel(STYLES_REL, "styles.xml");
  return "xl/styles.xml";
}

/** Writes the add-in's sheets and named cells into an opened package. */
class PackageWriter {
  readonly written: WrittenSheet[] = [];
  readonly names: ScopedName[] = [];
  readonly replaced: string[] = [];
  readonly keptNames: PackageName[] = [];
  /** The markers whose sheets are the add-in's in the output, for its document properties. */
  readonly marks = new Set<string>();
  private markers: MarkerFacts[] = [];
  /** The names (upper case) the add-in's sheets have in the input. */
  private ourSheets = new Set<string>();
  private tableNames = new Set<string>();
  private lastTableId = 0;

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly styles: PackageStyles,
    private readonly loaded: PackageSource,
    private readonly progress?: SaveProgress,
    private readonly pack?: PackPart
  ) {}

  async init(): Promise<void> {
    const tables = await this.pkg.tables();
    this.tableNames = tables.names;
    this.lastTableId = tables.lastId;
    this.markers = this.loaded.markers;
    for (const m of this.markers)
      if (m.ours && m.sheetName !== undefined) {
        // Sheets of earlier versions, known by their hidden name and title, get the mark they lack.
        this.marks.add(m.name.name);
        this.ourSheets.add(upper(m.sheetName));
      }
  }

  /**
   * Marker name (upper case) → the add-in's sheet it points at, whatever the user renamed it to.
   * Throws MarkerNameTaken, before anything is written, when a spec's marker is a name of the user's.
   */
  private marked(specs: readonly SheetSpec[]): Map<string, PackageSheet> {
    const markers = new Set(specs.map((s) => upper(s.marker)));
    const marked = new Map<string, PackageSheet>();
    for (const { name, sheetName, ours } of this.markers) {
      // A name that points nowhere (#REF!, its sheet deleted) holds nothing of the user's.
      if (!ours && markers.has(upper(name.name)) && !name.ref.includes("#REF!"))
        throw new MarkerNameTaken(name.name, name.ref);
      const found = ours && sheetName !== undefined ? this.pkg.sheet(sheetName) : undefined;
      if (found) marked.set(upper(name.name), found);
    }
    return marked;
  }

  /**
   * The user's own workbook name of that name, when they have one for a place of theirs (not the
   * add-in's sheets, not #REF!): a name the user made is never re-pointed, as their formulas use it.
   * Their own KAM_Criteria is read as the criteria instead of the criteria sheet's table.
   */
  private usersName(wanted: string): PackageName | undefined {
    const found = this.loaded.names.find(
      (n) => n.localSheetId === undefined && upper(n.name) === upper(wanted)
    );
    if (!found || found.ref.includes("#REF!")) return undefined;
    const sheet = referencedSheet(found.ref);
    return sheet !== undefined && this.ourSheets.has(upper(sheet)) ? undefined : found;
  }

  private freeTableName(wanted: string): string {
    const taken = (n: string) =>
      this.tableNames.has(upper(n)) ||
      this.loaded.names.some((d) => upper(d.name) === upper(n)) ||
      this.names.some((d) => upper(d.name) === upper(n));
    let name = wanted;
    for (let n = 2; taken(name); n++) name = `${wanted}_${n}`;
    this.tableNames.add(upper(name));
    return name;
  }

  async writeSpecs(specs: readonly SheetSpec[]): Promise<void> {
    const marked = this.marked(specs);
    const claimed = new Set<string>();
    for (const spec of specs) {
      let existing = marked.get(upper(spec.marker));
      if (existing && claimed.has(existing.rId)) existing = undefined;
      const others = this.pkg
        .sheets()
        .filter((s) => s.rId !== existing?.rId)
        .map((s) => s.name);
      const name = sheetNameFor(spec.name, existing?.name, others);
      let sheet: PackageSheet;
      if (existing) {
        this.replaced.push(existing.name);
        // Its table names are free again once its parts are gone.
        for (const table of await this.sheetTables(existing.part)) this.tableNames.delete(table);
        await this.pkg.removePart(existing.part);
        // The new sheet takes the old one's part, so it keeps its place and relationship.
        this.pkg.addOverride(existing.part, CONTENT_TYPE.worksheet);
        if (name !== existing.name) this.pkg.renameSheet(existing.rId, name);
        sheet = { ...existing, name };
      } else sheet = this.pkg.addSheet(name);
      claimed.add(sheet.rId);
      await this.writeSheet(spec, sheet);
    }
  }

  private async sheetTables(part: string): Promise<string[]> {
    const rels = (await readPart(this.pkg.zip, relsPath(part))) ?? "";
    const names: string[] = [];
    for (const m of rels.matchAll(/Target="([^"]*tables\/[^"]*)"/g)) {
      const xml = (await readPart(this.pkg.zip, resolveTarget(part, m[1]))) ?? "";
      const tag = /<table\b([^>]*)>/.exec(xml)?.[1] ?? "";
      for (const a of tag.matchAll(/\b(?:name|displayName)="([^"]*)"/g)) names.push(upper(a[1]));
    }
    return names;
  }

  private async writeSheet(spec: SheetSpec, sheet: PackageSheet): Promise<void> {
    const { pkg, styles } = this;
    const cells = new SpecCells(spec);
    const rels: string[] = [];
    const relId = () => `rId${rels.length + 1}`;
    let drawing: string | undefined;
    const charts = spec.charts ?? [];
    if (charts.length > 0) {
      const drawingNo = pkg.freeNumber((n) => `xl/drawings/drawing${n}.xml`);
      const drawingPart = `xl/drawings/drawing${drawingNo}.xml`;
      const placed = charts.map((chart, i) => {
        const chartNo = pkg.freeNumber((n) => `xl/charts/chart${n}.xml`);
        const chartPart = `xl/charts/chart${chartNo}.xml`;
        pkg.zip.file(
          chartPart,
          chartXml({ spec: chart, sheetName: sheet.name, cells: (ref) => cells.values(ref) })
        );
        pkg.addOverride(chartPart, CONTENT_TYPE.chart);
        return { spec: chart, relId: `rId${i + 1}`, target: `../charts/chart${chartNo}.xml` };
      });
      pkg.zip.file(drawingPart, drawingXml(placed));
      pkg.zip.file(
        relsPath(drawingPart),
        relationships(placed.map(({ relId, target }) => ({ id: relId, type: REL.chart, target })))
      );
      pkg.addOverride(drawingPart, CONTENT_TYPE.drawing);
      drawing = relId();
      rels.push(`${drawing} ${REL.drawing} ../drawings/drawing${drawingNo}.xml`);
    }
    const tableIds: string[] = [];
    for (const table of spec.tables ?? []) {
      const tableNo = pkg.freeNumber((n) => `xl/tables/table${n}.xml`);
      const part = `xl/tables/table${tableNo}.xml`;
      const dataDxfIds = (table.columnFormats ?? []).reduce<(number | undefined)[]>((ids, f) => {
        ids[f.column] = styles.differential({ numberFormat: f.numberFormat });
        return ids;
      }, []);
      pkg.zip.file(
        part,
        tableXml({
          id: ++this.lastTableId,
          name: this.freeTableName(table.name),
          ref: table.ref,
          style: table.style ?? "TableStyleMedium2",
          headers: tableHeaders(cells, table.ref),
          dataDxfIds: dataDxfIds.length > 0 ? dataDxfIds : undefined,
        })
      );
      pkg.addOverride(part, CONTENT_TYPE.table);
      const id = relId();
      tableIds.push(id);
      rels.push(`${id} ${REL.table} ../tables/table${tableNo}.xml`);
    }
    const chunks = sheetXml(spec, cells, styles, { drawing, tables: tableIds }, (done, total) =>
      this.progress?.("sheet", spec, done, total)
    );
    pkg.setChunks(sheet.part, this.pack ? await this.pack(chunks) : chunks);
    if (rels.length > 0)
      pkg.zip.file(
        relsPath(sheet.part),
        relationships(
          rels.map((r) => {
            const [id, type, target] = r.split(" ");
            return { id, type, target };
          })
        )
      );
    this.names.push({ name: spec.marker, ref: absoluteRef(sheet.name, "A1"), hidden: true });
    const titles = printTitlesRef(sheet.name, spec.pageSetup);
    if (titles)
      this.names.push({
        name: "_xlnm.Print_Titles",
        ref: titles,
        hidden: false,
        scope: sheet.name,
      });
    this.marks.add(spec.marker);
    for (const n of spec.names ?? []) {
      const users = this.usersName(n.name);
      if (users) {
        if (!this.keptNames.includes(users)) this.keptNames.push(users);
        continue;
      }
      // Names the add-in finds cells by (a plan's figures) are hidden, like the markers.
      const hidden = n.hidden === true;
      this.names.push({
        name: n.name,
        ref: absoluteRef(sheet.name, n.ref),
        hidden,
        ...(n.comment !== undefined ? { comment: n.comment } : {}),
      });
    }
    this.written.push({ kind: spec.kind, marker: spec.marker, name: sheet.name });
  }

  /** Writes each named range's cells into its sheet; returns the names that point at no range. */
  async writeNamed(named: readonly NamedCells[]): Promise<string[]> {
    const missing: string[] = [];
    const bySheet = new Map<string, Map<number, Map<number, SheetCell>>>();
    for (const write of named) {
      const found = this.loaded.names.find(
        (n) => n.localSheetId === undefined && upper(n.name) === upper(write.name)
      );
      const sheetName = found && referencedSheet(found.ref);
      const sheet = sheetName === undefined ? undefined : this.pkg.sheet(sheetName);
      if (!found || !sheet || write.rows.length === 0) {
        missing.push(write.name);
        continue;
      }
      const range = parseRange(found.ref.slice(found.ref.lastIndexOf("!") + 1).replace(/\$/g, ""));
      const start = { ...range.start, row: range.start.row + (write.rowOffset ?? 0) };
      if (start.row < 0) {
        missing.push(write.name);
        continue;
      }
      const cells = bySheet.get(sheet.part) ?? new Map<number, Map<number, SheetCell>>();
      bySheet.set(sheet.part, cells);
      write.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const line = cells.get(start.row + r) ?? new Map<number, SheetCell>();
          cells.set(start.row + r, line);
          line.set(start.col + c, cell ?? null);
        })
      );
    }
    for (const [part, cells] of bySheet) {
      const xml = await readPart(this.pkg.zip, part);
      if (xml !== undefined) this.pkg.zip.file(part, patchCells(xml, cells));
    }
    return missing;
  }
}

function relationships(rels: { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    "</Relationships>"
  );
}

/**
 * Writes the changes into a package (each batch of specs in turn, then the named cells). The zip is
 * the input's own (the command line) or one ExcelJS wrote from the loaded workbook (the workbench,
 * which carries the user's typing into their sheets).
 */
export async function applyChanges(
  zip: JSZip,
  loaded: PackageSource,
  changes: WorkbookChanges,
  progress?: SaveProgress,
  pack?: PackPart
): Promise<AppliedChanges> {
  const pkg = await XlsxPackage.open(zip);
  const stylesPart = await stylesOf(pkg, await readPart(zip, relsPath("xl/workbook.xml")));
  const stylesXml = await readPart(zip, stylesPart);
  const styles = new PackageStyles(stylesXml || undefined);
  const writer = new PackageWriter(pkg, styles, loaded, progress, pack);
  await writer.init();
  for (const batch of changes.batches) await writer.writeSpecs(batch(writer.written));
  const missing = await writer.writeNamed(changes.named ?? []);
  progress?.("saving");
  const present = pkg.sheets().map((s) => s.name);
  const names = [...keptNames(loaded, writer.names, writer.replaced, present), ...writer.names];
  pkg.workbookXml = withNames(pkg.workbookXml, present, names);
  if (!styles.unchanged || !stylesXml) zip.file(stylesPart, styles.render());
  await pkg.finish();
  await writeCustomProperties(zip, markProperties([...writer.marks]), changes.properties);
  return { written: writer.written, keptNames: writer.keptNames, missing, fresh: pkg.fresh };
}

/**
 * The workbook as ExcelJS holds it (with whatever the caller changed in the user's sheets), then the
 * add-in's parts as packageBytes writes them.
 */
export async function workbookBytes(
  loaded: LoadedWorkbook,
  changes: WorkbookChanges,
  progress?: SaveProgress
): Promise<SaveResult & { bytes: Uint8Array }> {
  // Stored, not compressed: every part is compressed once when the package is written.
  const stored = await loaded.workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never);
  const zip = await JSZip.loadAsync(stored as ArrayBuffer);
  // ExcelJS drops the custom properties: they are written again from what the file had.
  const properties = changes.properties ?? loaded.properties;
  const source = packageSource(loaded);
  const { fresh, ...result } = await applyChanges(
    zip,
    source,
    { ...changes, properties },
    progress
  );
  // No `pack` was given, so every part is still its chunks.
  for (const [part, chunks] of fresh) zip.file(part, concat(chunks as Uint8Array[]));
  // Bytes rather than a Node Buffer: the workbench makes the file in the browser.
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { ...result, bytes };
}
