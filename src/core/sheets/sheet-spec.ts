/**
 * What a generated sheet contains, as plain data. Core code decides every cell, format, table,
 * conditional format and chart once; each writer only renders this data: the task pane through
 * Office.js (src/excel), the command line into an .xlsx file. No sheet is described twice.
 *
 * Addresses are A1-style and relative to the sheet ("B2", "A1:I25"). Formulas are in English with a
 * leading "=", as Office.js `formulas` and the .xlsx format take them; newer functions need no
 * `_xlfn.` prefix here (the .xlsx writer adds it).
 */

import { parseRange, rangeAddress } from "./a1";
import type { PageSetupSpec } from "./page-setup";

export type { PageSetupSpec };

export type CellValue = string | number | boolean | null;

/** A formula cell. `value` is what the formula computes today, for writers that store a cached result. */
export interface FormulaCell {
  formula: string;
  value?: CellValue;
}

export type SheetCell = CellValue | FormulaCell;

/** The data rows of one column of a table (below its header): "E48:E60" for column 4 of "A47:J60". */
export function tableColumnBody(table: TableSpec, column: number): string {
  const { start, end } = parseRange(table.ref);
  const row = Math.min(start.row + 1, end.row);
  return rangeAddress(row, start.col + column, end.row, start.col + column);
}

export function isFormulaCell(cell: SheetCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** A rectangle of cells written in one go, top-left at `at`. */
export interface CellBlock {
  at: string;
  rows: SheetCell[][];
}

export interface ColumnSpec {
  /** Zero-based column index. */
  index: number;
  /** Width in characters, as Excel measures it. */
  width?: number;
  /**
   * The column holds text typed by users or copied from their data (account names): it is formatted
   * as text ("@") before anything is written, so "=HYPERLINK(…)" or "+1-555" stays text and is never
   * evaluated.
   */
  text?: boolean;
}

export interface RangeFormat {
  ref: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
}

/**
 * A number format for a table column's data: the rows there are and the rows the table grows by
 * (Excel carries a column's format into a new row), without formatting empty cells one by one.
 */
export interface TableColumnFormat {
  /** Zero-based position of the column in the table. */
  column: number;
  numberFormat: string;
}

export interface TableSpec {
  /** A workbook-unique table name (letters, digits, underscores). */
  name: string;
  /** The whole table, header row included. */
  ref: string;
  style?: string;
  columnFormats?: TableColumnFormat[];
}

/** Format cells whose value compares to a constant (e.g. stars = 4), or where an expression is TRUE. */
export type ConditionalFormatSpec =
  | {
      ref: string;
      kind: "cellValue";
      operator: "equal" | "greaterThan" | "lessThan" | "greaterThanOrEqual" | "lessThanOrEqual";
      value: string;
      fill?: string;
      fontColor?: string;
      bold?: boolean;
    }
  | {
      ref: string;
      kind: "expression";
      /** A formula relative to the top-left cell of `ref`, e.g. "=AND($F5<TODAY(),$H5<>\"done\")". */
      formula: string;
      fill?: string;
      fontColor?: string;
      bold?: boolean;
    };

export interface ChartSeriesSpec {
  name: string;
  /** The values, e.g. "C2:C25". */
  values: string;
  type: "column" | "line";
  secondaryAxis?: boolean;
}

/** A chart on the sheet; the Pareto chart is columns of sales with a cumulative-share line. */
export interface ChartSpec {
  title: string;
  categories: string;
  series: ChartSeriesSpec[];
  /** Where the chart sits: the cells it covers. */
  from: string;
  to: string;
  /** Number format of the secondary axis (e.g. "0%" for cumulative share). */
  secondaryAxisFormat?: string;
}

export interface DataValidationSpec {
  ref: string;
  /** The allowed values, offered as a dropdown. */
  list: string[];
}

/** A workbook-level name the sheet defines, e.g. KAM_Criteria for the criteria table. */
export interface NameSpec {
  name: string;
  ref: string;
  comment?: string;
  /**
   * A name the add-in uses to find cells again (a plan's profile figures), not one for users: hidden
   * from the Name Manager and from formula autocomplete.
   */
  hidden?: boolean;
}

export interface LinkSpec {
  /** The cell that holds the link text. */
  at: string;
  /** Where it goes: another sheet's cell, e.g. "'KAM Plan - Shop A'!A1". */
  target: string;
}

/** The kinds of sheet the add-in creates. */
export type SheetKind =
  | "criteria"
  | "tiers"
  | "plan"
  | "plans"
  | "templates"
  | "credit"
  | "whiteSpace"
  | "portfolio";

export interface SheetSpec {
  kind: SheetKind;
  /** The name the sheet should have; a writer picks another when a user's sheet already has it. */
  name: string;
  /**
   * The hidden workbook name that marks this sheet as the add-in's own (e.g. "KAM_Tiers"). It points
   * at the sheet's A1, so it follows the sheet when the user renames it. Re-running replaces only a
   * sheet that carries its marker; a user's sheet with the same name is never touched.
   */
  marker: string;
  blocks: CellBlock[];
  columns?: ColumnSpec[];
  formats?: RangeFormat[];
  tables?: TableSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  charts?: ChartSpec[];
  validations?: DataValidationSpec[];
  names?: NameSpec[];
  links?: LinkSpec[];
  /** Rows and columns kept in view when scrolling. */
  freeze?: { rows: number; columns: number };
  tabColor?: string;
  /** How the sheet prints: paper, orientation, fit, repeated header rows, header and footer. */
  pageSetup?: PageSetupSpec;
}
