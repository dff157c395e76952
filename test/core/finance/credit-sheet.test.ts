import { analyseCustomers } from "../../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { financeView, hasFinance } from "../../../src/core/finance";
import { Lang, formatAmount } from "../../../src/core/language";
import { address, parseAddress } from "../../../src/core/sheets/a1";
import { creditLayout, creditSheet } from "../../../src/core/sheets/credit-sheet";
import { creditSheetText } from "../../../src/core/sheets/credit-sheet-text";
import { isFormulaCell } from "../../../src/core/sheets/sheet-spec";
import { detectColumns } from "../../../src/core/table/header-detection";
import { readCustomers } from "../../../src/core/table/read-customers";
import { LEDGER_FORMULAS_MAX_ACCOUNTS, ledgerSource } from "../../../src/core/sheets/ledger-source";
import { SpecGrid } from "../sheets/formula-eval";
import { SpecWorkbook } from "../sheets/spec-workbook";
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

describe.each(["en", "zh-CN"] as Lang[])("aging by credit status on KAM Credit (%s)", (lang) => {
  const spec = creditSheet(analysisOf(LEDGER, lang), lang);
  const grid = new SpecGrid(spec);
  const chart = spec.charts?.[0];
  if (chart?.kind !== "stackedBar") throw new Error("KAM Credit has no stacked bar chart");

  test("a bar per status, a segment per bucket, each the sum of its accounts' bucket", () => {
    expect(grid.values(chart.categories).flat()).toEqual(
      ["OK", "WATCH", "FAIL"].map((s) => creditSheetText(lang).agingByStatus.status(s as "OK"))
    );
    expect(chart.series.map((s) => s.name)).toEqual(LEDGER[0].slice(6));
    // Per status, the buckets of its accounts in LEDGER: 甲 OK, 丁 WATCH, 乙 FAIL; 丙 OK owes 0.
    const rows = { OK: [LEDGER[1], LEDGER[3]], WATCH: [LEDGER[4]], FAIL: [LEDGER[2]] };
    const expected = Object.values(rows).map((list) =>
      [6, 7, 8, 9, 10].map((c) => list.reduce((s, r) => s + (r[c] as number), 0))
    );
    const bars = chart.series.map((s) => grid.values(s.values).flat());
    expect(bars[0].map((_, bar) => bars.map((segments) => segments[bar]))).toEqual(expected);
  });

  test("the chart lies on the first printed page, above the table, clear of the totals", () => {
    const from = parseAddress(chart.from);
    const to = parseAddress(chart.to);
    const widths = spec.columns!.map((c) => c.width!);
    const total = widths.reduce((s, w) => s + w, 0);
    const used = widths.slice(0, to.col + 1).reduce((s, w) => s + w, 0);
    expect(used).toBeLessThanOrEqual(total / spec.pageSetup!.pagesWide);
    expect(spec.pageSetup!.pagesWide).toBe(2);
    const layout = creditLayout(financeView(analysisOf(LEDGER, lang), lang));
    expect(to.row).toBeLessThan(layout.headerRow);
    expect(from.col).toBeGreaterThan(1);
    expect(to.row - from.row).toBeGreaterThanOrEqual(10);
    // The table it charts sits above it, and nothing else is written under it.
    expect(parseAddress(chart.categories.split(":")[1]).row).toBeLessThan(from.row);
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.col; c <= to.col; c++) expect(grid.raw(address(r, c))).toBeNull();
  });
});

test("without aging buckets there is no chart and no aging table", () => {
  const plain = LEDGER.map((row) => row.slice(0, 6));
  const spec = creditSheet(analysisOf(plain), "en");
  expect(spec.charts).toBeUndefined();
  expect(spec.blocks).toHaveLength(3);
});

test("rows of one account add up bucket by bucket", () => {
  const twice = [...LEDGER, ["甲", 1_000_000, 100_000, 100, 0, 60, 100, 0, 0, 0, 0]];
  const view = financeView(analysisOf(twice), "en");
  const a = view.accounts.find((x) => x.account === "甲")!;
  expect(a.aging).toEqual([180_100, 20_000, 0, 0, 0]);
  expect([a.balance, a.creditLimit, a.sales]).toEqual([200_100, 400_000, 4_000_000]);
});

