import { seedName, seedSheet, seedTable } from "../../src/workbench/excel-double";
import { criteriaSpec, tierSpec, useExcel } from "./fixtures";

const excel = useExcel();

const sheetNames = () => excel().host.model.sheets.map((s) => s.name);

/** Every formula and workbook name that Excel would show as #REF! (a reference into a deleted sheet). */
function refErrors(): string[] {
  const { model } = excel().host;
  const broken: string[] = [];
  for (const sheet of model.sheets) {
    const used = sheet.cells.usedRect(true);
    if (!used) continue;
    for (let r = used.row; r < used.row + used.rows; r++)
      for (let c = used.column; c < used.column + used.columns; c++)
        if (sheet.cells.formula(r, c)?.includes("#REF!")) broken.push(`${sheet.name}!${r},${c}`);
  }
  for (const item of model.names)
    if (item.ref?.sheet.deleted || item.formula?.includes("#REF!")) broken.push(item.name);
  return broken;
}

describe("re-running reuses only the add-in's own sheets", () => {
  it("reuses its sheet in place, so formulas that point into it keep working", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "Data", "A1", [["Account", "Sales"]]);
    await workbook.writeSheets([criteriaSpec(), tierSpec(10)]);
    // The user's own work, pointing into the tier sheet: formulas and a name.
    seedSheet(host, "Notes", "A1", [["='KAM Tiers'!A5", "=VLOOKUP(A2,'KAM Tiers'!A:L,8,FALSE)"]]);
    seedName(host, "MyPick", "'KAM Tiers'!C6");
    const tiers = host.model.requireSheet("KAM Tiers");
    const { id } = tiers;
    host.resetStats();

    const written = await workbook.writeSheets([criteriaSpec(), tierSpec(20)]);

    expect(written.map((w) => w.name)).toEqual(["KAM Criteria", "KAM Tiers"]);
    expect(sheetNames()).toEqual(["Data", "KAM Criteria", "KAM Tiers", "Notes"]);
    // The same sheet, never deleted: what pointed into it still does.
    expect(host.model.requireSheet("KAM Tiers")).toBe(tiers);
    expect(tiers.id).toBe(id);
    expect(tiers.deleted).toBe(false);
    const notes = host.model.requireSheet("Notes").cells;
    expect([notes.formula(0, 0), notes.formula(0, 1)]).toEqual([
      "='KAM Tiers'!A5",
      "=VLOOKUP(A2,'KAM Tiers'!A:L,8,FALSE)",
    ]);
    expect(host.model.name("MyPick")?.ref?.sheet).toBe(tiers);
    expect(refErrors()).toEqual([]);
    expect(tiers.cells.value(4 + 20, 0)).toBe("Account 20");
    // survey (2) + criteria (prepare, values, formats) + tiers (prepare, values, formats, chart):
    // as many as when the sheet was deleted and added again.
    expect(host.syncCount).toBeLessThanOrEqual(9);
    expect(host.requests.every((r) => r.failed === undefined)).toBe(true);
  });

  it("keeps the name the user gave its sheet, and its place", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "Data", "A1", [["Account", "Sales"]]);
    await workbook.writeSheets([criteriaSpec(), tierSpec(10)]);
    host.model.addSheet("Notes");
    seedSheet(host, "Notes", "A1", [["='KAM Tiers'!A5"]]);
    host.model.renameSheet(host.model.requireSheet("KAM Tiers"), "My tiers");
    host.model.moveSheet(host.model.requireSheet("My tiers"), 0);
    const tiers = host.model.requireSheet("My tiers");

    const written = await workbook.writeSheets([criteriaSpec(), tierSpec(20)]);

    expect(written.map((w) => w.name)).toEqual(["KAM Criteria", "My tiers"]);
    expect(sheetNames()).toEqual(["My tiers", "Data", "KAM Criteria", "Notes"]);
    expect(host.model.requireSheet("My tiers")).toBe(tiers);
    expect(host.model.requireSheet("Notes").cells.formula(0, 0)).toBe("='My tiers'!A5");
    expect(refErrors()).toEqual([]);
    expect(tiers.cells.value(4 + 20, 0)).toBe("Account 20");
    // One marker per sheet, still hidden, on the same sheet; the sheet's own names point at it.
    const marker = host.model.name("KAM_Tiers");
    expect(marker?.visible).toBe(false);
    expect(marker?.ref).toEqual({ sheet: tiers, rect: { row: 0, column: 0, rows: 1, columns: 1 } });
    expect(host.model.names.filter((n) => n.name === "KAM_Tiers")).toHaveLength(1);
    expect(host.model.name("KAM_Total")?.ref?.sheet).toBe(tiers);
    expect(host.model.name("KAM_Criteria")?.ref?.sheet).toBe(
      host.model.requireSheet("KAM Criteria")
    );
    expect(host.model.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["KAM_Tiers_Table", "My tiers"],
    ]);
  });

  it("removes everything the last run put there before writing", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "Data", "A1", [["x"]]);
    await workbook.writeSheets([tierSpec(30)]);
    const tiers = host.model.requireSheet("KAM Tiers");
    tiers.cells.setContent(0, 9, "stale");
    tiers.cells.setStyle(200, 3, { fill: "#FF0000" });
    const bare = {
      ...tierSpec(5),
      tables: [],
      charts: [],
      conditionalFormats: [],
      validations: [],
      links: [],
      formats: [],
      freeze: undefined,
    };

    await workbook.writeSheets([bare]);

    expect(host.model.requireSheet("KAM Tiers")).toBe(tiers);
    expect(tiers.cells.usedRect(false)).toEqual({ row: 0, column: 0, rows: 4 + 6, columns: 5 });
    expect(tiers.cells.value(4 + 30, 0)).toBeUndefined();
    expect(tiers.cells.numberFormat(4 + 30, 2)).toBe("General");
    expect(tiers.cells.style(0, 0)).toEqual({});
    expect(host.model.tables).toEqual([]);
    expect(tiers.charts).toEqual([]);
    expect(tiers.conditionalFormats).toEqual([]);
    expect(tiers.validations).toEqual([]);
    expect(tiers.hyperlinks.size).toBe(0);
    expect(tiers.freeze).toEqual({ rows: 0, columns: 0 });
  });

  it("writes its objects afresh, under the same names, without the last run's", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "Data", "A1", [["x"]]);
    await workbook.writeSheets([tierSpec(30)]);
    const tiers = host.model.requireSheet("KAM Tiers");

    await workbook.writeSheets([tierSpec(5)]);

    expect(host.model.tables.map((t) => [t.name, t.sheet, t.rect])).toEqual([
      ["KAM_Tiers_Table", tiers, { row: 4, column: 0, rows: 6, columns: 5 }],
    ]);
    expect(tiers.charts).toHaveLength(1);
    expect(tiers.charts[0].series[0].values?.rect.rows).toBe(5);
    expect(tiers.conditionalFormats.map((f) => f.rect.rows)).toEqual([5, 5]);
    expect(tiers.validations).toHaveLength(1);
    expect(tiers.hyperlinks.size).toBe(1);
    expect(tiers.freeze).toEqual({ rows: 5, columns: 1 });
    expect(tiers.cells.value(4 + 6, 0)).toBeUndefined();
    expect(tiers.cells.numberFormat(4 + 30, 2)).toBe("General");
  });

  it("leaves a user's sheet with the same name alone and picks a new name", async () => {
    const { host, workbook } = excel();
    const mine = seedSheet(host, "KAM Tiers", "A1", [["my own notes"], ["more"]]);
    seedTable(host, "'KAM Tiers'!A1:A2", "MyNotes");
    mine.freeze = { rows: 1, columns: 0 };

    const [first] = await workbook.writeSheets([tierSpec(5)]);
    const ours = host.model.requireSheet("KAM Tiers (2)");
    host.resetStats();
    const [second] = await workbook.writeSheets([tierSpec(6)]);

    expect(first.name).toBe("KAM Tiers (2)");
    expect(second.name).toBe("KAM Tiers (2)");
    expect(sheetNames()).toEqual(["KAM Tiers", "KAM Tiers (2)"]);
    expect(host.model.requireSheet("KAM Tiers")).toBe(mine);
    expect(host.model.requireSheet("KAM Tiers (2)")).toBe(ours);
    expect(mine.cells.value(0, 0)).toBe("my own notes");
    expect(mine.cells.value(1, 0)).toBe("more");
    expect(mine.freeze).toEqual({ rows: 1, columns: 0 });
    expect(host.model.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["MyNotes", "KAM Tiers"],
      ["KAM_Tiers_Table", "KAM Tiers (2)"],
    ]);
    expect(ours.cells.value(4 + 6, 0)).toBe("Account 6");
    // survey (2) + prepare, values, formats, chart
    expect(host.syncCount).toBeLessThanOrEqual(6);
  });

  it("takes the spec's name back when the user's sheet of that name is gone", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "KAM Tiers", "A1", [["mine"]]);
    seedSheet(host, "Data", "A1", [["x"]]);
    await workbook.writeSheets([tierSpec(3)]);
    const ours = host.model.requireSheet("KAM Tiers (2)");
    host.model.deleteSheet(host.model.requireSheet("KAM Tiers"));

    const [written] = await workbook.writeSheets([tierSpec(3)]);

    expect(written.name).toBe("KAM Tiers");
    expect(sheetNames()).toEqual(["Data", "KAM Tiers"]);
    // The same sheet, renamed: formulas and names follow a rename.
    expect(host.model.requireSheet("KAM Tiers")).toBe(ours);
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
    expect(before?.ref).toEqual({
      sheet: criteria,
      rect: { row: 1, column: 0, rows: 2, columns: 2 },
    });
    expect(host.model.name("KAM_Criteria_Sheet")).toBe(marker);
    expect(marker).toMatchObject({ visible: false, ref: { sheet: criteria } });
  });

  it("replaces its names where Excel cannot re-point them (before ExcelApi 1.7)", async () => {
    const { host, workbook } = excel();
    host.excelApi = "1.6";
    seedSheet(host, "Data", "A1", [["x"]]);
    // Without document properties (ExcelApi 1.7) the hidden name and the sheet's title mark it.
    const spec = criteriaSpec();
    spec.blocks[0].rows[0] = ["KAM criteria", null];
    await workbook.writeSheets([spec]);
    expect(host.model.customProperties).toEqual([]);
    await workbook.writeSheets([spec]);
    expect(sheetNames()).toEqual(["Data", "KAM Criteria"]);
    expect(host.model.names.map((n) => [n.name, n.ref?.sheet.name, n.visible])).toEqual([
      ["KAM_Criteria_Sheet", "KAM Criteria", false],
      ["KAM_Criteria", "KAM Criteria", true],
    ]);
  });
});
