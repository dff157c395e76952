/**
 * The tier sheet's wallet columns and its region summary, from the engine's own analysis: the region
 * rows' formulas compute the engine's figures, regions without a key account are flagged, and the
 * development column is there only when its criterion is on.
 */
import { analyseCustomers } from "../../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { Lang } from "../../../src/core/language";
import { summariseRegions } from "../../../src/core/regions";
import { tierLayout, tierSheet } from "../../../src/core/sheets/tier-sheet";
import { tierColumnHeader, tierSheetText } from "../../../src/core/sheets/sheet-text";
import { CustomerRow } from "../../../src/core/table/customer-types";
import { SpecGrid } from "./formula-eval";

const row = (
  sheetRow: number,
  account: string,
  sales: number,
  region?: string,
  potential?: number
): CustomerRow => ({ sheetRow, account, sales, region, potential });

/** Two townships hold the three key accounts; two others have none; one shop has no region. */
const ROWS: CustomerRow[] = [
  row(2, "A", 500, "North", 800),
  row(3, "B", 300, "North", 400),
  row(4, "C", 250, "south", 1000),
  row(5, "D", 40, "East", 900),
  row(6, "E", 30, "East"),
  row(7, "F", 20, "West", 0),
  row(8, "G", 10, undefined, 100),
  row(9, "H", 5, "South", 50),
];

const analysisOf = (minHeadroom = 0) =>
  analyseCustomers(ROWS, { ...DEFAULT_CRITERIA, developmentMinHeadroom: minHeadroom }, "en");

describe("region summary in core", () => {
  const analysis = analysisOf();

  test("counts accounts, sales and key accounts per region, ignoring case, largest first", () => {
    const regions = summariseRegions(analysis.accounts, analysis.summary.totalSales);
    const keyAccounts = analysis.accounts.filter((a) => a.keyAccount).map((a) => a.account);
    expect(keyAccounts.sort()).toEqual(["A", "B", "C"]);
    expect(
      regions.map((r) => [r.region, r.accounts, r.sales, r.keyAccounts, r.noKeyAccount])
    ).toEqual([
      ["North", 2, 800, 2, false],
      ["south", 2, 255, 1, false],
      ["East", 2, 70, 0, true],
      ["West", 1, 20, 0, true],
      ["", 1, 10, 0, true],
    ]);
    expect(regions.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    expect(regions[0].share).toBeCloseTo(800 / 1155, 12);
  });
});

describe.each<Lang>(["en", "zh-CN"])("tier sheet with potential and regions (%s)", (lang) => {
  const analysis = analysisOf();
  const spec = tierSheet(analysis, lang);
  const layout = tierLayout(analysis);
  const grid = new SpecGrid(spec);
  const text = tierSheetText(lang);

  test("shows potential, share of wallet and headroom, and no development column while it is off", () => {
    const header = (key: "potential" | "shareOfWallet" | "headroom") =>
      grid.valueAt(layout.headerRow, layout.column[key]!);
    expect([header("potential"), header("shareOfWallet"), header("headroom")]).toEqual([
      tierColumnHeader("potential", lang),
      tierColumnHeader("shareOfWallet", lang),
      tierColumnHeader("headroom", lang),
    ]);
    expect(layout.column.development).toBeUndefined();
    const at = (account: string, key: "potential" | "shareOfWallet" | "headroom") => {
      const i = analysis.accounts.findIndex((a) => a.account === account);
      return grid.valueAt(layout.firstDataRow + i, layout.column[key]!);
    };
    expect([at("C", "potential"), at("C", "shareOfWallet"), at("C", "headroom")]).toEqual([
      1000, 0.25, 750,
    ]);
    // No potential: not assessed, blank. A potential of 0: no share, headroom minus the sales.
    expect([at("E", "potential"), at("E", "shareOfWallet"), at("E", "headroom")]).toEqual([
      null,
      null,
      null,
    ]);
    expect([at("F", "potential"), at("F", "shareOfWallet"), at("F", "headroom")]).toEqual([
      0,
      null,
      -20,
    ]);
  });

  test("the region rows are formulas that compute the engine's figures, blank regions included", () => {
    const regions = layout.regions!;
    const engine = summariseRegions(analysis.accounts, analysis.summary.totalSales);
    expect(regions.lastRow - regions.firstRow + 1).toBe(engine.length);
    expect(grid.valueAt(regions.headingRow, 0)).toBe(text.regions.heading);
    const c = regions.salesColumn;
    engine.forEach((r, i) => {
      const at = (offset: number) => grid.valueAt(regions.firstRow + i, c + offset);
      expect(grid.valueAt(regions.firstRow + i, 0)).toBe(
        r.region === "" ? text.regions.noRegion : r.region
      );
      expect([at(0), at(1), at(3), at(4)]).toEqual([
        r.sales,
        r.accounts,
        r.keyAccounts,
        r.noKeyAccount ? 1 : 0,
      ]);
      expect(at(2) as number).toBeCloseTo(r.share, 12);
    });
  });

  test("regions without a key account are highlighted", () => {
    const regions = layout.regions!;
    const rule = spec.conditionalFormats!.find((f) =>
      f.ref.startsWith(`A${regions.firstRow + 1}:`)
    );
    expect(rule).toMatchObject({ kind: "expression" });
    expect(rule!.kind === "expression" && rule!.formula).toBe(
      `=$${String.fromCharCode(65 + regions.salesColumn + 4)}${regions.firstRow + 1}=1`
    );
  });
});

describe("development accounts", () => {
  test("are the accounts that are not key accounts with headroom at least the criterion", () => {
    const analysis = analysisOf(850);
    const development = analysis.accounts
      .filter((a) => a.wallet?.development)
      .map((a) => a.account);
    // D: 900 − 40 = 860 ≥ 850. C has 750 and is a key account anyway; A, B are key accounts.
    expect(development).toEqual(["D"]);
    expect(analysis.accounts.find((a) => a.account === "D")!.keyAccount).toBe(false);
    const layout = tierLayout(analysis);
    const grid = new SpecGrid(tierSheet(analysis, "en"));
    const flags = analysis.accounts.map((_, i) =>
      grid.valueAt(layout.firstDataRow + i, layout.column.development!)
    );
    expect(flags).toEqual(
      analysis.accounts.map((a) => (a.wallet ? (a.account === "D" ? 1 : 0) : null))
    );
  });

  test("turning the rule on changes no stars and no key account", () => {
    const off = analysisOf(0).accounts.map((a) => [a.account, a.stars, a.keyAccount]);
    const on = analysisOf(1).accounts.map((a) => [a.account, a.stars, a.keyAccount]);
    expect(on).toEqual(off);
  });
});

describe("without potential or regions", () => {
  test("no wallet columns and no region rows", () => {
    const analysis = analyseCustomers([row(2, "A", 10), row(3, "B", 5)], DEFAULT_CRITERIA, "en");
    const layout = tierLayout(analysis);
    expect(analysis.hasPotential).toBe(false);
    expect(layout.column.potential).toBeUndefined();
    expect(layout.regions).toBeUndefined();
  });
});
