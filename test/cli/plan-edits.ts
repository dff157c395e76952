import ExcelJS from "exceljs";
import { keepCustomProperties } from "./package-helpers";

export const PLAN = "Plan - Fengshou Farm Supplies";

/** Finds the first cell whose text is `text`, as a user would find a heading. */
function find(sheet: ExcelJS.Worksheet, text: string, below = 0): { row: number; col: number } {
  for (let r = below + 1; r <= sheet.rowCount; r++)
    for (let c = 1; c <= 12; c++) if (sheet.getCell(r, c).text === text) return { row: r, col: c };
  throw new Error(`"${text}" is not on ${sheet.name}`);
}

/** What a user types into a plan: a person for the KA manager, a task done, a note on a need. */
export async function editPlan(file: string, edited: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(PLAN) as ExcelJS.Worksheet;
  // The team table's row (the progress row above has a "KA manager" label too).
  const manager = find(sheet, "KA manager", find(sheet, "Person").row);
  sheet.getCell(manager.row, manager.col + 1).value = "Wang Li";
  const status = find(sheet, "Status");
  sheet.getCell(status.row + 1, status.col).value = "done";
  const need = find(sheet, "promotion support");
  sheet.getCell(need.row, need.col + 3).value = "Spring campaign with the co-op"; // its Notes column
  await workbook.xlsx.writeFile(edited);
  // As Excel or LibreOffice would save it: with the document properties that mark the add-in's sheets.
  await keepCustomProperties(file, edited);
}

export async function planCells(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(PLAN) as ExcelJS.Worksheet;
  // The team table's row (the progress row above has a "KA manager" label too).
  const manager = find(sheet, "KA manager", find(sheet, "Person").row);
  const status = find(sheet, "Status");
  const need = find(sheet, "promotion support");
  return {
    manager: sheet.getCell(manager.row, manager.col + 1).value,
    status: sheet.getCell(status.row + 1, status.col).value,
    note: sheet.getCell(need.row, need.col + 3).value,
  };
}

/** The sheet and first cell (1-based) of a workbook name, as ExcelJS reads the file's names. */
export function namedCell(
  workbook: ExcelJS.Workbook,
  name: string
): { sheet: ExcelJS.Worksheet; row: number; col: number } {
  const ref = workbook.definedNames.getRanges(name).ranges[0];
  if (!ref) throw new Error(`no name ${name}`);
  const match = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)/.exec(ref);
  if (!match) throw new Error(`${name} is ${ref}`);
  const sheet = workbook.getWorksheet(match[1].replace(/''/g, "'")) as ExcelJS.Worksheet;
  const col = [...match[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet, row: Number(match[3]), col };
}
