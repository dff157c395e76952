import { touchesSource, watchSource } from "../../src/excel/source-watch";
import type { WorksheetChangedArgs } from "../../src/workbench/excel-double/host";
import { ExcelHost, installExcelDouble, seedSheet } from "../../src/workbench/excel-double";

// worksheet.onChanged in the Excel double, and the pane's watch of its source (issue 12).

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => {
  host = new ExcelHost();
  uninstall = installExcelDouble(host);
  seedSheet(host, "Data", "A1", [
    ["Customer", "Sales"],
    ["A", 1],
  ]);
  seedSheet(host, "Notes", "A1", [["x"]]);
});
afterEach(() => uninstall());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("worksheet.onChanged in the double", () => {
  it("tells a sheet's handlers of a request's writes after the sync, and stops once removed", async () => {
    const seen: WorksheetChangedArgs[] = [];
    const added = await Excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem("Data").onChanged.add(async (event) => {
        seen.push(event as unknown as WorksheetChangedArgs);
      });
      await context.sync();
      return result;
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2:B3").values = [[5], [6]];
      context.workbook.worksheets.getItem("Notes").getRange("A1").values = [["y"]];
      await context.sync();
    });
    await settle();
    expect(seen.map((e) => [e.address, e.triggerSource, e.type])).toEqual([
      ["B2:B3", "ThisLocalAddin", "WorksheetChanged"],
    ]);
    expect(seen[0].worksheetId).toBe(host.model.requireSheet("Data").id);

    await Excel.run(added.context, async (context) => {
      added.remove();
      await context.sync();
    });
    expect(host.changeHandlerCount).toBe(0);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").values = [["B"]];
      await context.sync();
    });
    await settle();
    expect(seen).toHaveLength(1);
  });

  it("adds nothing before the sync, as Office.js queues the registration", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").onChanged.add(async () => undefined);
      expect(host.changeHandlerCount).toBe(0);
      await context.sync();
      expect(host.changeHandlerCount).toBe(1);
    });
  });
});

describe("the pane's watch of its source", () => {
  const table = { sheetName: "Data", rect: { row: 3, column: 0, rows: 38, columns: 9 } };

  it("counts changes inside the source, and for a table the row below it", () => {
    expect(touchesSource({ ...table, kind: "range" }, "C10")).toBe(true);
    expect(touchesSource({ ...table, kind: "range" }, "H2:J5")).toBe(true);
    expect(touchesSource({ ...table, kind: "range" }, "A3")).toBe(false);
    expect(touchesSource({ ...table, kind: "range" }, "J10")).toBe(false);
    expect(touchesSource({ ...table, kind: "range" }, "A42")).toBe(false);
    expect(touchesSource({ ...table, kind: "table" }, "A42")).toBe(true);
    expect(touchesSource({ ...table, kind: "table" }, "A43")).toBe(false);
    expect(touchesSource({ ...table, kind: "range" }, "5:5")).toBe(true);
  });

  it("calls back for the user's edits of the source and removes its handler when stopped", async () => {
    const calls: number[] = [];
    const stop = await watchSource(
      { sheetName: "Data", rect: { row: 0, column: 0, rows: 2, columns: 2 }, kind: "range" },
      () => calls.push(calls.length)
    );
    const sheet = host.model.requireSheet("Data");
    host.cellsChanged(sheet, { row: 1, column: 1, rows: 1, columns: 1 }, "Unknown");
    host.cellsChanged(sheet, { row: 5, column: 1, rows: 1, columns: 1 }, "Unknown");
    await settle();
    expect(calls).toHaveLength(1);
    await stop();
    await stop();
    expect(host.changeHandlerCount).toBe(0);
  });

  it("watches nothing in an Excel without ExcelApi 1.7", async () => {
    host.excelApi = "1.6";
    const stop = await watchSource({ ...table, kind: "range" }, () => undefined);
    expect(host.changeHandlerCount).toBe(0);
    await stop();
  });
});
