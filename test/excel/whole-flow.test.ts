/**
 * The whole task-pane flow on the in-memory Excel: the cursor sits in the user's customer table, the
 * pane detects it, maps the columns, reports the bad rows, and Analyse writes the criteria and tier
 * sheets with their table, names and Pareto chart. This is the same code the pane runs
 * (officeWorkbook + runAnalysis + the core flow); only Excel is the double.
 */
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import type { Lang } from "../../src/core/language";
import { sheetNames } from "../../src/core/sheets/sheet-names";
import { criteriaSheetText, tierSheetText } from "../../src/core/sheets/sheet-text";
import { officeWorkbook } from "../../src/excel/office-workbook";
import { coreFlow } from "../../src/taskpane/flow";
import { runAnalysis } from "../../src/taskpane/run-analysis";
import {
  ExcelHost,
  installExcelDouble,
  seedSheet,
  seedTable,
  selectRange,
} from "../../src/workbench/excel-double";

type Row = (string | number | null)[];

const ENGLISH: Row[] = [
  ["Customer", "Region", "Sales", "Credit limit", "Balance", "Days overdue", "Business philosophy"],
  ["North Farm Supply", "North", 380000, 200000, 120000, 10, 5],
  ["River Seeds", "East", 260000, 150000, 140000, 45, 4],
  ["Hill Agro", "West", 90000, 50000, 10000, 0, 3],
  ["Valley Store", "North", "n/a", 50000, 0, 0, 4],
  ["north farm supply", "North", 20000, 200000, 0, 0, 5],
  ["Lake Shop", "South", 50000, 20000, 5000, 0, 2],
  ["Pine Corner", "South", -3000, 10000, 0, 0, 3],
];

const CHINESE: Row[] = [
  ["2024年 客户销售表", null, null, null],
  [null, null, null, null],
  ["客户名称", "乡镇", "销售额（元）", "经营理念"],
  ["城关农资店", "城关镇", 412000, 5],
  ["金谷种业", "金谷乡", 356000, 4],
  ["新市种子站", "新市镇", 298000, 4],
  ["白水植保", "白水乡", 120000, 3],
];

async function analyse(host: ExcelHost, lang: Lang) {
  const workbook = officeWorkbook({ cellEditWaitMs: 0 });
  const source = await workbook.detectSource();
  const detected = coreFlow.detectColumns(source.values);
  if (!detected) throw new Error("no header detected");
  const table = coreFlow.readCustomers(source, detected, lang);
  const steps: string[] = [];
  const outcome = await runAnalysis(
    workbook,
    coreFlow,
    lang,
    { source, detected, criteria: DEFAULT_CRITERIA },
    { onStep: (step) => steps.push(step), onSource: () => undefined }
  );
  if (outcome.kind !== "done") throw new Error(`analysis did not finish: ${outcome.kind}`);
  return { source, detected, table, outcome, steps, syncs: host.syncCount };
}

/** Every cell of a sheet as [value, formula], for comparing a sheet before and after. */
function snapshot(host: ExcelHost, sheetName: string, rows: number, columns: number) {
  const cells = host.model.requireSheet(sheetName).cells;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => [cells.value(r, c), cells.formula(r, c)])
  );
}

let host: ExcelHost;
let uninstall: () => void;
afterEach(() => uninstall?.());

/** A new Excel in `displayLanguage`, or the same workbook opened again in another language. */
function excelWith(displayLanguage: string, workbook = new ExcelHost()): ExcelHost {
  uninstall?.();
  host = workbook;
  uninstall = installExcelDouble(host, displayLanguage);
  return host;
}

