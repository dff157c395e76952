import { Analysis } from "../../../src/core/analysis-types";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { Lang, words } from "../../../src/core/language";
import { sheetNames } from "../../../src/core/sheets/sheet-names";
import { parseAddress, parseRange } from "../../../src/core/sheets/a1";
import {
  ChartSpec,
  ComboChartSpec,
  FormulaCell,
  SheetSpec,
  isFormulaCell,
} from "../../../src/core/sheets/sheet-spec";
import { tierColumnHeader, tierSheetText } from "../../../src/core/sheets/sheet-text";
import {
  CHART_ACCOUNTS,
  SummaryKey,
  tierCell,
  tierLayout,
  tierSheet,
} from "../../../src/core/sheets/tier-sheet";
import { FixtureAccount, makeAnalysis, manyAccounts } from "./analysis-fixtures";
import { SpecGrid, functionsIn } from "./formula-eval";
import { cellsOf, riskyStrings, within } from "./spec-helpers";

const LANGS: Lang[] = ["en", "zh-CN"];

/** The US DOJ's example: shares 30/30/20/20 give an HHI of 2,600. */
const DOJ: FixtureAccount[] = [
  { account: "North Co", sales: 30 },
  { account: "South Co", sales: 30 },
  { account: "East Co", sales: 20 },
  { account: "West Co", sales: 20 },
];

const TOWNSHIPS: FixtureAccount[] = [
  { account: "城关镇农资店", sales: 420000, region: "城关镇", credit: "OK", priorSales: 380000 },
  {
    account: '=HYPERLINK("http://x","y")',
    sales: 260000,
    region: "=1+1",
    credit: "WATCH",
    creditReason: "utilisation 85% ≥ 80%",
    priorSales: 300000,
  },
  {
    account: "+1-555",
    sales: 180000,
    region: "河口乡",
    credit: "FAIL",
    creditReason: "120 days overdue > 90",
    priorSales: 90000,
  },
  { account: "-minus", sales: 90000, region: "白沙镇", credit: "OK" },
  { account: "@at", sales: 45000, region: "", credit: "OK", priorSales: 50000 },
  { account: "0042", sales: 5000, credit: "OK", priorSales: 6000 },
];

function summaryCell(spec: SheetSpec, analysis: Analysis, key: SummaryKey): FormulaCell | number {
  const layout = tierLayout(analysis);
  const grid = new SpecGrid(spec);
  const cell = grid.raw(
    `${String.fromCharCode(65 + layout.valueColumn)}${(layout.summaryRow[key] as number) + 1}`
  );
  return cell as FormulaCell | number;
}

function evaluated(spec: SheetSpec, analysis: Analysis, key: SummaryKey) {
  const layout = tierLayout(analysis);
  return new SpecGrid(spec).valueAt(layout.summaryRow[key] as number, layout.valueColumn);
}

