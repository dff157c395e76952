/**
 * The add-in's own sheets, written by the pane's Office.js writer into the double and computed by the
 * workbench's engine, show what the add-in says each formula computes (FormulaCell.value): the grid
 * shows the same figures as Excel would.
 */
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { parseAddress } from "../../src/core/sheets/a1";
import { SheetSpec, isFormulaCell } from "../../src/core/sheets/sheet-spec";
import { officeWorkbook } from "../../src/excel/office-workbook";
import type { KamWorkbook, WrittenSheet } from "../../src/excel/kam-workbook";
import { coreFlow } from "../../src/taskpane/flow";
import { runAnalysis } from "../../src/taskpane/run-analysis";
import {
  ExcelHost,
  installExcelDouble,
  seedSheet,
  selectRange,
} from "../../src/workbench/excel-double";
import { formulaEngine } from "../../src/workbench/formulas/formula-engine";
import { sheetNames } from "../../src/core/sheets/sheet-names";

const CUSTOMERS = [
  [
    "Customer",
    "Region",
    "Sales",
    "Last year",
    "Credit limit",
    "Balance",
    "Days overdue",
    "Philosophy",
    // Aging buckets (issue 11): the KAM Credit sheet's shares, DSO and totals are formulas too.
    "Current",
    "1-30 days",
    "31-60 days",
    "61-90 days",
    "Over 90 days",
    // Where to grow (issue 15): potential and sales per category, blank where a shop buys none.
    "Potential",
    "Insecticide",
    "Fungicide",
  ],
  [
    "Chengguan Farm Store",
    "Chengguan",
    412000,
    380000,
    120000,
    96000,
    12,
    5,
    90000,
    6000,
    0,
    0,
    0,
    600000,
    300000,
    112000,
  ],
  [
    "Jinji Agri Supply",
    "Jinji",
    356000,
    301000,
    100000,
    104000,
    40,
    4,
    60000,
    20000,
    14000,
    10000,
    0,
    900000,
    356000,
    null,
  ],
  [
    "Xinshi Seeds",
    "Xinshi",
    298000,
    310000,
    80000,
    52000,
    0,
    4,
    52000,
    0,
    0,
    0,
    0,
    320000,
    200000,
    98000,
  ],
  [
    "Baishui Plant Care",
    "Baishui",
    241000,
    198000,
    60000,
    30000,
    8,
    3,
    25000,
    5000,
    0,
    0,
    0,
    null,
    241000,
    null,
  ],
  [
    "Hetang Growers",
    "Hetang",
    187000,
    205000,
    50000,
    61000,
    95,
    2,
    20000,
    11000,
    10000,
    0,
    20000,
    500000,
    null,
    187000,
  ],
  [
    "Longtan Farm Shop",
    "Longtan",
    98000,
    101000,
    30000,
    9000,
    0,
    3,
    9000,
    0,
    0,
    0,
    0,
    100000,
    50000,
    48000,
  ],
  [
    "Zhuxi Seeds",
    "Zhuxi",
    9000,
    14000,
    5000,
    0,
    0,
    3,
    null,
    null,
    null,
    null,
    null,
    60000,
    9000,
    null,
  ],
];

/** Every formula of the specs whose value the add-in knows, with what the engine computes there. */
function computedFormulas(host: ExcelHost, specs: SheetSpec[], written: WrittenSheet[]) {
  const out: { where: string; formula: string; expected: unknown; actual: unknown }[] = [];
  for (const spec of specs) {
    const name = written.find((w) => w.marker === spec.marker)?.name ?? spec.name;
    const sheet = host.model.requireSheet(name);
    for (const block of spec.blocks) {
      const at = parseAddress(block.at);
      block.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (!isFormulaCell(cell) || cell.value === undefined) return;
          const [row, column] = [at.row + r, at.col + c];
          const actual = host.model.valueAt(sheet, row, column);
          out.push({
            where: `${name}!R${row + 1}C${column + 1}`,
            formula: cell.formula,
            expected: cell.value,
            actual,
          });
        })
      );
    }
  }
  return out;
}