test("an English table: detected from the cursor, mapped, bad rows reported, sheets, names and chart written", async () => {
  excelWith("en-US");
  seedSheet(host, "Customers", "A1", ENGLISH);
  seedTable(host, "Customers!A1:G8", "CustomerList");
  selectRange(host, "Customers!B4");
  const before = snapshot(host, "Customers", 8, 7);

  const { source, detected, table, outcome, steps } = await analyse(host, "en");

  expect(source.kind).toBe("table");
  expect(detected.mapping).toMatchObject({
    account: 0,
    region: 1,
    sales: 2,
    creditLimit: 3,
    balance: 4,
    daysOverdue: 5,
    philosophy: 6,
  });
  const kinds = table.problems.map((p) => p.kind);
  expect(table.problems).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: "textSales", rows: [5] }),
      expect.objectContaining({ kind: "negativeSales", rows: [8] }),
      expect.objectContaining({ kind: "duplicateAccount", rows: [2, 6] }),
    ])
  );
  expect(kinds).toContain("missingOptional"); // no prior-period or overdue-amount column
  expect(steps).toEqual(
    expect.arrayContaining(["reading", "analysing", "writingCriteria", "writingTiers", "chart"])
  );

  // The user's sheet is exactly as it was; the add-in's two sheets follow it.
  expect(snapshot(host, "Customers", 8, 7)).toEqual(before);
  // The table has credit columns, so the finance view is written too (issue 11).
  expect(host.model.sheets.map((s) => s.name)).toEqual([
    "Customers",
    "KAM Criteria",
    "KAM Tiers",
    "KAM Credit",
  ]);
  expect(outcome.tierSheetName).toBe("KAM Tiers");

  // The duplicate rows are one account, the largest: 380,000 + 20,000.
  const top = outcome.analysis.accounts[0];
  expect([top.account, top.sales, top.sourceRows]).toEqual(["North Farm Supply", 400000, [2, 6]]);

  // The tier table is an Excel table whose rows hold the accounts, largest first.
  const tiers = host.model.requireSheet("KAM Tiers");
  const tierTable = host.model.tables.find((t) => t.sheet === tiers);
  expect(tierTable).toBeDefined();
  const firstRow = tierTable!.rect.row + 1;
  expect(tiers.cells.value(firstRow, tierTable!.rect.column)).toBe("North Farm Supply");

  // KAM_Criteria names the name/value cells of the criteria sheet, so formulas agree with the pane.
  const criteriaName = host.model.name("KAM_Criteria");
  expect(criteriaName?.ref?.sheet.name).toBe("KAM Criteria");
  const { row, column, rows, columns } = criteriaName!.ref!.rect;
  expect(columns).toBe(2);
  const named = Array.from({ length: rows }, (_, r) =>
    host.model.requireSheet("KAM Criteria").cells.value(row + r, column)
  );
  expect(named).toContain("a_cutoff");

  // The Pareto chart: sales as columns, cumulative share as a line on the secondary axis.
  expect(tiers.charts).toHaveLength(1);
  const [sales, cumulative] = tiers.charts[0].series;
  expect(sales.chartType).toMatch(/Column/);
  expect(cumulative.chartType).toMatch(/Line/);
  expect(cumulative.axisGroup).toBe("Secondary");
});

test("a Chinese table with a title above its header, in Chinese", async () => {
  excelWith("zh-CN");
  seedSheet(host, "客户", "A1", CHINESE);
  selectRange(host, "客户!B5");

  const { source, detected, table, outcome } = await analyse(host, "zh-CN");

  // The title sits above a blank row, so the current region starts at the header (sheet row 3).
  expect(source.firstRow + detected.headerRow).toBe(3);
  expect(detected.mapping).toMatchObject({ account: 0, region: 1, sales: 2, philosophy: 3 });
  expect(table.rows.map((r) => r.sheetRow)).toEqual([4, 5, 6, 7]);
  expect(outcome.analysis.accounts.map((a) => a.account)).toEqual([
    "城关农资店",
    "金谷种业",
    "新市种子站",
    "白水植保",
  ]);
  const tiers = host.model.requireSheet("KAM 客户分级");
  const tierTable = host.model.tables.find((t) => t.sheet === tiers)!;
  expect(tiers.cells.value(tierTable.rect.row, tierTable.rect.column)).toBe("客户");
  expect(host.model.sheets.map((s) => s.name).sort()).toEqual(
    ["客户", "KAM 评级标准", "KAM 客户分级"].sort()
  );
});

/*
 * Sheets are found by their marks, never by name: a workbook made in one language and analysed
 * again in the other keeps its sheets under the names they have (formulas of the user's point into
 * them), and gets no second set.
 */
