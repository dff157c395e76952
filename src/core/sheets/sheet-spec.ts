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

/**
 * Charts. A chart is described once here, by its kind, and each writer draws it from this data:
 * Office.js (src/excel/charts.ts), the package writer's DrawingML (src/xlsx/chart-xml.ts) and the
 * workbench's Excel double and grid. Every range is on the chart's own sheet, A1-style and relative
 * ("C2:C25"); the writers make it absolute and sheet-qualified, so the chart follows the cells.
 *
 * - `combo`: columns and lines over shared categories, lines optionally on a secondary axis: the
 *   Pareto chart (sales as columns, the cumulative share as a line).
 * - `stackedBar`: one horizontal bar per category, each series a segment of it, stacked: aging
 *   by credit status (a bar per status, a segment per aging bucket).
 * - `bubble`: points at (x, y) with an area by `size`, each labelled from a cell: a portfolio matrix
 *   (an account per bubble). A series is one colour in the legend; give several series to colour
 *   groups of points.
 */
export type ChartSpec = ComboChartSpec | StackedBarChartSpec | BubbleChartSpec;

export type ChartKind = ChartSpec["kind"];

/** What every chart has: a title, and the cells it covers (both corners covered). */
export interface ChartPlacement {
  title: string;
  /** Top-left cell the chart covers, e.g. "G1". */
  from: string;
  /** Bottom-right cell the chart covers, e.g. "N15". */
  to: string;
}

export interface ChartSeriesSpec {
  name: string;
  /** The values, e.g. "C2:C25". */
  values: string;
  type: "column" | "line";
  secondaryAxis?: boolean;
}

/** Columns and lines over one range of categories; the Pareto chart is sales columns and a cumulative-share line. */
export interface ComboChartSpec extends ChartPlacement {
  kind: "combo";
  /** The category labels, one per point, e.g. "A2:A25". */
  categories: string;
  series: ChartSeriesSpec[];
  /** Number format of the secondary axis (e.g. "0%" for cumulative share). */
  secondaryAxisFormat?: string;
}

/** One segment of every bar: its name (legend) and one value per category. */
export interface StackedSeriesSpec {
  name: string;
  /** One value per category, in the categories' order, e.g. "E4:E6". */
  values: string;
}

/** Horizontal bars, one per category, made of the series stacked end to end. */
export interface StackedBarChartSpec extends ChartPlacement {
  kind: "stackedBar";
  /** The bars' labels, e.g. "D4:D6" (OK, WATCH, FAIL). */
  categories: string;
  series: StackedSeriesSpec[];
  /** Number format of the value axis, e.g. "#,##0". */
  valueFormat?: string;
}

/** A set of bubbles of one colour: x, y, size and label ranges of the same length, one cell per point. */
export interface BubbleSeriesSpec {
  name: string;
  x: string;
  y: string;
  /** Bubble areas (the writers scale them: the largest is the biggest bubble). */
  size: string;
  /** Each point's label, e.g. the account's name: "A5:A20". Left out, points are unlabelled. */
  labels?: string;
}

/** Bubbles on two value axes: a portfolio matrix. */
export interface BubbleChartSpec extends ChartPlacement {
  kind: "bubble";
  series: BubbleSeriesSpec[];
  /** Axis titles and number formats, e.g. { title: "Share of sales", format: "0%" }. */
  xAxis?: { title?: string; format?: string };
  yAxis?: { title?: string; format?: string };
}

export interface DataValidationSpec {
  ref: string;
  /** The allowed values, offered as a dropdown. */
  list: string[];
  /**
   * The allowed values are the cells of this range instead, as a formula without "=" (a workbook
   * name such as KAM_Team_People), so the dropdown follows what users type there; `list` is empty.
   */
  source?: string;
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
  | "team"
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
