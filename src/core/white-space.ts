import { AccountTier, Analysis } from "./analysis-types";

/**
 * White space (issue 15): which account buys which product category from us, and where it buys none.
 * Accounts are ranked by their potential (what they buy from all suppliers) when the ledger has a
 * potential column, so the large accounts with gaps come first; without one, by our sales. An
 * account without a potential figure comes after those with one, by sales.
 */

/** One account's row: our sales in each category (undefined: white space) and how many gaps. */
export interface WhiteSpaceAccount {
  account: string;
  region?: string;
  potential?: number;
  stars: number;
  keyAccount: boolean;
  sales: number;
  /** Our sales per category, in `WhiteSpaceView.categories` order; undefined where it buys none. */
  cells: (number | undefined)[];
  /** How many categories it buys none of from us. */
  gaps: number;
}

/** A region's sales per category and its accounts' gaps. */
export interface WhiteSpaceRegion {
  region: string;
  accounts: number;
  cells: number[];
  total: number;
  gaps: number;
}

export interface WhiteSpaceView {
  categories: string[];
  rankedBy: "potential" | "sales";
  accounts: WhiteSpaceAccount[];
  /** Our sales per category over all accounts, and how many accounts buy each. */
  totals: number[];
  buyers: number[];
  total: number;
  gaps: number;
  /** Per region, in the order of their first account in the ranking; absent without a region column. */
  regions?: WhiteSpaceRegion[];
}

/** A cell with sales is one the account buys; zero or less (returns only) is white space. */
const bought = (value: number | undefined): value is number => value !== undefined && value > 0;

function byPotentialThenSales(a: AccountTier, b: AccountTier): number {
  const pa = a.wallet?.potential ?? -Infinity;
  const pb = b.wallet?.potential ?? -Infinity;
  return pb - pa || b.sales - a.sales;
}

/** Whether the analysis has categories to show (the ledger has a category column or columns). */
export function hasWhiteSpace(analysis: Analysis): boolean {
  return (analysis.categories?.length ?? 0) > 0;
}

/** The white-space view of an analysis with categories; undefined without any. */
export function whiteSpaceView(analysis: Analysis): WhiteSpaceView | undefined {
  const categories = analysis.categories;
  if (!categories || categories.length === 0) return undefined;
  const byPotential = analysis.accounts.some((a) => a.wallet !== undefined);
  // analysis.accounts is in sales order already; a stable sort keeps it among equal potentials.
  const ranked = byPotential
    ? [...analysis.accounts].sort(byPotentialThenSales)
    : analysis.accounts;
  const accounts = ranked.map((a): WhiteSpaceAccount => {
    const cells = categories.map((c) => {
      const value = a.categorySales?.[c];
      return value === undefined || value === 0 ? undefined : value;
    });
    return {
      account: a.account,
      ...(a.region === undefined ? {} : { region: a.region }),
      ...(a.wallet ? { potential: a.wallet.potential } : {}),
      stars: a.stars,
      keyAccount: a.keyAccount,
      sales: a.sales,
      cells,
      gaps: cells.filter((v) => !bought(v)).length,
    };
  });
  const totals = categories.map((_, i) => accounts.reduce((s, a) => s + (a.cells[i] ?? 0), 0));
  const buyers = categories.map((_, i) => accounts.filter((a) => bought(a.cells[i])).length);
  const hasRegion = analysis.accounts.some((a) => a.region !== undefined);
  return {
    categories: [...categories],
    rankedBy: byPotential ? "potential" : "sales",
    accounts,
    totals,
    buyers,
    total: totals.reduce((s, x) => s + x, 0),
    gaps: accounts.reduce((s, a) => s + a.gaps, 0),
    ...(hasRegion ? { regions: regionsOf(accounts, categories.length) } : {}),
  };
}

/** Accounts without a region are gathered under "" (the sheet words it "no region"). */
function regionsOf(accounts: readonly WhiteSpaceAccount[], width: number): WhiteSpaceRegion[] {
  const regions = new Map<string, WhiteSpaceRegion>();
  for (const a of accounts) {
    const name = a.region ?? "";
    let region = regions.get(name);
    if (!region) {
      region = {
        region: name,
        accounts: 0,
        cells: new Array<number>(width).fill(0),
        total: 0,
        gaps: 0,
      };
      regions.set(name, region);
    }
    region.accounts++;
    region.gaps += a.gaps;
    a.cells.forEach((v, i) => {
      region!.cells[i] += v ?? 0;
      region!.total += v ?? 0;
    });
  }
  return [...regions.values()];
}