describe.each([
  ["en-US", "en", "zh-CN", "zh-CN"],
  ["zh-CN", "zh-CN", "en-US", "en"],
] as const)(
  "made in %s, analysed again in %s",
  (firstDisplay, firstLang, thenDisplay, thenLang) => {
    test("keeps its sheets and their names, and writes them in the new language", async () => {
      excelWith(firstDisplay);
      seedSheet(host, "客户", "A1", CHINESE);
      selectRange(host, "客户!B5");
      const first = await analyse(host, firstLang);
      const namesBefore = host.model.sheets.map((s) => s.name);
      expect(namesBefore).toContain(sheetNames(firstLang).tiers);

      excelWith(thenDisplay, host);
      selectRange(host, "客户!B5");
      const then = await analyse(host, thenLang);

      expect(host.model.sheets.map((s) => s.name)).toEqual(namesBefore);
      expect(then.outcome.tierSheetName).toBe(first.outcome.tierSheetName);
      expect(host.model.requireSheet(sheetNames(firstLang).tiers).cells.value(0, 0)).toBe(
        tierSheetText(thenLang).title
      );
      expect(host.model.requireSheet(sheetNames(firstLang).criteria).cells.value(0, 0)).toBe(
        criteriaSheetText(thenLang).title
      );
    });
  }
);

test("a second run replaces the add-in's sheet and leaves the user's same-named sheet alone", async () => {
  excelWith("en-US");
  seedSheet(host, "Customers", "A1", ENGLISH);
  seedSheet(host, "KAM Tiers", "A1", [["my own notes", 42]]);
  selectRange(host, "Customers!A2");

  const first = await analyse(host, "en");
  expect(first.outcome.tierSheetName).toBe("KAM Tiers (2)");
  selectRange(host, "Customers!A2");
  const second = await analyse(host, "en");

  expect(second.outcome.tierSheetName).toBe("KAM Tiers (2)");
  expect(host.model.sheets.map((s) => s.name).sort()).toEqual([
    "Customers",
    "KAM Credit",
    "KAM Criteria",
    "KAM Tiers",
    "KAM Tiers (2)",
  ]);
  expect(snapshot(host, "KAM Tiers", 1, 2)).toEqual([
    [
      ["my own notes", undefined],
      [42, undefined],
    ],
  ]);
  expect(host.model.tables.filter((t) => t.sheet.name === "KAM Tiers (2)")).toHaveLength(1);
});

test("formula-like account names are written as text, never evaluated", async () => {
  excelWith("en-US");
  const tricky = ['=HYPERLINK("http://x","y")', "+1-555", "=1+1"];
  seedSheet(host, "Customers", "A1", [
    ["Account", "Sales"],
    [null, 500],
    [null, 300],
    [null, 100],
  ]);
  // The user's own cells hold these as text (typed with an apostrophe, or imported).
  tricky.forEach((name, i) =>
    host.model.requireSheet("Customers").cells.setContent(i + 1, 0, name)
  );
  selectRange(host, "Customers!A1");

  await analyse(host, "en");

  const tiers = host.model.requireSheet("KAM Tiers");
  const tierTable = host.model.tables.find((t) => t.sheet === tiers)!;
  const column = tierTable.rect.column;
  tricky.forEach((name, i) => {
    const r = tierTable.rect.row + 1 + i;
    expect([tiers.cells.value(r, column), tiers.cells.formula(r, column)]).toEqual([
      name,
      undefined,
    ]);
  });
});

test("100,000 customers: read and written with a small, bounded number of syncs", async () => {
  excelWith("en-US");
  const rows: Row[] = [["Account", "Region", "Sales"]];
  for (let i = 1; i <= 100_000; i++)
    rows.push([`Customer ${i}`, `Region ${i % 24}`, 1000 + ((i * 7919) % 100_000)]);
  seedSheet(host, "Customers", "A1", rows);
  selectRange(host, "Customers!A1");

  const { outcome, syncs } = await analyse(host, "en");

  expect(outcome.analysis.accounts).toHaveLength(100_000);
  const tiers = host.model.requireSheet("KAM Tiers");
  const tierTable = host.model.tables.find((t) => t.sheet === tiers)!;
  expect(tierTable.rect.rows).toBe(100_001);
  // The source is read twice (when the pane opens, and again at Analyse in case it changed), a few
  // blocks each (values with their number formats, to tell dates from sales); each sheet is written
  // in a few blocks plus formats and the chart. Never per row.
  expect(syncs).toBeLessThanOrEqual(36);
  expect(host.largestRequestBytes).toBeLessThan(5_000_000);
  expect(host.requests.every((r) => !r.failed)).toBe(true);
}, 120_000);
