import type JSZip from "jszip";
import { type DocumentProperty, MARK_VALUE, markProperty } from "../core/sheets/sheet-names";
import { parseRels, readPart } from "./package-parts";
import { attributes, escapeXml, unescapeXml } from "./xml-text";

/*
 * The workbook's custom document properties (docProps/custom.xml), where the add-in keeps the marks
 * of its sheets (see isAddInMark). The user's own properties are carried over as the file has them.
 */

export const CUSTOM_PART = "docProps/custom.xml";
const ROOT_RELS = "_rels/.rels";
const CUSTOM_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
/** The format id every custom property of an Office document has. */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const EMPTY =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>';

/** A custom property with its value as the file gives it (text, number, boolean or a date's text). */
export interface FileProperty extends DocumentProperty {
  /** The property's value type in the file ("lpwstr", "i4", "bool", "filetime", "r8"…). */
  type: string;
}

const PROPERTY = /<property\b([^>]*?)(?:\/>|>([\s\S]*?)<\/property>)/g;

function typedValue(type: string, text: string): unknown {
  if (type === "bool") return text === "true" || text === "1";
  if (/^(i[1-8]|ui[1-8]|int|uint|r4|r8|decimal)$/.test(type)) return Number(text);
  return text;
}

export function parseCustomProperties(xml: string | undefined): FileProperty[] {
  if (!xml) return [];
  return [...xml.matchAll(PROPERTY)].map((m) => {
    const value = /<vt:(\w+)\b[^>]*?(?:\/>|>([\s\S]*?)<\/vt:\1>)/.exec(m[2] ?? "");
    const type = value?.[1] ?? "lpwstr";
    return {
      key: attributes(m[1]).name ?? "",
      type,
      value: typedValue(type, unescapeXml(value?.[2] ?? "")),
    };
  });
}

/** Where the package keeps its custom properties: the root relationship's target, else the usual part. */
async function customPart(zip: JSZip): Promise<string | undefined> {
  const rel = parseRels(await readPart(zip, ROOT_RELS)).find((r) => r.type === CUSTOM_REL);
  return rel ? rel.target.replace(/^\//, "") : undefined;
}

export async function readCustomProperties(zip: JSZip): Promise<FileProperty[]> {
  const part = await customPart(zip);
  return part === undefined ? [] : parseCustomProperties(await readPart(zip, part));
}

function propertyXml(property: FileProperty, pid: number): string {
  const type = property.type || "lpwstr";
  const text =
    typeof property.value === "boolean" ? String(property.value) : String(property.value ?? "");
  return `<property fmtid="${FMTID}" pid="${pid}" name="${escapeXml(property.key, true)}"><vt:${type}>${escapeXml(text)}</vt:${type}></property>`;
}

/** The custom properties part with `added` set: those it has already are replaced, others appended. */
export function withProperties(xml: string | undefined, added: readonly FileProperty[]): string {
  let out = xml && /<Properties\b/.test(xml) ? xml : EMPTY;
  out = out.replace(/<Properties\b([^>]*?)\/>/, "<Properties$1></Properties>");
  const pids = [...out.matchAll(/<property\b[^>]*?\bpid="(\d+)"/g)].map((m) => Number(m[1]));
  let pid = Math.max(1, ...pids);
  for (const property of added) {
    const same = (tag: string) =>
      (attributes(tag).name ?? "").toUpperCase() === property.key.toUpperCase();
    let replaced = false;
    out = out.replace(PROPERTY, (element, tag: string) => {
      if (!same(tag)) return element;
      if (replaced) return "";
      replaced = true;
      return propertyXml(property, Number(attributes(tag).pid) || ++pid);
    });
    if (!replaced)
      out = out.replace("</Properties>", `${propertyXml(property, ++pid)}</Properties>`);
  }
  return out;
}

/** The add-in's mark for each marker (see isAddInMark). */
export function markProperties(markers: readonly string[]): FileProperty[] {
  return markers.map((marker) => ({
    key: markProperty(marker),
    value: MARK_VALUE,
    type: "lpwstr",
  }));
}

/**
 * Writes the custom properties part: the package's own with `added` set (or, with `all`, exactly
 * those properties, for a package whose part was lost on the way, as the workbench's is), adding its
 * content type and root relationship when the package has none. A part that already says all of it
 * is left byte for byte.
 */
export async function writeCustomProperties(
  zip: JSZip,
  added: readonly FileProperty[],
  all?: readonly FileProperty[]
): Promise<void> {
  const existing = await customPart(zip);
  const part = existing ?? CUSTOM_PART;
  const xml = all ? withProperties(undefined, all) : await readPart(zip, part);
  const current = parseCustomProperties(xml);
  const missing = added.filter(
    (p) => !current.some((c) => c.key.toUpperCase() === p.key.toUpperCase() && c.value === p.value)
  );
  if (missing.length === 0 && (existing !== undefined ? !all : current.length === 0)) return;
  zip.file(part, withProperties(xml, missing));
  if (existing !== undefined) return;
  const rels =
    (await readPart(zip, ROOT_RELS)) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const used = new Set(parseRels(rels).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  zip.file(
    ROOT_RELS,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rId${n}" Type="${CUSTOM_REL}" Target="${part}"/></Relationships>`
    )
  );
  const types = (await readPart(zip, "[Content_Types].xml")) ?? "";
  if (!types.includes(`PartName="/${part}"`))
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        `<Override PartName="/${part}" ContentType="${CUSTOM_TYPE}"/></Types>`
      )
    );
}
