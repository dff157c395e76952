import { CellValue } from "../sheets/sheet-spec";
import type { RelationshipStage } from "../plans/plan-vocabulary";
import { AgingBuckets } from "../aging";
import { AgingColumn } from "./aging-headers";
import { CategoryColumn } from "./category-headers";
import { ColumnMapping, ColumnRole } from "./columns";

/** Where the header was found and how its columns map to roles. */
export interface DetectedTable {
  /** Zero-based index, within the values, of the header row. */
  headerRow: number;
  /** The header texts, as written in the sheet. */
  headers: string[];
  mapping: ColumnMapping;
  /** The aging-bucket columns, left to right; absent or empty when the table has none. */
  aging?: AgingColumn[];
  /** A wide ledger's product-category columns, left to right (issue 15); absent when there are none. */
  categories?: CategoryColumn[];
}

/** One customer row as read from the user's table, before duplicates are summed. */
export interface CustomerRow {
  /** The sheet row number (1-based, as Excel shows it). */
  sheetRow: number;
  account: string;
  sales: number;
  priorSales?: number;
  region?: string;
  creditLimit?: number;
  balance?: number;
  overdue?: number;
  daysOverdue?: number;
  /** Payment terms in days. */
  terms?: number;
  /** Sales on credit, when the ledger has them apart from total sales. */
  creditSales?: number;
  /** The row's aging buckets (blank cells read as 0), when the table has aging columns. */
  aging?: AgingBuckets;
  philosophy?: number;
  location?: string;
  shoppers?: string;
  /**
   * The row's sales by product category (issue 15): the category column's text with the row's sales
   * (a long ledger), or each category column's figure (a wide ledger, blank cells left out).
   */
  categorySales?: Record<string, number>;
  /** The relationship stage, as a key, when the table has a stage column whose text names one. */
  stage?: RelationshipStage;
  /** Years as a customer. */
  tenure?: number;
  /** The account's potential: its purchases of the category from all suppliers, or an estimate. */
  potential?: number;
  /** The account's crop area, for a potential of area × spend_per_area. */
  area?: number;
}

/**
 * Something in the data the user should know before anything is written. `rows` are sheet row numbers.
 * The pane and the command line word each kind in the user's language.
 */
export type DataProblem =
  | { kind: "noHeader" }
  | { kind: "missingRequired"; role: ColumnRole }
  | { kind: "missingOptional"; role: ColumnRole }
  | { kind: "textSales"; rows: number[]; examples: string[] }
  | { kind: "blankSales"; rows: number[] }
  | { kind: "negativeSales"; rows: number[] }
  | { kind: "blankAccount"; rows: number[] }
  | { kind: "duplicateAccount"; account: string; rows: number[] }
  | { kind: "badNumber"; role: ColumnRole; rows: number[] }
  | { kind: "badPhilosophy"; rows: number[] }
  | { kind: "badAging"; rows: number[] }
  /** A date-formatted cell in the sales column: a date is no money amount, so the row is left out. */
  | { kind: "dateSales"; rows: number[] }
  /** Rows hidden in the sheet (filtered or hidden by hand): they are read and counted all the same. */
  | { kind: "hiddenRows"; rows: number[] }
  /** Accounts with a blank business-philosophy score: not assessed, so the score cannot cap their stars. */
  | { kind: "noPhilosophyScore"; rows: number[] };

/** How serious a problem is: errors stop the analysis, warnings are said and the analysis goes on. */
export function problemSeverity(problem: DataProblem): "error" | "warning" | "info" {
  switch (problem.kind) {
    case "noHeader":
    case "missingRequired":
      return "error";
    case "missingOptional":
      return "info";
    default:
      return "warning";
  }
}

export interface CustomerTable {
  rows: CustomerRow[];
  problems: DataProblem[];
}

export type { CellValue };
