import type { Worksheet } from "exceljs";
import type { Lang } from "../core/language";
import type { CellValue } from "../core/sheets/sheet-spec";
import type { ColumnRole } from "../core/table/columns";
import type { DetectedTable } from "../core/table/customer-types";
import { HEADER_SEARCH_ROWS, detectColumns } from "../core/table/header-detection";
import { matchHeader } from "../core/table/header-match";
import { roleNames } from "../core/table/problem-text";
import { addInSheets } from "../xlsx/add-in-sheets";
import type { LoadedWorkbook } from "../xlsx/read-workbook";
import { isEmptySheet, sheetValues } from "../xlsx/sheet-values";
import { cliText, sheetList } from "./cli-text";
import { CliError, EXIT, fileProblem } from "./cli-error";

export interface FoundTable {
  sheet: Worksheet;
  values: CellValue[][];
  detected: DetectedTable;
}

/** The first row naming one of the two required columns but not the other, to say which is missing. */
function missingRequired(values: CellValue[][]): { row: number; role: ColumnRole } | undefined {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const roles = new Set<ColumnRole>();
    for (const cell of values[r] ?? [])
      if (typeof cell === "string") matchHeader(cell).forEach((m) => roles.add(m.role));
    if (roles.has("account") && !roles.has("sales")) return { row: r + 1, role: "sales" };
    if (roles.has("sales") && !roles.has("account")) return { row: r + 1, role: "account" };
  }
  return undefined;
}

/**
 * The customer table, with the pane's header detection: on the sheet named, or on the first visible
 * sheet (not one of the add-in's) whose first rows hold a recognisable header. When none qualifies,
 * the error says why: every sheet empty, a header without a sales (or account) column, or no header.
 */
export function findTable(
  loaded: LoadedWorkbook,
  file: string,
  lang: Lang,
  sheetName?: string
): FoundTable {
  const text = cliText(lang);
  const { workbook } = loaded;
  const ours = addInSheets(loaded);
  let candidates: Worksheet[];
  if (sheetName !== undefined) {
    const sheet =
      workbook.worksheets.find((s) => s.name === sheetName) ??
      workbook.worksheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
    if (!sheet) {
      const all = sheetList(
        workbook.worksheets.map((s) => s.name),
        lang
      );
      throw fileProblem(EXIT.usage, file, text.noSheet(sheetName, all));
    }
    candidates = [sheet];
  } else {
    candidates = workbook.worksheets.filter((s) => s.state === "visible" && !ours.has(s));
  }
  const filled: { sheet: Worksheet; values: CellValue[][] }[] = [];
  for (const sheet of candidates) {
    const values = sheetValues(sheet, workbook);
    if (isEmptySheet(values)) continue;
    const detected = detectColumns(values);
    if (detected) return { sheet, values, detected };
    filled.push({ sheet, values });
  }
  if (filled.length === 0) {
    const problem =
      sheetName !== undefined ? text.emptySheet(candidates[0].name) : text.emptyWorkbook;
    throw fileProblem(EXIT.data, file, problem);
  }
  for (const { sheet, values } of filled) {
    const missing = missingRequired(values);
    if (missing)
      throw fileProblem(
        EXIT.data,
        file,
        text.missingColumn(sheet.name, missing.row, roleNames(lang)[missing.role])
      );
  }
  const names = sheetList(
    filled.map((f) => f.sheet.name),
    lang
  );
  throw new CliError(EXIT.data, `${file}: ${text.noHeader(names)}`);
}
