import type JSZip from "jszip";
import { attributes, escapeXml, unescapeXml } from "./xml-text";

/** A workbook name as the file stores it, with what ExcelJS does not keep (hidden, sheet scope). */
export interface PackageName {
  name: string;
  /** The formula, e.g. "'KAM Tiers'!$A$1". */
  ref: string;
  hidden: boolean;
  localSheetId?: number;
  comment?: string;
}

export const WORKBOOK_PART = "xl/workbook.xml";
const DEFINED_NAME = /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g;

export async function readPackageNames(zip: JSZip): Promise<PackageName[]> {
  const xml = await zip.file(WORKBOOK_PART)?.async("string");
  return xml ? parseNames(xml) : [];
}

export function parseNames(workbookXml: string): PackageName[] {
  return [...workbookXml.matchAll(DEFINED_NAME)].map((m) => {
    const attrs = attributes(m[1]);
    const local = attrs.localSheetId;
    return {
      name: attrs.name ?? "",
      ref: unescapeXml(m[2] ?? ""),
      hidden: attrs.hidden === "1" || attrs.hidden === "true",
      ...(local !== undefined ? { localSheetId: Number(local) } : {}),
      ...(attrs.comment !== undefined ? { comment: attrs.comment } : {}),
    };
  });
}

/** The sheet a single-area reference is on: "'KAM Tiers'!$A$1" → "KAM Tiers". */
export function referencedSheet(ref: string): string | undefined {
  const m =
    /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.exec(
      ref.trim().replace(/^=/, "")
    );
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

export function renderName(name: PackageName): string {
  const attrs = [`name="${escapeXml(name.name, true)}"`];
  if (name.comment) attrs.push(`comment="${escapeXml(name.comment, true)}"`);
  if (name.localSheetId !== undefined) attrs.push(`localSheetId="${name.localSheetId}"`);
  if (name.hidden) attrs.push(`hidden="1"`);
  return `<definedName ${attrs.join(" ")}>${escapeXml(name.ref)}</definedName>`;
}
