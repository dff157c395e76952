import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** Edits one part of an .xlsx in place, as Excel would save the change (tests only). */
export async function editPart(file: string, part: string, edit: (xml: string) => string) {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file(part)?.async("string");
  if (xml === undefined) throw new Error(`${file} has no ${part}`);
  zip.file(part, edit(xml));
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Renames a sheet the way Excel does: the sheet, and every workbook name that refers to it. */
export async function renameSheet(file: string, from: string, to: string) {
  await editPart(file, "xl/workbook.xml", (xml) =>
    xml.replace(`name="${from}"`, `name="${to}"`).split(`'${from}'!`).join(`'${to}'!`)
  );
}

/** The custom properties part of an Office document with these <property> elements. */
export function customPropertiesXml(properties: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties}</Properties>`;
}

/** Gives a package (that has none) a custom properties part, with its relationship and content type. */
export async function addCustomProperties(zip: JSZip, xml: string): Promise<void> {
  const part = "docProps/custom.xml";
  zip.file(part, xml);
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const rel = `<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="${part}"/>`;
  zip.file("_rels/.rels", rels.replace("</Relationships>", `${rel}</Relationships>`));
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const override = `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`;
  zip.file("[Content_Types].xml", types.replace("</Types>", `${override}</Types>`));
}

/**
 * Copies the custom document properties of `from` into `to`, for files edited with ExcelJS, which
 * drops them (Excel, LibreOffice and WPS keep them, and the add-in marks its sheets there).
 */
export async function keepCustomProperties(from: string, to: string) {
  const custom = await readPart(from, "docProps/custom.xml");
  if (custom === "") throw new Error(`${from} has no custom properties`);
  const zip = await JSZip.loadAsync(await fs.readFile(to));
  await addCustomProperties(zip, custom);
  await fs.writeFile(to, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

export async function readPart(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return (await zip.file(part)?.async("string")) ?? "";
}

/** Every sheet's cells as plain JSON (values, formulas, number formats), for comparing workbooks. */
export async function sheetContents(file: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    const cells: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) =>
        cells.push([r, c, cell.value, cell.numFmt ?? null, cell.font?.bold ?? null])
      )
    );
    sheets.set(sheet.name, JSON.stringify(cells));
  }
  return sheets;
}

export async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((s) => s.name);
}