describe.each(LANGS)("tier sheet in %s, minimal columns", (lang) => {
  const analysis = makeAnalysis(DOJ, { lang });
  const spec = tierSheet(analysis, lang);
  const layout = tierLayout(analysis);
  const grid = new SpecGrid(spec);
  const text = tierSheetText(lang);

  test("is the add-in's tier sheet, named in its language", () => {
    expect(spec.kind).toBe("tiers");
    expect(spec.name).toBe(sheetNames(lang).tiers);
    expect(spec.marker).toBe("KAM_Tiers");
  });

  test("lays out title, note, summary, a blank row, then the table", () => {
    expect(grid.raw("A1")).toBe(text.title);
    expect(grid.raw("A2")).toBe(text.note);
    expect(layout.summaryRow).toEqual({
      totalSales: 2,
      accounts: 3,
      keyAccounts: 4,
      keyAccountShare: 5,
      paretoCount: 6,
      hhi: 7,
      concentration: 8,
      effectiveCustomers: 9,
    });
    expect(layout.headerRow).toBe(11);
    expect(
      grid
        .values("A11:Z11")
        .flat()
        .every((v) => v === null)
    ).toBe(true);
    expect([layout.firstDataRow, layout.lastDataRow]).toEqual([12, 15]);
  });

  test("without region, credit or prior period the table has the shared tier columns, stars twice", () => {
    expect(layout.columns).toEqual([
      "account",
      "sales",
      "rank",
      "share",
      "cumulativeShare",
      "abc",
      "stars",
      "rating",
      "keyAccount",
      "reason",
    ]);
    const header = grid.values(`A12:J12`)[0];
    expect(header).toEqual(layout.columns.map((k) => tierColumnHeader(k, lang)));
    const shared = words(lang).tierColumns.headers;
    expect(header[0]).toBe(shared.account);
    expect(header[1]).toBe(shared.sales);
    if (lang === "zh-CN") expect(header.slice(0, 3)).toEqual(["客户", "销售额", "排名"]);
    else expect(header.slice(0, 3)).toEqual(["Account", "Sales", "Rank"]);
  });

  test("rows hold the engine's figures in table order, key account as TRUE/FALSE and stars as ★", () => {
    const rows = grid.values("A13:J16");
    expect(rows).toEqual(
      analysis.accounts.map((a) => [
        a.account,
        a.sales,
        a.rank,
        a.share,
        a.cumulativeShare,
        a.abc,
        a.stars,
        "★".repeat(a.stars) + "☆".repeat(4 - a.stars),
        a.keyAccount ? 1 : 0,
        a.reason,
      ])
    );
  });

  test("the table spans header and accounts, is named and styled", () => {
    expect(spec.tables).toEqual([
      { name: "KAM_Tiers_Table", ref: "A12:J16", style: "TableStyleMedium2" },
    ]);
  });

  test("freezes the header row and the account column", () => {
    expect(spec.freeze).toEqual({ rows: 12, columns: 1 });
  });

  test("summary figures are the formulas over the table, with exact references", () => {
    const formulas = Object.fromEntries(
      (Object.keys(layout.summaryRow) as SummaryKey[]).map((k) => [
        k,
        (summaryCell(spec, analysis, k) as FormulaCell).formula,
      ])
    );
    expect(formulas).toEqual({
      totalSales: "=SUM($B$13:$B$16)",
      accounts: "=COUNTA($A$13:$A$16)",
      keyAccounts: "=COUNTIF($I$13:$I$16,1)",
      keyAccountShare: "=SUMIF($I$13:$I$16,1,$B$13:$B$16)/$B$3",
      paretoCount:
        '=COUNTIF($E$13:$E$16,"<"&(0.7-1E-9))+COUNTIFS($B$13:$B$16,LARGE($B$13:$B$16,COUNTIF($E$13:$E$16,"<"&(0.7-1E-9))+1),$B$13:$B$16,">0")',
      hhi: "=SUMPRODUCT(($B$13:$B$16/$B$3*100)^2)",
      concentration: `=IF($B$8>1800,"${text.concentrationLevels.high}",IF($B$8>=1000,"${text.concentrationLevels.moderate}","${text.concentrationLevels.low}"))`,
      effectiveCustomers: "=IF($B$8>0,10000/$B$8,0)",
    });
  });

  test("the DOJ example computes an HHI of 2,600, highly concentrated", () => {
    expect(evaluated(spec, analysis, "hhi")).toBeCloseTo(2600, 9);
    expect(evaluated(spec, analysis, "concentration")).toBe(text.concentrationLevels.high);
    expect((summaryCell(spec, analysis, "hhi") as FormulaCell).value).toBeCloseTo(2600, 9);
  });

  test("summary labels are localized and name the cut-off and the key-account stars", () => {
    const label = (k: SummaryKey) => grid.raw(`A${(layout.summaryRow[k] as number) + 1}`);
    expect(label("paretoCount")).toBe(
      lang === "en" ? "Accounts making up 70% of sales" : "累计达销售额 70% 所需客户数"
    );
    expect(label("keyAccounts")).toBe(
      lang === "en" ? "Key accounts (3★ or more)" : "重点客户数（3星及以上）"
    );
    expect(label("totalSales")).toBe(lang === "en" ? "Total sales" : "销售总额");
  });

  test("writes no text outside text columns that Excel would misread", () => {
    expect(riskyStrings(spec)).toEqual([]);
  });
});

