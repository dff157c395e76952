import type { CustomPropertyModel, WorkbookModel } from "../excel-double";
import type { FileProperty } from "../../xlsx/custom-properties";

/*
 * Custom document properties between an .xlsx file (docProps/custom.xml) and the double
 * (Workbook.properties.custom): the add-in marks its sheets there (see isAddInMark), so a workbook
 * it wrote is recognised when opened, and its marks and the user's properties are in the download.
 */

const NUMBER = /^(i[1-8]|ui[1-8]|int|uint)$/;
const FLOAT = /^(r4|r8|decimal)$/;

function modelProperty({ key, value, type }: FileProperty): CustomPropertyModel {
  if (type === "bool") return { key, value: value === true, type: "Boolean" };
  if (NUMBER.test(type) && typeof value === "number") return { key, value, type: "Number" };
  if (FLOAT.test(type) && typeof value === "number") return { key, value, type: "Float" };
  const date = type === "filetime" || type === "date" ? new Date(String(value)) : undefined;
  if (date && !Number.isNaN(date.getTime())) return { key, value: date, type: "Date" };
  return { key, value: String(value ?? ""), type: "String" };
}

/**
 * The file's properties into the double's workbook, as the file has them (a value longer than
 * Office.js may set is kept: the user's file had it).
 */
export function copyProperties(properties: readonly FileProperty[], book: WorkbookModel): void {
  for (const property of properties)
    if (property.key !== "" && !book.customProperty(property.key))
      book.customProperties.push(modelProperty(property));
}

function fileType(property: CustomPropertyModel): string {
  switch (property.type) {
    case "Boolean":
      return "bool";
    case "Date":
      return "filetime";
    case "Float":
      return "r8";
    case "Number":
      return Number.isInteger(property.value) && Math.abs(property.value as number) < 2 ** 31
        ? "i4"
        : "r8";
    default:
      return "lpwstr";
  }
}

/** The double's properties as the file writes them. */
export function fileProperties(book: WorkbookModel): FileProperty[] {
  return book.customProperties.map((p) => ({
    key: p.key,
    type: fileType(p),
    value: p.value instanceof Date ? p.value.toISOString().replace(/\.\d{3}Z$/, "Z") : p.value,
  }));
}
