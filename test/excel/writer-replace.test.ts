import { seedSheet } from "../support/excel-double";
import { criteriaSpec, tierSpec, useExcel } from "./fixtures";

const excel = useExcel();

const sheetNames = () => excel().host.model.sheets.map((s) => s.name);

describe("re-running replaces only the add-in's own sheets", () => {
  it("replaces its sheet in place, found by its marker after the user renamed it", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "Data", "A1", [["Account", "Sales"]]);
    await workbook.writeSheets([criteriaSpec(), tierSpec(10)]);
    host.model.addSheet("Notes");
    host.model.renameSheet(host.model.requireSheet("KAM Tiers"), "My tiers");
    host.model.requireSheet("My tiers").cells.setContent(0, 9, "stale");

    const written = await workbook.writeSheets([criteriaSpec(), tierSpec(20)]);

    expect(written.map((w) => w.name)).toEqual(["KAM Criteria", "KAM Tiers"]);
    expect(sheetNames()).toEqual(["Data", "KAM Criteria", "KAM Tiers", "Notes"]);
    const tiers = host.model.requireSheet("KAM Tiers");
    expect(tiers.cells.value(0, 9)).toBeUndefined();
    expect(tiers.cells.value(4 + 20, 0)).toBe("Account 20");
    // One marker per sheet, still hidden, pointing at the new sheet; the sheet's own names are new too.
    const marker = host.model.name("KAM_Tiers");
    expect(marker?.visible).toBe(false);
    expect(marker?.ref?.sheet).toBe(tiers);
    expect(host.model.names.filter((n) => n.name === "KAM_Tiers")).toHaveLength(1);
    expect(host.model.name("KAM_Criteria")?.ref?.sheet).toBe(
      host.model.requireSheet("KAM Criteria")
    );
    expect(host.model.tables.map((t) => t.name)).toEqual(["KAM_Tiers_Table"]);
  });

  it("leaves a user's sheet with the same name alone and picks a new name", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "KAM Tiers", "A1", [["my own notes"]]);

    const [first] = await workbook.writeSheets([tierSpec(5)]);
    const [second] = await workbook.writeSheets([tierSpec(6)]);

    expect(first.name).toBe("KAM Tiers (2)");
    expect(second.name).toBe("KAM Tiers (2)");
    expect(sheetNames()).toEqual(["KAM Tiers", "KAM Tiers (2)"]);
    expect(host.model.requireSheet("KAM Tiers").cells.value(0, 0)).toBe("my own notes");
    expect(host.model.requireSheet("KAM Tiers (2)").cells.value(4 + 6, 0)).toBe("Account 6");
  });

  it("takes the spec's name back when the user's sheet of that name is gone", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "KAM Tiers", "A1", [["mine"]]);
    seedSheet(host, "Data", "A1", [["x"]]);
    await workbook.writeSheets([tierSpec(3)]);
    host.model.deleteSheet(host.model.requireSheet("KAM Tiers"));

    const [written] = await workbook.writeSheets([tierSpec(3)]);

    expect(written.name).toBe("KAM Tiers");
    expect(sheetNames()).toEqual(["Data", "KAM Tiers"]);
  });

  it("works when the add-in's sheet is the only one left", async () => {
    const { host, workbook } = excel();
    host.model.addSheet("Sheet1");
    await workbook.writeSheets([tierSpec(3)]);
    host.model.deleteSheet(host.model.requireSheet("Sheet1"));
    expect(sheetNames()).toEqual(["KAM Tiers"]);

    await workbook.writeSheets([tierSpec(4)]);

    expect(sheetNames()).toEqual(["KAM Tiers"]);
    expect(host.model.requireSheet("KAM Tiers").cells.value(4 + 4, 0)).toBe("Account 4");
  });

  it("writes a new sheet when the user deleted the add-in's (its marker is #REF!)", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "Data", "A1", [["x"]]);
    await workbook.writeSheets([tierSpec(3)]);
    host.model.deleteSheet(host.model.requireSheet("KAM Tiers"));

    await workbook.writeSheets([tierSpec(3)]);

    expect(sheetNames()).toEqual(["Data", "KAM Tiers"]);
    expect(host.model.names.filter((n) => n.name === "KAM_Tiers")).toHaveLength(1);
    expect(host.model.name("KAM_Tiers")?.ref?.sheet.deleted).toBe(false);
  });

  it("gives its table another name when a user's table already has it", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "Data", "A1", [["Account"], ["x"]]);
    host.model.renameTable(
      host.model.addTable({
        sheet: host.model.requireSheet("Data"),
        rect: { row: 0, column: 0, rows: 2, columns: 1 },
        style: "",
        showTotals: false,
      }),
      "KAM_Tiers_Table"
    );

    await workbook.writeSheets([tierSpec(3)]);

    expect(host.model.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["KAM_Tiers_Table", "Data"],
      ["KAM_Tiers_Table_2", "KAM Tiers"],
    ]);
  });

  it("re-points its workbook names, so formulas using KAM_Criteria never see it missing", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "Data", "A1", [["x"]]);
    await workbook.writeSheets([criteriaSpec()]);
    const before = host.model.name("KAM_Criteria");
    const marker = host.model.name("KAM_Criteria_Sheet");

    await workbook.writeSheets([criteriaSpec()]);

    const criteria = host.model.requireSheet("KAM Criteria");
    expect(host.model.name("KAM_Criteria")).toBe(before);
    expect(before?.ref).toEqual({ sheet: criteria, rect: { row: 1, column: 0, rows: 2, columns: 2 } });
    expect(host.model.name("KAM_Criteria_Sheet")).toBe(marker);
    expect(marker).toMatchObject({ visible: false, ref: { sheet: criteria } });
  });

  it("replaces its names where Excel cannot re-point them (before ExcelApi 1.7)", async () => {
    const { host, workbook } = excel();
    host.excelApi = "1.6";
    seedSheet(host, "Data", "A1", [["x"]]);
    await workbook.writeSheets([criteriaSpec()]);
    await workbook.writeSheets([criteriaSpec()]);
    expect(host.model.names.map((n) => [n.name, n.ref?.sheet.name, n.visible])).toEqual([
      ["KAM_Criteria_Sheet", "KAM Criteria", false],
      ["KAM_Criteria", "KAM Criteria", true],
    ]);
  });
});