/** Datasets whose summary formulas must compute the engine's figures. */
const DATASETS: [string, FixtureAccount[], Partial<typeof DEFAULT_CRITERIA>][] = [
  ["DOJ 30/30/20/20", DOJ, {}],
  ["one customer", [{ account: "Only", sales: 500 }], {}],
  [
    "cut-off reached exactly",
    [
      { account: "a", sales: 70 },
      { account: "b", sales: 30 },
    ],
    {},
  ],
  [
    "a tie group crosses the cut-off",
    [
      { account: "a", sales: 40 },
      { account: "b", sales: 20 },
      { account: "c", sales: 20 },
      { account: "d", sales: 20 },
    ],
    {},
  ],
  [
    "zero and negative sales at the bottom",
    [
      { account: "a", sales: 50 },
      { account: "b", sales: 50 },
      { account: "c", sales: 0 },
      { account: "d", sales: -10 },
    ],
    {},
  ],
  [
    "rounding noise at the cut-off",
    [
      { account: "a", sales: 0.1 },
      { account: "b", sales: 0.2 },
      { account: "c", sales: 0.4 },
      { account: "d", sales: 0.3 },
    ],
    { aCutoff: 0.7 },
  ],
  [
    "80/95 cut-offs, within rule",
    manyAccounts(200),
    { aCutoff: 0.8, bCutoff: 0.95, abcRule: "within" },
  ],
  [
    "55/85 and 4-star key accounts",
    manyAccounts(97),
    { aCutoff: 0.55, bCutoff: 0.85, keyMinStars: 4 },
  ],
  ["the townships", TOWNSHIPS, {}],
  ["low concentration", manyAccounts(400), {}],
];

describe.each(DATASETS)(
  "summary formulas compute the engine's figures: %s",
  (_, accounts, criteria) => {
    const analysis = makeAnalysis(accounts, {
      criteria: { ...DEFAULT_CRITERIA, ...criteria },
      lost: ["Gone Ltd"],
    });
    const expected: Record<string, unknown> = {
      totalSales: analysis.summary.totalSales,
      accounts: analysis.summary.accounts,
      keyAccounts: analysis.summary.keyAccounts,
      keyAccountShare: analysis.summary.keyAccountShare,
      paretoCount: analysis.summary.paretoCount,
      hhi: analysis.summary.hhi,
      effectiveCustomers: analysis.summary.effectiveCustomers,
    };

    test.each(LANGS)("%s", (lang) => {
      const spec = tierSheet(analysis, lang);
      for (const [key, figure] of Object.entries(expected)) {
        const cell = summaryCell(spec, analysis, key as SummaryKey) as FormulaCell;
        expect(isFormulaCell(cell)).toBe(true);
        expect([key, cell.value]).toEqual([key, figure]);
        const computed = evaluated(spec, analysis, key as SummaryKey) as number;
        expect([key, computed]).toEqual([key, expect.closeTo(figure as number, 6)]);
      }
      const level = tierSheetText(lang).concentrationLevels[analysis.summary.concentration];
      expect(evaluated(spec, analysis, "concentration")).toBe(level);
      expect((summaryCell(spec, analysis, "concentration") as FormulaCell).value).toBe(level);
    });

    test("the Pareto count stays right when the user sorts the table another way", () => {
      const spec = tierSheet(analysis, "en");
      const layout = tierLayout(analysis);
      const grid = new SpecGrid(spec);
      const width = layout.columns.length;
      const rows = analysis.accounts.map((_, i) =>
        Array.from({ length: width }, (__, c) => grid.valueAt(layout.firstDataRow + i, c))
      );
      rows
        .reverse()
        .forEach((row, i) => row.forEach((v, c) => grid.set(layout.firstDataRow + i, c, v)));
      expect(grid.valueAt(layout.summaryRow.paretoCount as number, layout.valueColumn)).toBe(
        analysis.summary.paretoCount
      );
    });
  }
);

