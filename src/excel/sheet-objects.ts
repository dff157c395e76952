import type { ConditionalFormatSpec, SheetSpec } from "../core/sheets/sheet-spec";
import { isFormulaCell, tableColumnBody } from "../core/sheets/sheet-spec";
import { dropdownSource, listRuleSource } from "../core/sheets/dropdown-list";
import { applyNumberFormat } from "./sheet-formats";
import { parseAddress } from "../core/sheets/a1";
import { supports } from "./features";
import { ACTION_BYTES, RequestBudget } from "./request-budget";
import { WorkbookSurvey, isUsersName } from "./sheet-survey";
import { nameFormula, pointName } from "./workbook-names";
import { freeTableName } from "./sheet-replacement";
import { jsonSize } from "./limits";
import { applyPageLayout } from "./page-layout";

const OPERATORS = {
  equal: "EqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
} as const;

/** A rule's comparison value as a formula: numbers as they are, text quoted ("★★★★" → ="★★★★"). */
function comparand(value: string): string {
  if (value.startsWith("=")) return value;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value.trim())) return `=${value.trim()}`;
  return `="${value.replace(/"/g, '""')}"`;
}

function addConditionalFormat(sheet: Excel.Worksheet, spec: ConditionalFormatSpec): void {
  const formats = sheet.getRange(spec.ref).conditionalFormats;
  const added = formats.add(spec.kind === "cellValue" ? "CellValue" : "Custom");
  const kind = spec.kind === "cellValue" ? added.cellValue : added.custom;
  if (spec.fill !== undefined) kind.format.fill.color = spec.fill;
  if (spec.fontColor !== undefined) kind.format.font.color = spec.fontColor;
  if (spec.bold !== undefined) kind.format.font.bold = spec.bold;
  if (spec.kind === "cellValue")
    added.cellValue.rule = { formula1: comparand(spec.value), operator: OPERATORS[spec.operator] };
  else added.custom.rule.formula = spec.formula;
}

/** The text a spec writes at a cell, for a link's text to display. */
function textAt(spec: SheetSpec, at: string): string | undefined {
  const { row, col } = parseAddress(at);
  for (const block of spec.blocks) {
    const origin = parseAddress(block.at);
    const cell = block.rows[row - origin.row]?.[col - origin.col];
    if (cell !== undefined && cell !== null && !isFormulaCell(cell)) return String(cell);
  }
  return undefined;
}

/**
 * The Excel objects of a sheet, after its values: tables, conditional formats, dropdowns, workbook
 * names, links, frozen panes and tab colour. Features this Excel lacks are left out.
 */
export async function addSheetObjects(
  sheet: Excel.Worksheet,
  sheetName: string,
  spec: SheetSpec,
  survey: WorkbookSurvey,
  budget: RequestBudget
): Promise<void> {
  for (const table of spec.tables ?? []) {
    await budget.reserve(ACTION_BYTES * 3);
    const added = sheet.tables.add(sheet.getRange(table.ref), true);
    const name = freeTableName(table.name, survey);
    added.name = name;
    if (table.style) added.style = table.style;
    survey.tables.push({ name, sheetName });
    // The column's data range: Excel carries its format into the rows the table grows by.
    for (const f of table.columnFormats ?? [])
      await applyNumberFormat(sheet, tableColumnBody(table, f.column), f.numberFormat, budget);
  }
  if (supports("conditionalFormats"))
    for (const format of spec.conditionalFormats ?? []) {
      await budget.reserve(ACTION_BYTES * 5);
      addConditionalFormat(sheet, format);
    }
  if (supports("dataValidation"))
    for (const validation of spec.validations ?? []) {
      // A range's cells ("=KAM_Team_People") or a typed list, by core's dropdown rule.
      const dropdown = dropdownSource(validation);
      if (!dropdown) continue;
      const source = listRuleSource(dropdown);
      await budget.reserve(ACTION_BYTES + jsonSize(source));
      sheet.getRange(validation.ref).dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
    }
  if (supports("names"))
    for (const name of spec.names ?? []) {
      if (isUsersName(survey, name.name, sheetName)) continue;
      await budget.reserve(ACTION_BYTES * 3);
      pointName(sheet.context, survey, name.name, nameFormula(sheetName, name.ref), {
        comment: name.comment,
        ...(name.hidden ? { visible: false } : {}),
      });
    }
  if (supports("hyperlinks"))
    for (const link of spec.links ?? []) {
      await budget.reserve(ACTION_BYTES);
      const textToDisplay = textAt(spec, link.at);
      sheet.getRange(link.at).hyperlink = {
        documentReference: link.target,
        ...(textToDisplay ? { textToDisplay } : {}),
      };
    }
  await budget.reserve(ACTION_BYTES * 2);
  if (spec.freeze && supports("freezePanes")) freeze(sheet, spec.freeze);
  if (spec.tabColor && supports("tabColor")) sheet.tabColor = spec.tabColor;
  await applyPageLayout(sheet, spec, budget);
}

function freeze(
  sheet: Excel.Worksheet,
  { rows, columns }: { rows: number; columns: number }
): void {
  if (rows > 0 && columns > 0)
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}
