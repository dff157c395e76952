import { analyseCustomers } from "../../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { financeView, hasFinance } from "../../../src/core/finance";
import { Lang } from "../../../src/core/language";
import { creditSheet } from "../../../src/core/sheets/credit-sheet";
import { isFormulaCell } from "../../../src/core/sheets/sheet-spec";
import { detectColumns } from "../../../src/core/table/header-detection";
import { readCustomers } from "../../../src/core/table/read-customers";
import { SpecGrid } from "../sheets/formula-eval";
import { cellsOf, riskyStrings } from "../sheets/spec-helpers";

const HEADERS = [
  "客户",
  "销售额",
  "信用额度",
  "应收账款",
  "逾期金额",
  "账期",
  "未到期",
  "1-30天",
  "31-60天",
  "61-90天",
  "90天以上",
];
const LEDGER: (string | number | null)[][] = [
  HEADERS,
  ["甲", 3_000_000, 300_000, 200_000, 20_000, 60, 180_000, 20_000, 0, 0, 0],
  ["乙", 1_000_000, 50_000, 60_000, 30_000, 30, 30_000, 10_000, 0, 0, 20_000],
  ["丙", 500_000, null, 0, null, null, 0, 0, 0, 0, 0],
  ["丁", 400_000, 40_000, 40_000, 4_000, 30, 36_000, 0, 0, 4_000, 0],
];

function analysisOf(values: (string | number | null)[][], lang: Lang = "en") {
  const detected = detectColumns(values)!;
  return analyseCustomers(
    readCustomers(values, detected, 1, lang).rows,
    { ...DEFAULT_CRITERIA },
    lang
  );
}

describe.each(["en", "zh-CN"] as Lang[])("KAM Credit sheet (%s)", (lang) => {
  const analysis = analysisOf(LEDGER, lang);
  const spec = creditSheet(analysis, lang);
  const grid = new SpecGrid(spec);

  test("every formula computes the engine's figure over the sheet's own cells", () => {
    let checked = 0;
    for (const { row, col, cell } of cellsOf(spec)) {
      if (!isFormulaCell(cell)) continue;
      checked++;
      const got = grid.valueAt(row, col);
      if (typeof cell.value === "number") expect(got as number).toBeCloseTo(cell.value, 9);
      else expect(got).toBe(cell.value);
    }
    expect(checked).toBeGreaterThan(4 * 7);
  });

  test("exposure by status adds up to the receivables, each group what its accounts owe", () => {
    const t = financeView(analysis, lang).totals;
    // 甲 OK (exactly 10% overdue), 乙 FAIL (120% of the limit, 33% over 90 days), 丙 owes nothing,
    // 丁 WATCH (utilisation 100%, 10% over 60 days is not more than 10%).
    expect(t.exposure).toEqual({ OK: 200_000, WATCH: 40_000, FAIL: 60_000 });
    expect(t.receivables).toBe(300_000);
    expect(t.over90).toBe(20_000);
    expect(t.dso).toBeCloseTo((300_000 / 4_900_000) * 365, 9);
  });

  test("status cells are coloured by status, and nothing is written Excel would misread", () => {
    expect(
      spec.conditionalFormats!.map((f) => f.kind === "expression" && f.formula.split("=")[2])
    ).toEqual(['"OK"', '"WATCH"', '"FAIL"']);
    expect(riskyStrings(spec)).toEqual([]);
    expect(spec.kind).toBe("credit");
  });
});

test("a ledger without credit columns has no finance view and no KAM Credit sheet", () => {
  const plain = LEDGER.map((row) => row.slice(0, 2));
  expect(hasFinance(analysisOf(plain))).toBe(false);
  expect(hasFinance(analysisOf(LEDGER))).toBe(true);
});

test("rows of one account add up bucket by bucket", () => {
  const twice = [...LEDGER, ["甲", 1_000_000, 100_000, 100, 0, 60, 100, 0, 0, 0, 0]];
  const view = financeView(analysisOf(twice), "en");
  const a = view.accounts.find((x) => x.account === "甲")!;
  expect(a.aging).toEqual([180_100, 20_000, 0, 0, 0]);
  expect([a.balance, a.creditLimit, a.sales]).toEqual([200_100, 400_000, 4_000_000]);
});
