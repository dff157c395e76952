/**
 * The KAM Templates sheet on the in-memory Excel: when the user has changed it, new plans follow it;
 * when it cannot be read, plans get the defaults and the sheet is left as the user made it.
 */
import { excelSerial } from "../../src/core/plans/plan-dates";
import { planText } from "../../src/core/plans/plan-text";
import { ExcelHost, installExcelDouble, seedSheet } from "../../src/workbench/excel-double";
import { seedAddInMark } from "./fixtures";
import { analyse, plan, rowOf, rowValues } from "./plans-support";

const TODAY = "2025-03-01";
let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => {
  host = new ExcelHost();
  uninstall = installExcelDouble(host, "zh-CN");
  seedSheet(host, "客户", "A1", [
    ["客户", "销售额"],
    ["城关农资店", 412000],
    ["金谷种业", 356000],
    ["白水植保", 20000],
  ]);
});
afterEach(() => uninstall());

/** The user's own templates, in English, moved about, with a blank row and a note in between. */
const USER_TEMPLATES = [
  ["Our KAM templates"],
  [],
  ["Responsibilities", "Role", "Accountable for"],
  ["Owns the account", "Account director", "Revenue"],
  ["Keeps the shelves right", "Merchandiser", "Shelf share"],
  [],
  ["(remember to update these every season)"],
  ["Need", "Work item", "Owner role", "Work form", "Start after (days)", "Duration (days)", "KPI"],
  ["shelf", "Planogram review", "Merchandiser", "visit", 3, 4, "Planogram agreed"],
  [],
  ["cold chain", "Fridge audit", "Merchandiser", "拜访", "10", 5, "Fridges OK"],
];

test("new plans follow the templates the user changed, and the sheet is never overwritten", async () => {
  const width = Math.max(...USER_TEMPLATES.map((row) => row.length));
  const rectangle = USER_TEMPLATES.map((row) =>
    Array.from({ length: width }, (_, c) => row[c] ?? null)
  );
  seedSheet(host, "Templates", "B2", rectangle);
  seedAddInMark(host, "KAM_Templates", "Templates!A1");
  const analysis = await analyse(host, "zh-CN", "客户!A2");

  const { outcome } = await plan(host, "zh-CN", analysis, ["城关农资店"], TODAY);

  expect(outcome.templates).toBe("workbook");
  expect(host.model.sheet("KAM Templates")).toBeUndefined();
  expect(host.model.requireSheet("Templates").cells.value(1, 1)).toBe("Our KAM templates");
  const text = planText("zh-CN");
  const sheet = host.model.requireSheet(outcome.entries[0].sheetName);
  const team = rowOf(sheet, text.team.role) + 1;
  expect([rowValues(sheet, team, 6), rowValues(sheet, team + 1, 1)]).toEqual([
    ["Account director", null, "Owns the account", null, null, "Revenue"],
    ["Merchandiser"],
  ]);
  const needs = rowOf(sheet, text.needs.need) + 1;
  expect([sheet.cells.value(needs, 0), sheet.cells.value(needs + 1, 0)]).toEqual([
    "shelf",
    "cold chain",
  ]);
  const table = host.model.tables.find((t) => t.sheet === sheet)!;
  const start = excelSerial(TODAY);
  // The person (column D) is a formula over the plan's team, written with no cached value.
  expect(sheet.cells.formula(table.rect.row + 1, 3)).toMatch(
    /^=IF\(\$C\d+="","",IFERROR\(T\(INDEX\(/
  );
  expect(rowValues(sheet, table.rect.row + 1, 11)).toEqual([
    "Planogram review",
    "shelf",
    "Merchandiser",
    null,
    "visit",
    start + 3,
    start + 7,
    null,
    "未开始",
    "Planogram agreed",
    null,
  ]);
  expect(rowValues(sheet, table.rect.row + 2, 7)).toEqual([
    "Fridge audit",
    "cold chain",
    "Merchandiser",
    null,
    "拜访",
    start + 10,
    start + 15,
  ]);
  expect(table.rect.rows).toBe(3);
  const roles = sheet.validations.find((v) => v.rect.column === 2 && v.rect.rows === 1000);
  expect(roles?.rule).toEqual({
    list: { inCellDropDown: true, source: "Account director,Merchandiser" },
  });
});

test("templates that cannot be read: the defaults are used and the sheet is left alone", async () => {
  seedSheet(host, "KAM Templates", "A1", [["just some notes"], ["nothing like a template"]]);
  seedAddInMark(host, "KAM_Templates", "KAM Templates!A1");
  const analysis = await analyse(host, "zh-CN", "客户!A2");

  const { outcome } = await plan(host, "zh-CN", analysis, ["城关农资店"], TODAY);

  expect(outcome.templates).toBe("unreadable");
  expect(rowValues(host.model.requireSheet("KAM Templates"), 0, 2)).toEqual([
    "just some notes",
    null,
  ]);
  const sheet = host.model.requireSheet(outcome.entries[0].sheetName);
  const team = rowOf(sheet, planText("zh-CN").sections.team);
  expect(rowValues(sheet, team + 2, 1)).toEqual(["大客户经理"]);
});

test("with no templates sheet, one is written in the display language, with its marker", async () => {
  const analysis = await analyse(host, "zh-CN", "客户!A2");

  const { outcome } = await plan(host, "zh-CN", analysis, ["城关农资店", "金谷种业"], TODAY);

  expect(outcome.templates).toBe("absent");
  const templates = host.model.requireSheet("KAM 计划模板");
  expect(templates.cells.value(0, 0)).toBe(planText("zh-CN").templates.title);
  expect(host.model.name("KAM_Templates")?.ref?.sheet).toBe(templates);
  expect(outcome.entries.map((e) => e.sheetName)).toEqual(["计划-城关农资店", "计划-金谷种业"]);
});
