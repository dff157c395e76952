import type JSZip from "jszip";
import { WORKBOOK_PART } from "./package-names";
import { attributes, escapeXml } from "./xml-text";

/** Reading and adding the parts of an .xlsx package (a zip of XML parts tied by relationships). */

export const REL_TYPES = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
} as const;

export async function readPart(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** The sheets in workbook order, with the name each has. */
export function sheetList(workbookXml: string): { name: string; rId: string }[] {
  return [...workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => {
    const attrs = attributes(m[1]);
    return { name: attrs.name ?? "", rId: attrs["r:id"] ?? "" };
  });
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function parseRels(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => {
    const a = attributes(m[1]);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "" };
  });
}

/** Sheet name → the path of its part in the zip. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await readPart(zip, WORKBOOK_PART)) ?? "";
  const rels = parseRels(await readPart(zip, relsPath(WORKBOOK_PART)));
  const parts = new Map<string, string>();
  for (const sheet of sheetList(workbook)) {
    const rel = rels.find((r) => r.id === sheet.rId);
    if (!rel) continue;
    const target = rel.target.startsWith("/") ? rel.target.slice(1) : `xl/${rel.target}`;
    parts.set(sheet.name, target);
  }
  return parts;
}

/** Adds a relationship to a part's rels (creating them), returning its new id. */
export async function addRelationship(
  zip: JSZip,
  part: string,
  type: string,
  target: string
): Promise<string> {
  const path = relsPath(part);
  const xml =
    (await readPart(zip, path)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const used = new Set(parseRels(xml).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target, true)}"/>`;
  zip.file(path, xml.replace("</Relationships>", `${rel}</Relationships>`));
  return id;
}

/** Declares a part's content type, which Excel needs to open it at all. */
export async function addContentType(zip: JSZip, part: string, contentType: string) {
  const path = "[Content_Types].xml";
  const xml = (await readPart(zip, path)) ?? "";
  const override = `<Override PartName="/${part}" ContentType="${contentType}"/>`;
  zip.file(path, xml.replace("</Types>", `${override}</Types>`));
}

/** The first free number for a part such as "xl/charts/chart{n}.xml". */
export function freePartNumber(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}
