import type { SheetSpec, SheetCell } from "../../src/core/sheets/sheet-spec";
import { officeWorkbook } from "../../src/excel/office-workbook";
import type { KamWorkbook } from "../../src/excel/kam-workbook";
import { MARK_VALUE, markProperty } from "../../src/core/sheets/sheet-names";
import { ExcelHost, installExcelDouble, seedName } from "../../src/workbench/excel-double";

export interface Excel {
  host: ExcelHost;
  workbook: KamWorkbook;
}

/**
 * A fresh in-memory Excel behind the Office.js globals for each test, and the add-in's workbook on it.
 * Cell-edit retries wait 0 ms so tests stay fast.
 */
export function useExcel(displayLanguage = "en-US"): () => Excel {
  let current: Excel | undefined;
  let uninstall: (() => void) | undefined;
  beforeEach(() => {
    const host = new ExcelHost();
    uninstall = installExcelDouble(host, displayLanguage);
    current = { host, workbook: officeWorkbook({ cellEditWaitMs: 0 }) };
  });
  afterEach(() => uninstall?.());
  return () => {
    if (!current) throw new Error("useExcel() is only available inside a test");
    return current;
  };
}

/**
 * A sheet of the add-in's as a run of this version leaves it: its hidden marker name pointing at the
 * sheet and the document property that marks it (see isAddInMark).
 */
export function seedAddInMark(host: ExcelHost, marker: string, address: string): void {
  seedName(host, marker, address, false);
  host.model.setCustomProperty(markProperty(marker), MARK_VALUE);
}

/** Account names a user might have, including ones Excel would evaluate if written as they are. */
export const TRICKY_ACCOUNTS = [
  '=HYPERLINK("http://x","y")',
  "+1-555",
  "-5% off",
  "00123",
  "@home",
  "'quoted",
  "TRUE",
];

/**
 * A tier-like sheet built by hand: a title, a summary with formulas in the sales column, and a table of
 * `rows` accounts (account and region are text columns), with a Pareto chart, conditional formats, a
 * dropdown, a name, a link and frozen panes.
 */
export function tierSpec(
  rows: number,
  accounts: (i: number) => string = (i) => `Account ${i + 1}`
): SheetSpec {
  const header = 4;
  const first = header + 1;
  const last = header + rows;
  const table: SheetCell[][] = [["Account", "Region", "Sales", "Share", "Stars"]];
  for (let i = 0; i < rows; i++)
    table.push([accounts(i), `Region ${i % 7}`, 1000 * (rows - i), (rows - i) / rows, (i % 4) + 1]);
  return {
    kind: "tiers",
    name: "KAM Tiers",
    marker: "KAM_Tiers",
    blocks: [
      { at: "A1", rows: [["Key accounts"]] },
      {
        at: "A2",
        rows: [
          ["Total sales", null, { formula: `=SUM(C${first + 1}:C${last + 1})`, value: 0 }],
          ["Accounts", null, { formula: `=COUNTA(A${first + 1}:A${last + 1})`, value: rows }],
        ],
      },
      { at: `A${header + 1}`, rows: table },
    ],
    columns: [
      { index: 0, width: 24, text: true },
      { index: 1, width: 12, text: true },
      { index: 2, width: 14 },
    ],
    formats: [
      { ref: "A1", bold: true, fontSize: 14 },
      { ref: `C${first + 1}:C${last + 1}`, numberFormat: "#,##0" },
      { ref: `D${first + 1}:D${last + 1}`, numberFormat: "0.0%", horizontal: "right" },
    ],
    tables: [
      { name: "KAM_Tiers_Table", ref: `A${header + 1}:E${last + 1}`, style: "TableStyleMedium9" },
    ],
    conditionalFormats: [
      {
        ref: `E${first + 1}:E${last + 1}`,
        kind: "cellValue",
        operator: "equal",
        value: "4",
        fill: "#FFD966",
      },
      {
        ref: `E${first + 1}:E${last + 1}`,
        kind: "expression",
        formula: `=$E${first + 1}=1`,
        fontColor: "#999999",
      },
    ],
    charts: [
      {
        kind: "combo",
        title: "Pareto",
        categories: `A${first + 1}:A${Math.min(last, first + 29) + 1}`,
        series: [
          {
            name: "Sales",
            values: `C${first + 1}:C${Math.min(last, first + 29) + 1}`,
            type: "column",
          },
          {
            name: "Cumulative share",
            values: `D${first + 1}:D${Math.min(last, first + 29) + 1}`,
            type: "line",
            secondaryAxis: true,
          },
        ],
        from: "G1",
        to: "N3",
        secondaryAxisFormat: "0%",
      },
    ],
    validations: [{ ref: "B2", list: ["cover", "within"] }],
    names: [{ name: "KAM_Total", ref: "C2", comment: "total sales" }],
    links: [{ at: "A1", target: `'KAM Tiers'!A${first + 1}` }],
    freeze: { rows: header + 1, columns: 1 },
    tabColor: "#2F5597",
  };
}

/** A small second sheet, to write two specs in one run. */
export function criteriaSpec(): SheetSpec {
  return {
    kind: "criteria",
    name: "KAM Criteria",
    marker: "KAM_Criteria_Sheet",
    blocks: [
      {
        at: "A1",
        rows: [
          ["Criterion", "Value"],
          ["abcA", 0.7],
          ["abcB", 0.9],
        ],
      },
    ],
    columns: [{ index: 0, width: 20, text: true }],
    names: [{ name: "KAM_Criteria", ref: "A2:B3" }],
  };
}