describe.each(["en", "zh-CN"] as Lang[])("KAM Credit over the source table (%s)", (lang) => {
  const SHEET = "Bob's Ledger! 2024";
  // 甲 on two rows (a SUM of both), 丁's overdue typed as text (the engine reads "4,000": a value).
  const ledger = [
    ...LEDGER.map((row) => (row[0] === "丁" ? row.map((v, c) => (c === 4 ? "4,000" : v)) : row)),
    ["甲", 1_000_000, 100_000, 100, 0, 60, 100, 0, 0, 0, 0],
  ];
  const sheetOf = (values: (string | number | null)[][]) => ({
    kind: "plan" as const,
    name: SHEET,
    marker: "Ledger",
    blocks: [{ at: "A1", rows: values }],
  });
  const creditOf = (values: (string | number | null)[][]) =>
    creditSheet(
      analysisOf(values, lang),
      lang,
      ledgerSource(SHEET, detectColumns(values)!, values)
    );
  const spec = creditOf(ledger);
  const layout = creditLayout(financeView(analysisOf(ledger, lang), lang));
  const headerRow = spec.blocks[spec.blocks.length - 1].rows[0] as string[];
  const h = creditSheetText(lang).headers;
  const cellOf = (account: string, header: string) => {
    const block = spec.blocks[spec.blocks.length - 1];
    const row = block.rows.find((r) => r[0] === account)!;
    return row[headerRow.indexOf(header)];
  };

  test("the ledger's figures are formulas over its cells, the sheet name quoted", () => {
    expect(cellOf("乙", h.creditLimit)).toEqual({
      formula: "='Bob''s Ledger! 2024'!C3",
      value: 50_000,
    });
    expect(cellOf("乙", "90天以上")).toEqual({
      formula: "='Bob''s Ledger! 2024'!K3",
      value: 20_000,
    });
    expect(cellOf("甲", h.balance)).toEqual({
      formula: "=SUM('Bob''s Ledger! 2024'!D2,'Bob''s Ledger! 2024'!D6)",
      value: 200_100,
    });
    // No credit-sales column: the sales, never below 0.
    expect(cellOf("乙", h.creditSales)).toEqual({
      formula: "=MAX('Bob''s Ledger! 2024'!B3,0)",
      value: 1_000_000,
    });
    // Text the engine reads as a number, and a blank limit, stay the engine's values.
    expect(cellOf("丁", h.overdue)).toBe(4_000);
    expect(cellOf("丙", h.creditLimit)).toBeNull();
    // The engine's verdicts stay values.
    expect(typeof cellOf("乙", h.status)).toBe("string");
    expect(typeof cellOf("乙", h.suggestedLimit)).toBe("number");
  });

  test("every formula equals the engine; editing the ledger moves KAM Credit with it", () => {
    const book = new SpecWorkbook([sheetOf(ledger), spec], 46000);
    const grid = book.grid(spec.name);
    for (const { row, col, cell } of cellsOf(spec))
      if (isFormulaCell(cell)) expect(close(grid.valueAt(row, col), cell.value)).toBe(true);

    // 乙 pays off its 90-day bucket: balance 60,000 → 40,000, over 90 days 20,000 → 0.
    const edited = ledger.map((r) => [...r]);
    edited[2][3] = 40_000;
    edited[2][10] = 0;
    // The same KAM Credit sheet, recalculated over the edited ledger.
    const after = new SpecWorkbook([sheetOf(edited), spec], 46000).grid(spec.name);
    const fresh = creditOf(edited);
    // What does not hang on a credit status (a value the engine decides) follows the edit.
    const followed: string[] = [];
    for (const { row, col, cell } of cellsOf(fresh)) {
      if (!isFormulaCell(cell) || /SUMIF\(/.test(cell.formula)) continue;
      if (!close(after.valueAt(row, col), cell.value))
        followed.push(
          `${address(row, col)} ${String(after.valueAt(row, col))} ≠ ${String(cell.value)}`
        );
    }
    expect(followed).toEqual([]);
    const receivables = layout.agingTable!.row;
    expect(after.valueAt(receivables, 1)).toBe(300_100 - 20_000);
  });
});

function close(got: unknown, want: unknown): boolean {
  if (typeof want === "number") return typeof got === "number" && Math.abs(got - want) < 1e-6;
  return got === (want ?? "");
}

describe("a book above LEDGER_FORMULAS_MAX_ACCOUNTS accounts (KAM Credit's ledger figures as values)", () => {
  const SHEET = "Ledger";
  const header = ["Customer", "Sales", "Credit limit", "Balance", "Overdue amount"];
  /** `n` accounts, one row each, with figures that differ from row to row. */
  const ledgerOf = (n: number) => [
    header,
    ...Array.from({ length: n }, (_, i) => [
      `Account ${i + 1}`,
      10_000 + ((i * 7919) % 90_000),
      1_000 + ((i * 104_729) % 9_000),
      (i * 31) % 5_000,
      (i * 17) % 700,
    ]),
  ];
  const build = (n: number, lang: Lang) => {
    const values = ledgerOf(n);
    const analysis = analysisOf(values, lang);
    const spec = creditSheet(analysis, lang, ledgerSource(SHEET, detectColumns(values)!, values));
    const table = spec.blocks[spec.blocks.length - 1];
    const headers = table.rows[0] as string[];
    return { analysis, spec, headers, accounts: table.rows.slice(1) };
  };
  const figures = (lang: Lang) => {
    const h = creditSheetText(lang).headers;
    return [h.creditLimit, h.balance, h.overdue, h.creditSales];
  };

  test.each(["en", "zh-CN"] as Lang[])(
    "at the limit every ledger figure is a formula over the ledger, and no note (%s)",
    (lang) => {
      const { spec, headers, accounts } = build(LEDGER_FORMULAS_MAX_ACCOUNTS, lang);
      expect(accounts).toHaveLength(LEDGER_FORMULAS_MAX_ACCOUNTS);
      for (const name of figures(lang)) {
        const col = headers.indexOf(name);
        const notFormulas = accounts.filter((row) => !isFormulaCell(row[col]));
        expect([name, notFormulas.length]).toEqual([name, 0]);
      }
      expect(spec.blocks[0].rows).toHaveLength(2);
    }
  );

  test.each(["en", "zh-CN"] as Lang[])(
    "one account more: the engine's figures as values, a note under the title saying why (%s)",
    (lang) => {
      const { analysis, spec, headers, accounts } = build(LEDGER_FORMULAS_MAX_ACCOUNTS + 1, lang);
      const view = financeView(analysis, lang);
      const h = creditSheetText(lang).headers;
      const col = (name: string) => headers.indexOf(name);
      expect(accounts).toHaveLength(view.accounts.length);
      view.accounts.forEach((a, i) => {
        const row = accounts[i];
        expect(row[col(h.account)]).toBe(a.account);
        expect([
          row[col(h.creditLimit)],
          row[col(h.balance)],
          row[col(h.overdue)],
          row[col(h.creditSales)],
        ]).toEqual([a.creditLimit ?? null, a.balance, a.overdue ?? null, a.creditSales]);
      });
      // Nothing on the sheet points at the ledger; the formulas over the same row stay.
      const formulas = [...cellsOf(spec)].flatMap(({ cell }) =>
        isFormulaCell(cell) ? [cell.formula] : []
      );
      expect(formulas.filter((f) => f.includes(`${SHEET}!`))).toEqual([]);
      expect(isFormulaCell(accounts[0][col(h.utilisation)])).toBe(true);
      // The note, in the run's language, under the title and the usual note.
      const note = creditSheetText(lang).ledgerAsValues(LEDGER_FORMULAS_MAX_ACCOUNTS);
      expect(spec.blocks[0]).toEqual({
        at: "A1",
        rows: [[creditSheetText(lang).title], [creditSheetText(lang).note], [note]],
      });
      expect(note).toContain(formatAmount(LEDGER_FORMULAS_MAX_ACCOUNTS, 0));
      expect(spec.formats).toEqual(
        expect.arrayContaining([expect.objectContaining({ ref: "A3" })])
      );
    }
  );
});
