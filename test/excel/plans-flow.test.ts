/**
 * Plans on the in-memory Excel, through the pane's own code: generated for the key accounts with all
 * five sections, the overview's formulas and links, and the KAM Templates sheet written once.
 */
import { planText } from "../../src/core/plans/plan-text";
import { excelSerial } from "../../src/core/plans/plan-dates";
import { ExcelHost, installExcelDouble, seedSheet } from "../../src/workbench/excel-double";
import { analyse, named, plan, rowOf, rowValues } from "./plans-support";

const CUSTOMERS = [
  ["Customer", "Region", "Sales", "Credit limit", "Balance", "Days overdue", "Business philosophy"],
  ["North Farm Supply", "North", 400000, 200000, 120000, 10, 5],
  ["River Seeds", "East", 260000, 150000, 40000, 0, 4],
  ["Hill Agro", "West", 90000, 50000, 10000, 0, 4],
  ["Lake Shop", "South", 50000, 20000, 5000, 0, 2],
  ["Pine Corner", "South", 30000, 10000, 0, 0, 3],
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

test("plans for the key accounts: five sections, figures, names, table, dropdowns, highlighting", async () => {
  const analysis = await analyse(host, "en", "Customers!A2");
  const key = analysis.accounts.filter((a) => a.keyAccount).map((a) => a.account);
  expect(key).toEqual(["North Farm Supply", "River Seeds"]);

  const { outcome, steps, syncs } = await plan(host, "en", analysis, key, TODAY);

  expect(steps).toEqual(
    expect.arrayContaining(["reading", "writingPlans", "updating", "overview"])
  );
  expect(outcome.templates).toBe("absent");
  expect(outcome.entries.map((e) => [e.account, e.sheetName, e.isNew])).toEqual([
    ["North Farm Supply", "Plan - North Farm Supply", true],
    ["River Seeds", "Plan - River Seeds", true],
  ]);
  expect(host.model.sheets.map((s) => s.name)).toEqual([
    "Customers",
    "KAM Criteria",
    "KAM Tiers",
    "KAM Credit", // the fixture has credit columns (issue 11)
    "KAM Templates",
    "KAM Team",
    "Plan - North Farm Supply",
    "Plan - River Seeds",
    "KAM Plans",
  ]);
  // A handful of syncs per sheet, never one per row or per plan figure.
  expect(syncs).toBeLessThanOrEqual(30);

  const text = planText("en");
  const sheet = host.model.requireSheet("Plan - North Farm Supply");
  const rows = Object.values(text.sections).map((heading) => rowOf(sheet, heading));
  expect(rows).toEqual([...rows].sort((a, b) => a - b)); // profile, needs, team, evaluation, work plan

  const profile = named(host, "KAM_Plan_1_Profile");
  expect(profile.sheet).toBe(sheet);
  expect(profile.item.visible).toBe(false);
  expect(rowValues(sheet, profile.row)).toEqual([
    "North Farm Supply",
    "North",
    400000,
    analysis.accounts[0].share,
    1,
    analysis.accounts[0].stars,
    true,
    "OK",
    analysis.accounts[0].reason,
    excelSerial(TODAY),
  ]);
  expect(host.model.name("KAM_Plan_1")?.visible).toBe(false);

  // The team's six roles, the KA manager first.
  const team = rowOf(sheet, "KA manager", rows[2]);
  expect(rowValues(sheet, team + 5, 1)).toEqual(["Training support"]);

  // The work plan: an Excel table, dropdowns over room for new tasks, overdue highlighting.
  const table = host.model.tables.find((t) => t.sheet === sheet)!;
  expect(table.name).toBe("KAM_Plan_1_Tasks");
  expect(rowValues(sheet, table.rect.row, 11)).toEqual(Object.values(text.tasks).slice(0, 11));
  const status = sheet.validations.find((v) => v.rect.column === 8 && v.rect.rows === 1000);
  expect(status?.rule).toEqual({
    list: { inCellDropDown: true, source: "not started,in progress,done,blocked" },
  });
  expect(sheet.conditionalFormats[0].rule.formula).toBe(
    `=AND(ISNUMBER($G${table.rect.row + 2}),$G${table.rect.row + 2}<TODAY(),$I${table.rect.row + 2}<>"done")`
  );
  const progress = named(host, "KAM_Plan_1_Progress");
  expect(sheet.cells.formula(progress.row, 1)).toBe(
    `=COUNTA(A${table.rect.row + 2}:A${table.rect.row + 1001})`
  );
});

test("the overview: a row per plan, figures by formulas over the plans' names, links to the sheets", async () => {
  const analysis = await analyse(host, "en", "Customers!A2");
  seedSheet(host, "Plan - River Seeds", "A1", [["my own sheet"]]);

  const { outcome } = await plan(host, "en", analysis, ["North Farm Supply", "River Seeds"], TODAY);

  // The user's sheet kept its name and content; the plan went next to it.
  expect(host.model.requireSheet("Plan - River Seeds").cells.value(0, 0)).toBe("my own sheet");
  expect(outcome.entries[1].sheetName).toBe("Plan - River Seeds (2)");
  const overview = host.model.requireSheet(outcome.overview!.name);
  const first = 4;
  expect(rowValues(overview, first, 1)).toEqual(["North Farm Supply"]);
  expect(overview.cells.formula(first, 1)).toBe("=INDEX(KAM_Plan_1_Profile,1,6)");
  expect(overview.cells.formula(first + 1, 3)).toBe("=INDEX(KAM_Plan_2_Progress,1,2)");
  expect(overview.cells.formula(first + 1, 17)).toBe("=T(KAM_Plan_2_Note)");
  expect(overview.cells.formula(first + 1, 14)).toContain("INDEX(KAM_Plan_2_Stages,2,1)");

  // The plan keeps the health it was generated with; the next generation shows it as "before".
  const kept = named(host, "KAM_Plan_1_Health");
  const health = outcome.entries[0].health?.value;
  expect(typeof health).toBe("number");
  expect(kept.sheet.cells.value(kept.row, kept.column)).toBe(health);
  const again = await plan(host, "en", analysis, ["North Farm Supply", "River Seeds"], TODAY);
  expect(again.outcome.entries[0].health).toMatchObject({ previous: health, value: health });
  const redone = host.model.requireSheet(again.outcome.overview!.name);
  expect(redone.cells.value(first, 15)).toBe(health);
  expect(overview.hyperlinks.get(`${first + 1},0`)).toEqual({
    documentReference: "'Plan - River Seeds (2)'!A1",
    textToDisplay: "River Seeds",
  });
  expect(named(host, "KAM_Plan_2_Progress").sheet.name).toBe("Plan - River Seeds (2)");
});

test("accounts whose names collide or hold forbidden characters get valid, distinct sheets", async () => {
  seedSheet(host, "Odd", "A1", [
    ["Customer", "Sales"],
    ["Shop: A/B [north]", 500],
    ["Shop A-B (north)", 400],
    ["A very long account name that goes on and on, first", 300],
    ["A very long account name that goes on and on, second", 200],
  ]);
  const analysis = await analyse(host, "en", "Odd!A2");

  const { outcome } = await plan(
    host,
    "en",
    analysis,
    analysis.accounts.map((a) => a.account),
    TODAY
  );

  const names = outcome.entries.map((e) => e.sheetName);
  expect(names).toEqual([
    "Plan - Shop A-B (north)",
    "Plan - Shop A-B (north) (2)",
    "Plan - A very long account name",
    "Plan - A very long account (2)",
  ]);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
  for (const name of names) {
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
    expect(host.model.sheet(name)).toBeDefined();
  }
});
