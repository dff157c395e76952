/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
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

// Issue 12: the pane's preview follows edits of the source table, through worksheet.onChanged.

const ROWS = [
  ["Customer", "Region", "Sales"],
  ["North Farm Supply", "North", 380000],
  ["River Seeds", "East", 260000],
  ["Hill Agro", "West", 90000],
];

let host: ExcelHost;
let uninstall: () => void;

beforeEach(() => {
  host = new ExcelHost();
  uninstall = installExcelDouble(host);
  seedSheet(host, "Customers", "A1", ROWS);
  seedSheet(host, "Other", "A1", [
    ["Customer", "Sales"],
    ["Lake Shop", 50000],
  ]);
  seedTable(host, "Customers!A1:C4", "Ledger");
  host.model.activate(host.model.requireSheet("Customers"));
  selectRange(host, "Customers!B2");
});
afterEach(() => uninstall());

/** The user types into a cell, as the workbench's grid puts it in the workbook. */
function type(sheetName: string, row: number, column: number, value: string | number) {
  const sheet = host.model.requireSheet(sheetName);
  sheet.cells.setContent(row, column, value);
  host.cellsChanged(sheet, { row, column, rows: 1, columns: 1 }, "Unknown");
}

function renderPane() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <KamPane workbook={officeWorkbook({ cellEditWaitMs: 0 })} flow={coreFlow} lang="en" />
    </FluentProvider>
  );
}

const preview = () => screen.getByRole("region", { name: /preview/i });

describe("the preview after edits to the source", () => {
  it("shows a name typed into the source table, read again once the edits pause", async () => {
    renderPane();
    await waitFor(() => expect(within(preview()).getByText("River Seeds")).toBeVisible());
    await waitFor(() => expect(host.changeHandlerCount).toBe(1));
    type("Customers", 2, 0, "River Seeds Ltd");
    type("Customers", 3, 0, "Hill Agro Co");
    expect(await within(preview()).findByText("River Seeds Ltd")).toBeVisible();
    expect(within(preview()).getByText("Hill Agro Co")).toBeVisible();
    expect(within(preview()).queryByText("River Seeds")).toBeNull();
  });

  it("ignores edits outside the source and stops watching when another source is picked", async () => {
    const { unmount } = renderPane();
    await waitFor(() => expect(within(preview()).getByText("River Seeds")).toBeVisible());
    await waitFor(() => expect(host.changeHandlerCount).toBe(1));
    const reads = host.syncCount;
    type("Customers", 10, 8, "a note far away");
    type("Other", 1, 0, "Lake Shop Two");
    // A change inside the source afterwards is read; the ones before it caused no read of their own.
    type("Customers", 1, 0, "North Farm");
    expect(await within(preview()).findByText("North Farm")).toBeVisible();
    const readsForOneEdit = host.syncCount - reads;

    const picker = screen.getByRole("combobox", { name: "Table or range" });
    await userEvent.setup().click(picker);
    await userEvent.setup().click(await screen.findByRole("option", { name: /^Other!/ }));
    await waitFor(() => expect(within(preview()).getByText("Lake Shop Two")).toBeVisible());
    // One handler: the one on the new source's sheet, the old one removed.
    await waitFor(() => expect(host.changeHandlerCount).toBe(1));
    const before = host.syncCount;
    type("Customers", 2, 0, "Not watched any more");
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(host.syncCount).toBe(before);
    expect(readsForOneEdit).toBeGreaterThan(0);

    unmount();
    await waitFor(() => expect(host.changeHandlerCount).toBe(0));
  });
});
