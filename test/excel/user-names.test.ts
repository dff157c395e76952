/**
 * The Office.js writer and the user's own names: a name such as KAM_Tiers is no proof that a sheet is
 * the add-in's. Its sheets are those its document property marks (or, written by an earlier version,
 * a hidden name on a sheet with its title); a user's sheet is never written to and their names never
 * re-pointed.
 */
import { MARK_VALUE, markProperty } from "../../src/core/sheets/sheet-names";
import { OfficeWorkbookError } from "../../src/excel/office-errors";
import { seedName, seedSheet } from "../../src/workbench/excel-double";
import { criteriaSpec, tierSpec, useExcel } from "./fixtures";

const excel = useExcel();
const NOTES = [["my own notes"], ["keep these"]];

function userSheet() {
  const { host } = excel();
  seedSheet(host, "Data", "A1", [["Account", "Sales"]]);
  seedSheet(host, "Notes", "A1", NOTES);
  return host;
}

const notes = () => excel().host.model.requireSheet("Notes").cells.usedRect(true);

describe("the Office.js writer never writes over the user's sheet that a marker name points at", () => {
  it.each([
    ["KAM_Tiers", true],
    ["KAM_Criteria_Sheet", true],
    // A hidden name alone (a macro can make one) is no mark either, when the sheet is not one it wrote.
    ["KAM_Tiers", false],
  ])("stops before writing anything when %s (visible: %s) is the user's", async (name, visible) => {
    const host = userSheet();
    seedName(host, name, "Notes!A1", visible);
    const before = notes();
    const error = await excel()
      .workbook.writeSheets([criteriaSpec(), tierSpec(3)])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeWorkbookError);
    expect((error as OfficeWorkbookError).messageKey).toBe("nameTaken");
    expect((error as OfficeWorkbookError).detail).toBe(`${name} → 'Notes'`);
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Data", "Notes"]);
    expect(notes()).toEqual(before);
    expect(host.model.requireSheet("Notes").cells.value(0, 0)).toBe("my own notes");
    expect(host.model.names.map((n) => [n.name, n.ref?.sheet.name, n.visible])).toEqual([
      [name, "Notes", visible],
    ]);
    expect(host.model.customProperties).toEqual([]);
  });

  it("marks its sheets with document properties, and knows them by those when the names lose their hidden flag", async () => {
    const host = userSheet();
    const { workbook } = excel();
    await workbook.writeSheets([criteriaSpec(), tierSpec(3)]);
    expect(host.model.customProperties.map((p) => [p.key, p.value])).toEqual([
      [markProperty("KAM_Criteria_Sheet"), MARK_VALUE],
      [markProperty("KAM_Tiers"), MARK_VALUE],
    ]);
    // As LibreOffice saves a workbook: every name visible.
    for (const name of host.model.names) name.visible = true;
    await workbook.writeSheets([criteriaSpec(), tierSpec(5)]);
    expect(host.model.sheets.map((s) => s.name)).toEqual([
      "Data",
      "Notes",
      "KAM Criteria",
      "KAM Tiers",
    ]);
    expect(host.model.customProperties).toHaveLength(2);
  });

  it("takes a sheet an earlier version wrote (hidden name, its title in A1) for its own and marks it", async () => {
    const host = userSheet();
    seedSheet(host, "KAM Tiers", "A1", [["KAM 客户分级：按销售额找出重点客户"], ["old figures"]]);
    seedName(host, "KAM_Tiers", "'KAM Tiers'!A1", false);
    await excel().workbook.writeSheets([tierSpec(3)]);
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Data", "Notes", "KAM Tiers"]);
    expect(host.model.requireSheet("KAM Tiers").cells.value(0, 0)).toBe("Key accounts");
    expect(host.model.customProperty(markProperty("KAM_Tiers"))?.value).toBe(MARK_VALUE);
  });

  it("reads the user's own KAM_Criteria and never re-points it", async () => {
    const host = userSheet();
    seedSheet(host, "Settings", "A1", [["abcA", 0.8]]);
    seedName(host, "KAM_Criteria", "Settings!A1:B1");
    const { workbook } = excel();
    await workbook.writeSheets([criteriaSpec()]);
    const name = host.model.name("KAM_Criteria");
    expect([name?.ref?.sheet.name, name?.visible]).toEqual(["Settings", true]);
    expect(await workbook.readCriteria()).toEqual([["abcA", 0.8]]);
    expect(host.model.requireSheet("KAM Criteria")).toBeDefined();
  });

  it("re-points KAM_Criteria at its criteria sheet when the name points into it already", async () => {
    const host = userSheet();
    const { workbook } = excel();
    await workbook.writeSheets([criteriaSpec()]);
    host.model.renameSheet(host.model.requireSheet("KAM Criteria"), "Our criteria");
    await workbook.writeSheets([criteriaSpec()]);
    expect(host.model.name("KAM_Criteria")?.ref?.sheet.name).toBe("Our criteria");
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Data", "Notes", "Our criteria"]);
  });

  it("never takes the user's KAM_Plan_3 or KAM_Templates for the add-in's", async () => {
    const host = userSheet();
    seedName(host, "KAM_Plan_3", "Notes!A1");
    seedName(host, "KAM_Templates", "Notes!A2", false);
    const { workbook } = excel();
    expect(await workbook.listPlans()).toEqual([{ marker: "KAM_Plan_3", filled: {} }]);
    expect(await workbook.readTemplates()).toBeUndefined();
  });
});
