import { analyseCustomers } from "../../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import type { Lang } from "../../../src/core/language";
import { portfolioView } from "../../../src/core/portfolio/portfolio";
import { growthSheets } from "../../../src/core/sheets/growth-sheets";
import { portfolioLayout } from "../../../src/core/sheets/portfolio-sheet";
import { portfolioText } from "../../../src/core/sheets/portfolio-text";
import { isFormulaCell } from "../../../src/core/sheets/sheet-spec";
import { whiteSpaceLayout } from "../../../src/core/sheets/white-space-sheet";
import { isCategoryHeader } from "../../../src/core/table/category-headers";
import { detectColumns } from "../../../src/core/table/header-detection";
import { readCustomers } from "../../../src/core/table/read-customers";
import { whiteSpaceView } from "../../../src/core/white-space";
import { SpecGrid } from "../sheets/formula-eval";
import { cellsOf, riskyStrings } from "../sheets/spec-helpers";
import { sheetNames } from "../../../src/core/sheets/sheet-names";

type Row = (string | number | null)[];

/** A wide ledger: one column of sales per category, blank where the shop buys none from us. */
const WIDE_ZH: Row[] = [
  [
    "客户",
    "乡镇",
    "销售额",
    "潜力",
    "信用额度",
    "应收账款",
    "杀虫剂销售额",
    "杀菌剂（元）",
    "除草剂",
    "叶面肥",
  ],
  ["甲", "城关镇", 1000, 1500, 500, 100, 600, 400, null, null],
  ["乙", "城关镇", 600, 3000, 500, 450, 600, null, null, null],
  ["丙", "白沙镇", 300, null, 100, 10, 100, 100, 50, 50],
  ["丁", null, 100, 200, 100, 0, null, null, 100, null],
];

/** The same shops as a long ledger: one row per shop and category, in English. */
const LONG_EN: Row[] = [
  [
    "Customer",
    "Region",
    "Category",
    "Sales",
    "Potential",
    "Relationship stage",
    "Years as customer",
  ],
  ["A", "North", "Insecticide", 600, 750, "partnership", 8],
  ["A", "North", "Fungicide", 400, 750, "partnership", 8],
  ["B", "North", "Insecticide", 600, 3000, "transactional", 2],
  ["C", "South", "Insecticide", 100, null, "basic", null],
  ["C", "South", "Fungicide", 100, null, null, null],
  ["C", "South", "Herbicide", 100, null, null, null],
  ["D", null, "Herbicide", 100, 200, "embedded partnership", 12],
];

function analysisOf(values: Row[], lang: Lang) {
  const detected = detectColumns(values)!;
  const table = readCustomers(values, detected, 1, lang);
  return { table, analysis: analyseCustomers(table.rows, { ...DEFAULT_CRITERIA }, lang) };
}

describe("category columns", () => {
  test.each([
    "杀虫剂",
    "杀菌剂销售额",
    "除草剂（元）",
    "叶面肥",
    "Insecticide",
    "Fungicide sales",
    "Foliar fertiliser (yuan)",
    "Herbicides",
  ])("%s names a category", (header) => expect(isCategoryHeader(header)).toBe(true));

  test.each(["销售额", "Sales", "潜力", "Insecticide share", "客户"])("%s does not", (header) =>
    expect(isCategoryHeader(header)).toBe(false)
  );

  test("a wide ledger's category columns are found, and not mistaken for the sales column", () => {
    const detected = detectColumns(WIDE_ZH)!;
    expect(detected.mapping.sales).toBe(2);
    expect(detected.categories).toEqual([
      { column: 6, category: "杀虫剂" },
      { column: 7, category: "杀菌剂" },
      { column: 8, category: "除草剂" },
      { column: 9, category: "叶面肥" },
    ]);
  });

  test("a long ledger: one account per name, a duplicate only when the category repeats", () => {
    const { table, analysis } = analysisOf(LONG_EN, "en");
    expect(table.problems.filter((p) => p.kind === "duplicateAccount")).toEqual([]);
    expect(analysis.accounts.map((a) => [a.account, a.sales])).toEqual([
      ["A", 1000],
      ["B", 600],
      ["C", 300],
      ["D", 100],
    ]);
    expect(analysis.categories).toEqual(["Insecticide", "Fungicide", "Herbicide"]);
    const twice = analysisOf(
      [...LONG_EN, ["B", "North", "Insecticide", 5, 3000, null, null]],
      "en"
    );
    expect(twice.table.problems).toContainEqual(
      expect.objectContaining({ kind: "duplicateAccount", account: "B · Insecticide" })
    );
  });

  test("stages are read in either language and the Cranfield words; tenure as years", () => {
    const { analysis } = analysisOf(LONG_EN, "en");
    const by = new Map(analysis.accounts.map((a) => [a.account, a]));
    expect(by.get("A")?.stage).toBe("partnership");
    expect(by.get("C")?.stage).toBe("transactional");
    expect(by.get("D")?.stage).toBe("embeddedPartnership");
    expect(by.get("D")?.tenure).toBe(12);
  });
});

