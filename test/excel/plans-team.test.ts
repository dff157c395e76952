/**
 * KAM Team on the in-memory Excel, through the pane's own code: written with the first plans, its
 * roster offered by the plans' person dropdowns, and kept as the user typed it on the next generation.
 */
import { TEAM_NAMES } from "../../src/core/plans/plan-names";
import { taskColumn } from "../../src/core/plans/plan-layout";
import { teamText } from "../../src/core/plans/team-text";
import { ExcelHost, installExcelDouble, seedSheet } from "../../src/workbench/excel-double";
import { WorkbenchHost } from "../../src/workbench/host/workbench-host";
import { listValues } from "../../src/workbench/grid/cell-rules";
import { analyse, named, plan, rowValues } from "./plans-support";
import { sheetNames } from "../../src/core/sheets/sheet-names";

const CUSTOMERS = [
  ["Customer", "Region", "Sales", "Credit limit", "Balance", "Days overdue", "Business philosophy"],
  ["North Farm Supply", "North", 400000, 200000, 120000, 10, 5],
  ["River Seeds", "East", 260000, 150000, 40000, 0, 4],
  ["Hill Agro", "West", 90000, 50000, 10000, 0, 4],
  ["Lake Shop", "South", 50000, 20000, 5000, 0, 2],
];

const TODAY = "2025-03-01";
let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => {
  host = new ExcelHost();
  uninstall = installExcelDouble(host, "en-US");
  seedSheet(host, "Customers", "A1", CUSTOMERS);
});
afterEach(() => uninstall());

test.each(["en", "zh-CN"] as const)(
  "KAM Team in %s: the roster, its names, the workload formulas and the plans' dropdowns",
  async (lang) => {
    const analysis = await analyse(host, lang, "Customers!A2");
    await plan(host, lang, analysis, ["North Farm Supply"], TODAY);
    const team = host.model.requireSheet(sheetNames(lang).team);
    const text = teamText(lang);
    expect(team.cells.value(0, 0)).toBe(text.title);
    expect(host.model.name("KAM_Team")?.visible).toBe(false);
    const people = named(host, TEAM_NAMES.people);
    expect(people.sheet).toBe(team);
    expect(rowValues(team, people.row, 3)[0]).toBe(
      text.placeholder(lang === "en" ? "KA manager" : "大客户经理")
    );
    expect(team.cells.formula(people.row, 4)).toMatch(
      /^=IF\(INDEX\(KAM_Team_People,1\)="","",IFERROR\(SUMIFS\(KAM_Plan_1_Workload,/
    );
    expect(team.conditionalFormats).toHaveLength(1);

    const sheet = host.model.requireSheet(`${sheetNames(lang).planPrefix}North Farm Supply`);
    const person = sheet.validations.find(
      (v) => v.rect.column === taskColumn("person") && v.rect.rows === 1000
    );
    expect(person?.rule).toEqual({ list: { inCellDropDown: true, source: "=KAM_Team_People" } });
    // The grid offers the roster's people in that cell, as Excel's dropdown would.
    const workbench = { model: host.model } as unknown as WorkbenchHost;
    const offered = listValues(workbench, sheet, person!.rect.row, person!.rect.column);
    expect(offered).toContain(text.placeholder(lang === "en" ? "KA manager" : "大客户经理"));
    expect(offered).toHaveLength(6);
  }
);

test("a second generation keeps the roster the user typed and writes the workload for every plan", async () => {
  const analysis = await analyse(host, "en", "Customers!A2");
  await plan(host, "en", analysis, ["North Farm Supply"], TODAY);
  const team = host.model.requireSheet(sheetNames("en").team);
  const people = named(host, TEAM_NAMES.people);
  team.cells.setContent(people.row, 0, "Zhang Wei");
  team.cells.setContent(people.row, 2, 4);
  team.cells.setContent(people.row + 6, 0, "Li Na");
  team.cells.setContent(people.row + 6, 1, "Sales support");

  const { outcome } = await plan(
    host,
    "en",
    analysis,
    ["North Farm Supply", "River Seeds"],
    "2025-04-01"
  );

  expect(outcome.missing).toEqual([]);
  expect(host.model.sheets.filter((s) => s.name.startsWith("KAM Team"))).toHaveLength(1);
  expect(rowValues(team, people.row, 3)).toEqual(["Zhang Wei", "KA manager", 4]);
  expect(rowValues(team, people.row + 6, 2)).toEqual(["Li Na", "Sales support"]);
  expect(team.cells.formula(people.row + 6, 4)).toContain("KAM_Plan_2_Workload");
  expect(team.cells.formula(people.row + 6, 4)).toContain("INDEX(KAM_Team_People,7)");
});
