import { seedName, seedSheet, seedTable, selectRange } from "../../src/workbench/excel-double";
import { coreFlow } from "../../src/taskpane/flow";
import { criteriaSpec, tierSpec, useExcel } from "./fixtures";

const excel = useExcel();

const CUSTOMERS = [
  ["Customer", "Sales", "Region"],
  ["Shop A", 120, "North"],
  ["Shop B", 80, "South"],
  ["Shop C", 40, "North"],
];

function workbookWithData() {
  const { host } = excel();
  seedSheet(host, "Notes", "A1", [["just a note"]]);
  seedSheet(host, "Data", "B3", CUSTOMERS);
  seedSheet(host, "Data", "H1", [["an unrelated cell"]]);
  return host;
}

describe("finding the source around the cursor", () => {
  it("takes the selection when it covers more than one cell", async () => {
    const host = workbookWithData();
    selectRange(host, "Data!B3:C5");
    const source = await excel().workbook.detectSource();
    expect(source).toMatchObject({
      kind: "range",
      id: "Data!B3:C5",
      sheetName: "Data",
      firstRow: 3,
      firstColumn: 2,
    });
    expect(source.values).toEqual([
      ["Customer", "Sales"],
      ["Shop A", 120],
      ["Shop B", 80],
    ]);
  });

  it("trims a whole-column selection to the cells in use", async () => {
    const host = workbookWithData();
    selectRange(host, "Data!B:C");
    const source = await excel().workbook.detectSource();
    expect(source.id).toBe("Data!B1:C6");
  });

  it("takes the table the cursor is in", async () => {
    const host = workbookWithData();
    seedTable(host, "Data!B3:D6", "Customers");
    selectRange(host, "Data!C5");
    const source = await excel().workbook.detectSource();
    expect(source).toMatchObject({
      kind: "table",
      id: "Customers",
      label: "Customers",
      address: "Data!B3:D6",
    });
    expect(source.values).toEqual(CUSTOMERS);
  });

  it("takes the current region around a cell outside any table", async () => {
    const host = workbookWithData();
    selectRange(host, "Data!C4");
    const source = await excel().workbook.detectSource();
    expect(source).toMatchObject({ kind: "range", id: "Data!B3:D6", firstRow: 3, firstColumn: 2 });
    expect(source.values).toEqual(CUSTOMERS);
  });

  it("falls back to the used range from a blank cell with nothing around it", async () => {
    const host = workbookWithData();
    selectRange(host, "Data!F10");
    const source = await excel().workbook.detectSource();
    expect(source.id).toBe("Data!B1:H6");
  });

  it("says there is no data on an empty sheet, in the pane's words", async () => {
    const { host, workbook } = excel();
    host.model.addSheet("Empty");
    await expect(workbook.detectSource()).rejects.toMatchObject({
      name: "OfficeWorkbookError",
      messageKey: "noData",
    });
  });

  it("quotes sheet names in ids and reads them back", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "客户 list", "A1", CUSTOMERS);
    selectRange(host, "'客户 list'!A2");
    const detected = await workbook.detectSource();
    expect(detected.id).toBe("'客户 list'!A1:C4");
    expect((await workbook.readSource(detected.id)).values).toEqual(CUSTOMERS);
  });
});

describe("listing and reading sources", () => {
  it("lists tables and used ranges, leaving out the add-in's own sheets even when renamed", async () => {
    const host = workbookWithData();
    seedTable(host, "Data!B3:D6", "Customers");
    const { workbook } = excel();
    await workbook.writeSheets([criteriaSpec(), tierSpec(5)]);
    host.model.renameSheet(host.model.requireSheet("KAM Tiers"), "Renamed tiers");
    host.model.addSheet("Blank");

    const sources = await workbook.listSources();

    expect(sources).toEqual([
      { id: "Customers", label: "Customers", kind: "table" },
      { id: "Notes!A1", label: "Notes!A1", kind: "range" },
      { id: "Data!B1:H6", label: "Data!B1:H6", kind: "range" },
    ]);
  });

  it("reads a table or a range by id, and says when it has gone", async () => {
    const host = workbookWithData();
    seedTable(host, "Data!B3:D6", "Customers");
    const { workbook } = excel();
    expect((await workbook.readSource("Customers")).values).toEqual(CUSTOMERS);
    expect((await workbook.readSource("Data!B4:C4")).values).toEqual([["Shop A", 120]]);
    await expect(workbook.readSource("Gone")).rejects.toMatchObject({ messageKey: "itemNotFound" });
    await expect(workbook.readSource("Gone!A1:B2")).rejects.toMatchObject({
      messageKey: "itemNotFound",
    });
  });

  it("reads the saved criteria from the KAM_Criteria name, or nothing", async () => {
    const { host, workbook } = excel();
    host.model.addSheet("Sheet1");
    expect(await workbook.readCriteria()).toBeUndefined();
    await workbook.writeSheets([criteriaSpec()]);
    expect(await workbook.readCriteria()).toEqual([
      ["abcA", 0.7],
      ["abcB", 0.9],
    ]);
    seedSheet(host, "Old", "A1", [[1]]);
    host.model.deleteName(host.model.name("KAM_Criteria")!);
    seedName(host, "KAM_Criteria", "Old!A1");
    expect(await workbook.readCriteria()).toEqual([[1]]);
  });

  it("goes to a sheet and a cell", async () => {
    const host = workbookWithData();
    await excel().workbook.goTo("Notes", "A1");
    expect(host.model.activeSheet?.name).toBe("Notes");
    expect(host.model.selection?.rect).toEqual({ row: 0, column: 0, rows: 1, columns: 1 });
    await expect(excel().workbook.goTo("Gone", "A1")).rejects.toMatchObject({
      messageKey: "itemNotFound",
    });
  });
});

describe("what the values alone do not say", () => {
  it("reads which numbers are shown as dates, so a date in the sales column is a data problem", async () => {
    const host = workbookWithData();
    const data = host.model.requireSheet("Data");
    // C5 is Shop B's sales (row 5, column C): typed as 2024-01-05, stored as 45296.
    seedSheet(host, "Data", "C5", [[45296]]);
    data.cells.setNumberFormat(4, 2, "yyyy-mm-dd");
    selectRange(host, "Data!B4");
    const source = await excel().workbook.detectSource();
    expect(source.dateCells).toEqual(["2:1"]);
    const detected = coreFlow.detectColumns(source.values);
    const table = coreFlow.readCustomers(source, detected!, "en");
    expect(table.rows.map((r) => r.account)).toEqual(["Shop A", "Shop C"]);
    expect(table.problems).toContainEqual({ kind: "dateSales", rows: [5] });
  });
});
