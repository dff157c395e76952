/** @jest-environment jsdom */
import "../taskpane/setup";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { problemText } from "../../src/core/table/problem-text";
import { officeWorkbook } from "../../src/excel/office-workbook";
import { KamPane } from "../../src/taskpane/components/KamPane";
import { coreFlow } from "../../src/taskpane/flow";
import {
  ExcelHost,
  installExcelDouble,
  seedSheet,
  seedTable,
  selectRange,
} from "../../src/workbench/excel-double";

// Issue 9's leftover, in issue 12: the pane says which rows of the source are hidden, in the words
// the command line uses, read through Range.rowHidden and Range.getVisibleView.

const ROWS = [
  ["Customer", "Region", "Sales"],
  ["North Farm Supply", "North", 380000],
  ["River Seeds", "East", 260000],
  ["Hill Agro", "West", 90000],
  ["Lake Shop", "South", 50000],
];

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => {
  host = new ExcelHost();
  uninstall = installExcelDouble(host);
  seedSheet(host, "Customers", "A3", ROWS);
  seedTable(host, "Customers!A3:C7", "Ledger");
  host.model.activate(host.model.requireSheet("Customers"));
  selectRange(host, "Customers!B4");
});
afterEach(() => uninstall());

async function hide(address: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Customers").getRange(address).rowHidden = true;
    await context.sync();
  });
}

describe("hidden rows of the source", () => {
  it("are read through Office.js as indexes within the source, and reported with their sheet rows", async () => {
    await hide("A5");
    await hide("A7");
    const workbook = officeWorkbook({ cellEditWaitMs: 0 });
    const source = await workbook.detectSource();
    expect(source.hiddenRows).toEqual([2, 4]);
    const detected = coreFlow.detectColumns(source.values)!;
    const table = coreFlow.readCustomers(source, detected, "en");
    expect(table.problems).toContainEqual({ kind: "hiddenRows", rows: [5, 7] });
    // Hidden rows are still read and counted.
    expect(table.rows).toHaveLength(4);
  });

  it("are none, with one question only, when no row is hidden", async () => {
    await hide("A20");
    const workbook = officeWorkbook({ cellEditWaitMs: 0 });
    const before = host.syncCount;
    const source = await workbook.readSource("Ledger");
    expect(source.hiddenRows).toEqual([]);
    // The table's location, the values with their formats, and rowHidden: no visible view read.
    expect(host.syncCount - before).toBeLessThanOrEqual(4);
  });

  it("are not asked about in an Excel without ExcelApi 1.3", async () => {
    await hide("A5");
    host.excelApi = "1.2";
    const source = await officeWorkbook({ cellEditWaitMs: 0 }).detectSource();
    expect(source.hiddenRows).toEqual([]);
  });

  it("are shown in the pane with the command line's words, in both languages", async () => {
    await hide("A6");
    for (const lang of ["en", "zh-CN"] as const) {
      const { unmount } = render(
        <FluentProvider theme={webLightTheme}>
          <KamPane workbook={officeWorkbook({ cellEditWaitMs: 0 })} flow={coreFlow} lang={lang} />
        </FluentProvider>
      );
      const words = problemText({ kind: "hiddenRows", rows: [6] }, lang);
      expect(await screen.findByText(words)).toBeVisible();
      unmount();
    }
  });
});
