import type { PlanSheetInfo } from "../core/plans/plan-registry";
import type { PlanUpdate } from "../core/plans/plan-update";
import { CellValue, SheetSpec } from "../core/sheets/sheet-spec";
import type { WrittenSheet } from "../core/sheets/written-sheet";

/** A table or range the user's customer list may be in. */
export interface SourceChoice {
  /** Stable id to read it again: a table name, or "Sheet!A1:H25". */
  id: string;
  /** What the user sees in the picker, e.g. "Customers (table)" or "Sheet1!A1:H25". */
  label: string;
  kind: "table" | "range";
}

/** The values of the chosen source, with where they sit so problems can name sheet rows. */
export interface SourceData extends SourceChoice {
  sheetName: string;
  /** The address of the values, e.g. "Sheet1!A1:H25". */
  address: string;
  /** 1-based sheet row of values[0] and 1-based column of values[r][0]. */
  firstRow: number;
  firstColumn: number;
  values: CellValue[][];
  /** The cells shown as dates ("row:column" within values): a date is no sales figure. */
  dateCells?: string[];
  /** Indexes within values of the rows hidden in the sheet (by hand or by a filter). */
  hiddenRows?: number[];
}

export interface WriteProgress {
  /** What is being done now, as a key the pane translates: "clearing", "values", "formats", "chart"… */
  step: string;
  /** 0–1 over the whole write. */
  fraction: number;
  /** The kind of sheet being written, so the pane can say which. */
  kind?: SheetSpec["kind"];
}

export type { WrittenSheet };

/**
 * What the task pane needs from the workbook. The Office.js implementation lives in src/excel; the
 * components receive it as a prop, so they can be tested (and previewed) with a double.
 */
export interface KamWorkbook {
  /** The source around the cursor: the selection if it is more than a cell, the table the cursor is in, or the current region. */
  detectSource(): Promise<SourceData>;
  /** Every table in the workbook and the used range of every sheet the add-in did not create. */
  listSources(): Promise<SourceChoice[]>;
  readSource(id: string): Promise<SourceData>;
  /**
   * Calls `onChange` when cells of the source change (Excel's change events), until the function it
   * resolves to is called. Absent where nothing can be watched (the pane's Refresh still reads again).
   */
  watchSource?(source: SourceData, onChange: () => void): Promise<() => Promise<void>>;
  /** The criteria saved in the workbook (the KAM_Criteria range), if any. */
  readCriteria(): Promise<CellValue[][] | undefined>;
  /**
   * Writes the add-in's sheets, emptying and reusing in place the ones an earlier run wrote (so
   * formulas pointing into them survive); never touches a sheet the add-in did not create.
   */
  writeSheets(specs: SheetSpec[], onProgress?: (p: WriteProgress) => void): Promise<WrittenSheet[]>;
  /** The values of the KAM Templates sheet (its used range); undefined when the workbook has none. */
  readTemplates(): Promise<CellValue[][] | undefined>;
  /** Whether the workbook has the add-in's sheet of that marker (KAM Team, written once). */
  hasSheet(marker: string): Promise<boolean>;
  /** Every plan marker in the workbook, with its sheet and its profile figures (PlanSheetInfo). */
  listPlans(): Promise<PlanSheetInfo[]>;
  /**
   * Writes only the named cells of existing plans (their profile figures and status notes), wherever
   * the user has moved them; returns the names no longer in the workbook, whose cells were not written.
   */
  updatePlans(updates: PlanUpdate[]): Promise<string[]>;
  /** Activates a sheet and selects a cell, for the links in the pane. */
  goTo(sheetName: string, address: string): Promise<void>;
}