describe("white space", () => {
  test("accounts ranked by potential, those without one last; gaps and totals per category", () => {
    const view = whiteSpaceView(analysisOf(WIDE_ZH, "zh-CN").analysis)!;
    expect(view.rankedBy).toBe("potential");
    expect(view.accounts.map((a) => a.account)).toEqual(["乙", "甲", "丁", "丙"]);
    expect(view.accounts.map((a) => a.gaps)).toEqual([3, 2, 3, 0]);
    expect(view.totals).toEqual([1300, 500, 150, 50]);
    expect(view.buyers).toEqual([3, 2, 2, 1]);
    expect(view.regions?.map((r) => [r.region, r.accounts, r.total, r.gaps])).toEqual([
      ["城关镇", 2, 1600, 5],
      ["", 1, 100, 3],
      ["白沙镇", 1, 300, 0],
    ]);
  });

  test("without a potential column, by our sales; without categories, no view", () => {
    const noPotential = WIDE_ZH.map((row) => row.filter((_, i) => i !== 3));
    const view = whiteSpaceView(analysisOf(noPotential, "zh-CN").analysis)!;
    expect(view.rankedBy).toBe("sales");
    expect(view.accounts.map((a) => a.account)).toEqual(["甲", "乙", "丙", "丁"]);
    const plain = WIDE_ZH.map((row) => row.slice(0, 6));
    expect(whiteSpaceView(analysisOf(plain, "zh-CN").analysis)).toBeUndefined();
    expect(growthSheets(analysisOf(plain, "zh-CN").analysis, "zh-CN").map((s) => s.kind)).toEqual([
      "portfolio",
    ]);
  });
});

describe.each([
  ["zh-CN", WIDE_ZH],
  ["en", LONG_EN],
] as [Lang, Row[]][])("the growth sheets in %s", (lang, ledger) => {
  const { analysis } = analysisOf(ledger, lang);
  const specs = growthSheets(analysis, lang);

  test("KAM White Space and KAM Portfolio, marked as the add-in's, set up to print", () => {
    expect(specs.map((s) => [s.kind, s.name, s.marker])).toEqual([
      ["whiteSpace", sheetNames(lang).whiteSpace, "KAM_White_Space"],
      ["portfolio", sheetNames(lang).portfolio, "KAM_Portfolio"],
    ]);
    for (const spec of specs) {
      expect(spec.pageSetup?.titleRows?.first).toBe(spec.freeze!.rows - 1);
      expect(riskyStrings(spec)).toEqual([]);
    }
  });

  test("every formula computes the engine's figure over the sheet's own cells", () => {
    for (const spec of specs) {
      const grid = new SpecGrid(spec);
      let checked = 0;
      for (const { row, col, cell } of cellsOf(spec)) {
        if (!isFormulaCell(cell)) continue;
        checked++;
        const got = grid.valueAt(row, col);
        if (typeof cell.value === "number") expect(got as number).toBeCloseTo(cell.value, 9);
        else expect(got).toBe(cell.value);
      }
      expect(checked).toBeGreaterThan(4 * 2);
    }
  });

  test("white space is shaded by a rule over the category cells, so a figure typed in loses it", () => {
    const spec = specs[0];
    const layout = whiteSpaceLayout(whiteSpaceView(analysis)!);
    const [rule] = spec.conditionalFormats!;
    expect(rule.kind).toBe("expression");
    const grid = new SpecGrid({
      blocks: [
        ...spec.blocks,
        { at: "Z1", rows: [[{ formula: rule.kind === "expression" ? rule.formula : "" }]] },
      ],
    });
    // The rule's formula, read at the top-left category cell of the first account.
    const first = spec.blocks[2].rows[1][layout.firstCategoryCol];
    expect(grid.valueAt(0, 25)).toBe(first === null);
  });

  test("the quadrant written per account is the engine's, with its treatment", () => {
    const spec = specs[1];
    const view = portfolioView(analysis);
    const text = portfolioText(lang);
    const grid = new SpecGrid(spec);
    const table = spec.blocks[3];
    const header = table.rows[1] as string[];
    const quadrantCol = header.indexOf(text.headers.quadrant);
    const treatmentCol = header.indexOf(text.headers.treatment);
    view.accounts.forEach((a, i) => {
      const row = portfolioLayout(view).firstDataRow + i;
      expect(grid.valueAt(row, quadrantCol)).toBe(a.quadrant ? text.quadrant[a.quadrant] : "");
      expect(grid.valueAt(row, treatmentCol)).toBe(a.quadrant ? text.treatment[a.quadrant] : "");
    });
  });
});