describe("every formula", () => {
  const analysis = makeAnalysis(TOWNSHIPS, { lost: ["Gone Ltd", "Closed Shop"] });
  const spec = tierSheet(analysis, "zh-CN");

  test("uses only classic functions both Excel and LibreOffice know, and no KAM functions", () => {
    const classic = new Set([
      "SUM",
      "COUNTA",
      "COUNTIF",
      "COUNTIFS",
      "SUMIF",
      "SUMPRODUCT",
      "LARGE",
      "IF",
      "INDEX",
      "MATCH",
      "AND",
      "TODAY",
    ]);
    for (const { cell } of cellsOf(spec)) {
      if (!isFormulaCell(cell)) continue;
      for (const fn of functionsIn(cell.formula)) expect(classic).toContain(fn);
      expect(cell.formula).not.toMatch(/KAM\.|\[|#|@|!/);
    }
  });

  test("references only cells inside the table, the summary, the lost list or the region rows", () => {
    const layout = tierLayout(analysis);
    const table = spec.tables![0].ref;
    for (const { cell } of cellsOf(spec)) {
      if (!isFormulaCell(cell)) continue;
      for (const ref of cell.formula.match(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g) ?? []) {
        const plain = ref.replace(/\$/g, "");
        const { start } = parseRange(plain);
        const inSummary =
          start.row >= 2 && start.row < layout.headerRow - 1 && start.col === layout.valueColumn;
        const inTableBody = within(plain, table) && start.row > layout.headerRow;
        const inLost =
          layout.lost !== undefined &&
          start.row >= layout.lost.firstRow &&
          start.row <= layout.lost.lastRow &&
          start.col === 0;
        const inRegions =
          layout.regions !== undefined &&
          start.row >= layout.regions.firstRow &&
          start.row <= layout.regions.lastRow;
        expect([ref, inSummary || inTableBody || inLost || inRegions]).toEqual([ref, true]);
      }
    }
  });
});

describe("optional columns: region, credit and the prior period", () => {
  const analysis = makeAnalysis(TOWNSHIPS, { lost: ["Gone Ltd", "=cmd|' /C calc'!A0"] });

  test.each(LANGS)("appear, localized, when the analysis has them (%s)", (lang) => {
    const spec = tierSheet(analysis, lang);
    const layout = tierLayout(analysis);
    expect(layout.columns).toEqual([
      "account",
      "region",
      "sales",
      "rank",
      "share",
      "cumulativeShare",
      "abc",
      "stars",
      "rating",
      "keyAccount",
      "creditStatus",
      "creditReason",
      "reason",
      "priorSales",
      "priorStars",
      "movement",
    ]);
    const grid = new SpecGrid(spec);
    const header = grid.values(`A${layout.headerRow + 1}:P${layout.headerRow + 1}`)[0];
    expect(header).toEqual(layout.columns.map((k) => tierColumnHeader(k, lang)));
    expect(new Set(header).size).toBe(header.length);
    if (lang === "zh-CN") expect(header.slice(-3)).toEqual(["上期销售额", "上期星级", "变化"]);
    const movementOf = (i: number) => grid.raw(tierCell(layout, "movement", i));
    const words = tierSheetText(lang).movement;
    analysis.accounts.forEach((a, i) => expect(movementOf(i)).toBe(words[a.movement!]));
    expect(Object.values(words).map((w) => w[0])).toEqual(["↑", "↓", "→", "✚", "✖"]);
  });

  test("summary values sit in the sales column, beside the label, past the text columns", () => {
    const layout = tierLayout(analysis);
    expect(layout.valueColumn).toBe(2);
    const spec = tierSheet(analysis, "en");
    const textColumns = spec.columns!.filter((c) => c.text).map((c) => c.index);
    expect(textColumns).toEqual([0, 1]);
    for (const { col, cell } of cellsOf(spec))
      if (isFormulaCell(cell)) expect(textColumns).not.toContain(col);
  });

  test("credit status is the code; an account with no findings has a blank credit finding", () => {
    const spec = tierSheet(analysis, "en");
    const layout = tierLayout(analysis);
    const grid = new SpecGrid(spec);
    analysis.accounts.forEach((a, i) => {
      expect(grid.raw(tierCell(layout, "creditStatus", i))).toBe(a.creditStatus);
      expect(grid.raw(tierCell(layout, "creditReason", i))).toBe(a.creditReason || null);
      expect(grid.raw(tierCell(layout, "priorSales", i))).toBe(a.priorSales ?? null);
    });
  });

  test("lost accounts are listed below the table and counted in the summary", () => {
    const spec = tierSheet(analysis, "en");
    const layout = tierLayout(analysis);
    expect(layout.lost).toEqual({
      headingRow: layout.lastDataRow + 2,
      firstRow: layout.lastDataRow + 3,
      lastRow: layout.lastDataRow + 4,
    });
    const grid = new SpecGrid(spec);
    expect(grid.raw(`A${layout.lastDataRow + 2}`)).toBeNull();
    expect(grid.raw(`A${layout.lost!.headingRow + 1}`)).toBe(tierSheetText("en").lostHeading);
    expect(grid.values(`A${layout.lost!.firstRow + 1}:A${layout.lost!.lastRow + 1}`)).toEqual([
      ["Gone Ltd"],
      ["=cmd|' /C calc'!A0"],
    ]);
    expect(evaluated(spec, analysis, "lostAccounts")).toBe(2);
    expect((summaryCell(spec, analysis, "lostAccounts") as FormulaCell).value).toBe(2);
    expect(grid.raw(`A${layout.summaryRow.lostAccounts! + 1}`)).toBe(
      "Lost accounts (listed below the table)"
    );
  });

  test("with a prior period but nobody lost, the count is 0 and there is no list", () => {
    const quiet = makeAnalysis(TOWNSHIPS, { lost: [] });
    const layout = tierLayout(quiet);
    expect(layout.lost).toBeUndefined();
    expect(summaryCell(tierSheet(quiet, "en"), quiet, "lostAccounts")).toBe(0);
  });
});

describe("account names are user text", () => {
  const analysis = makeAnalysis(TOWNSHIPS);
  const spec = tierSheet(analysis, "en");
  const layout = tierLayout(analysis);
  const grid = new SpecGrid(spec);

  test.each(['=HYPERLINK("http://x","y")', "+1-555", "-minus", "@at", "0042"])(
    "%p is stored as a plain string in a text column",
    (name) => {
      const i = analysis.accounts.findIndex((a) => a.account === name);
      expect(i).toBeGreaterThanOrEqual(0);
      const cell = grid.raw(tierCell(layout, "account", i));
      expect(cell).toBe(name);
      expect(typeof cell).toBe("string");
      expect(spec.columns).toContainEqual(expect.objectContaining({ index: 0, text: true }));
    }
  );

  test("a formula-like region is text too", () => {
    const i = analysis.accounts.findIndex((a) => a.region === "=1+1");
    expect(grid.raw(tierCell(layout, "region", i))).toBe("=1+1");
    expect(spec.columns).toContainEqual(
      expect.objectContaining({ index: layout.column.region, text: true })
    );
  });
});

describe("conditional formats by stars", () => {
  const analysis = makeAnalysis(TOWNSHIPS);
  const spec = tierSheet(analysis, "en");
  const layout = tierLayout(analysis);

  test("one rule per star level over the stars and rating cells, each with a fill and a font colour", () => {
    const stars = layout.column.stars!;
    expect(layout.column.rating).toBe(stars + 1);
    const letter = String.fromCharCode(65 + stars);
    const ref = `${letter}${layout.firstDataRow + 1}:${String.fromCharCode(66 + stars)}${layout.lastDataRow + 1}`;
    // The region rows' highlight (a rule of its own) comes after the star rules.
    const starRules = spec.conditionalFormats!.filter(
      (f) => parseRange(f.ref).start.row < layout.lastDataRow
    );
    expect(starRules.map((f) => [f.ref, f.kind === "expression" && f.formula])).toEqual(
      [4, 3, 2, 1].map((n) => [ref, `=$${letter}${layout.firstDataRow + 1}=${n}`])
    );
    const fills = starRules.map((f) => f.fill);
    expect(new Set(fills).size).toBe(4);
    for (const f of spec.conditionalFormats!) expect(f.fontColor).toMatch(/^#[0-9A-F]{6}$/);
  });

  test("number formats: sales in thousands, shares with one decimal", () => {
    const formatOf = (key: "sales" | "share" | "cumulativeShare" | "priorSales") =>
      spec.formats!.find((f) =>
        f.ref.startsWith(
          `${String.fromCharCode(65 + layout.column[key]!)}${layout.firstDataRow + 1}:`
        )
      )?.numberFormat;
    expect(formatOf("sales")).toBe("#,##0");
    expect(formatOf("priorSales")).toBe("#,##0");
    expect(formatOf("share")).toBe("0.0%");
    expect(formatOf("cumulativeShare")).toBe("0.0%");
  });
});

describe("the Pareto chart", () => {
  /** The tier sheet's one chart, a combo chart (columns and a line). */
  const comboChart = (chart: ChartSpec): ComboChartSpec => {
    if (chart.kind !== "combo") throw new Error(`a ${chart.kind} chart, not the Pareto combo`);
    return chart;
  };
  test.each(LANGS)("charts every account when there are few (%s)", (lang) => {
    const analysis = makeAnalysis(TOWNSHIPS);
    const spec = tierSheet(analysis, lang);
    const layout = tierLayout(analysis);
    const chart = comboChart(spec.charts![0]);
    const first = layout.firstDataRow + 1;
    const last = layout.lastDataRow + 1;
    expect(chart.categories).toBe(`A${first}:A${last}`);
    expect(chart.series).toEqual([
      { name: tierColumnHeader("sales", lang), values: `C${first}:C${last}`, type: "column" },
      {
        name: tierColumnHeader("cumulativeShare", lang),
        values: `F${first}:F${last}`,
        type: "line",
        secondaryAxis: true,
      },
    ]);
    expect(chart.secondaryAxisFormat).toBe("0%");
    expect(chart.title).toBe(
      lang === "en" ? "Pareto: sales and cumulative share" : "帕累托图：销售额与累计占比"
    );
  });

  test.each<[Lang, string]>([
    ["en", "Pareto: top 30 of 2,400 accounts"],
    ["zh-CN", "帕累托图：前 30 个客户（共 2,400 个）"],
  ])("charts the first 30 of many and says so (%s)", (lang, title) => {
    const analysis = makeAnalysis(manyAccounts(2400));
    const spec = tierSheet(analysis, lang);
    const layout = tierLayout(analysis);
    const chart = comboChart(spec.charts![0]);
    const first = layout.firstDataRow + 1;
    expect(chart.title).toBe(title);
    expect(chart.categories).toBe(`A${first}:A${first + CHART_ACCOUNTS - 1}`);
    expect(chart.series.map((s) => s.values)).toEqual([
      `B${first}:B${first + 29}`,
      `E${first}:E${first + 29}`,
    ]);
    // The chart's refs point at the table's columns of those names.
    const grid = new SpecGrid(spec);
    expect(grid.raw(`A${layout.headerRow + 1}`)).toBe(tierColumnHeader("account", lang));
    expect(grid.raw(`B${layout.headerRow + 1}`)).toBe(chart.series[0].name);
    expect(grid.raw(`E${layout.headerRow + 1}`)).toBe(chart.series[1].name);
  });

  test.each([[makeAnalysis(DOJ)], [makeAnalysis(TOWNSHIPS, { lost: ["x"] })]])(
    "sits beside the summary, above the table, clear of the summary figures",
    (analysis) => {
      const spec = tierSheet(analysis, "en");
      const layout = tierLayout(analysis);
      const chart = comboChart(spec.charts![0]);
      const from = parseAddress(chart.from);
      const to = parseAddress(chart.to);
      expect(from.row).toBe(0);
      expect(to.row).toBeLessThan(layout.headerRow);
      expect(from.col).toBeGreaterThan(layout.valueColumn + 2);
      expect(to.col).toBeGreaterThan(from.col + 3);
      const lastSummary = Math.max(...Object.values(layout.summaryRow));
      expect(to.row).toBeGreaterThanOrEqual(lastSummary);
    }
  );
});

describe("large analyses", () => {
  // How fast this is belongs to `npm run bench`, not to a test: timings fail on a busy machine.
  test("100,000 accounts give one plain 2-D block for the table", () => {
    const analysis = makeAnalysis(manyAccounts(100_000));
    const spec = tierSheet(analysis, "zh-CN");
    const layout = tierLayout(analysis);
    const table = spec.blocks.find((b) => parseAddress(b.at).row === layout.headerRow)!;
    expect(table.rows).toHaveLength(100_001);
    const misshapen = table.rows.filter(
      (row) =>
        row.length !== layout.columns.length ||
        row.some((cell) => cell !== null && typeof cell === "object")
    );
    expect(misshapen).toEqual([]);
    expect(spec.tables![0].ref).toBe(`A${layout.headerRow + 1}:J${layout.lastDataRow + 1}`);
    expect(layout.lastDataRow).toBe(layout.headerRow + 100_000);
    const grid = new SpecGrid(spec);
    const total = grid.valueAt(layout.summaryRow.totalSales!, layout.valueColumn) as number;
    expect(total).toBeCloseTo(analysis.summary.totalSales, 3);
    expect(grid.valueAt(layout.summaryRow.paretoCount!, layout.valueColumn)).toBe(
      analysis.summary.paretoCount
    );
  });

  test("the account column is wide enough for names and labels, within reason", () => {
    const analysis = makeAnalysis([
      { account: "A".repeat(120), sales: 5 },
      { account: "b", sales: 1 },
    ]);
    const spec = tierSheet(analysis, "en");
    const width = spec.columns!.find((c) => c.index === 0)!.width!;
    expect(width).toBeLessThanOrEqual(48);
    expect(width).toBeGreaterThanOrEqual("Accounts making up 70% of sales".length);
  });

  test("an analysis with no accounts is refused", () => {
    const empty = { ...makeAnalysis(DOJ), accounts: [] };
    expect(() => tierSheet(empty, "en")).toThrow(RangeError);
  });
});