test.each(["en", "zh-CN"] as const)(
  "tier, criteria, credit, white-space and portfolio sheets compute their stated values (%s)",
  async (lang) => {
    const host = new ExcelHost();
    const uninstall = installExcelDouble(host, lang);
    host.model.evaluate = formulaEngine(host.model).evaluate;
    try {
      seedSheet(host, "Customers", "A1", CUSTOMERS);
      selectRange(host, "Customers!B3");
      const inner = officeWorkbook({ cellEditWaitMs: 0 });
      let specs: SheetSpec[] = [];
      const workbook: KamWorkbook = {
        ...inner,
        writeSheets: (s, p) => ((specs = s), inner.writeSheets(s, p)),
      };
      const source = await workbook.detectSource();
      const detected = coreFlow.detectColumns(source.values)!;
      const outcome = await runAnalysis(
        workbook,
        coreFlow,
        lang,
        { source, detected, criteria: DEFAULT_CRITERIA },
        {
          onStep: () => undefined,
          onSource: () => undefined,
        }
      );
      if (outcome.kind !== "done") throw new Error(outcome.kind);
      expect(specs.map((s) => s.kind)).toEqual([
        "criteria",
        "tiers",
        "credit",
        "whiteSpace",
        "portfolio",
      ]);
      // The Office.js writer gave white space its shading rule and the portfolio its bubble chart.
      expect(host.model.requireSheet(sheetNames(lang).whiteSpace).conditionalFormats).toHaveLength(1);
      expect(host.model.requireSheet(sheetNames(lang).portfolio).charts.map((c) => c.chartType)).toEqual([
        "Bubble",
      ]);
      const formulas = computedFormulas(host, specs, outcome.written);
      expect(formulas.length).toBeGreaterThan(5);
      // The region summary (issue 15): three SUMPRODUCTs per region (sales, accounts, key accounts).
      expect(formulas.filter((f) => /^=SUMPRODUCT\(\(.*=\$A\d+\)/.test(f.formula))).toHaveLength(3 * 7);
      for (const f of formulas) {
        const context = `${f.where} ${f.formula}`;
        if (typeof f.expected === "number")
          expect([context, f.actual]).toEqual([context, expect.closeTo(f.expected, 6)]);
        else expect([context, f.actual]).toEqual([context, f.expected]);
      }
    } finally {
      uninstall();
    }
  }
);

test("editing the ledger in the workbench moves KAM Credit with it", async () => {
  const host = new ExcelHost();
  const uninstall = installExcelDouble(host, "en");
  const engine = formulaEngine(host.model);
  host.model.evaluate = engine.evaluate;
  try {
    seedSheet(host, "Customers", "A1", CUSTOMERS);
    selectRange(host, "Customers!B3");
    const workbook = officeWorkbook({ cellEditWaitMs: 0 });
    const source = await workbook.detectSource();
    const detected = coreFlow.detectColumns(source.values)!;
    const outcome = await runAnalysis(
      workbook,
      coreFlow,
      "en",
      { source, detected, criteria: DEFAULT_CRITERIA },
      { onStep: () => undefined, onSource: () => undefined }
    );
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    const credit = host.model.requireSheet("KAM Credit");
    const receivablesRow = 3; // the first total, in B4
    const owed = () => host.model.valueAt(credit, receivablesRow, 1);
    const total = CUSTOMERS.slice(1).reduce((s, row) => s + (row[5] as number), 0);
    expect(owed()).toBe(total);
    // Hetang Growers (row 6) pays 20,000 of its balance.
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Customers").getRange("F6").values = [[41000]];
      await context.sync();
    });
    engine.recalculate(); // as the workbench does after every sync (WorkbenchHost.changed)
    expect(owed()).toBe(total - 20000);
    const hetang = Array.from({ length: 60 }, (_, r) => r).find(
      (r) => host.model.valueAt(credit, r, 0) === "Hetang Growers"
    )!;
    expect(host.model.valueAt(credit, hetang, 3)).toBe(41000);
  } finally {
    uninstall();
  }
});
