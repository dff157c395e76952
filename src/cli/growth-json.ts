import type { Analysis } from "../core/analysis-types";
import { hasPortfolio, portfolioView } from "../core/portfolio/portfolio";
import type { Quadrant } from "../core/portfolio/quadrant";
import type { PortfolioRuleKey } from "../core/portfolio/rules/rule";
import { whiteSpaceView } from "../core/white-space";

/** `--json`'s white space (issue 15): what the KAM White Space sheet shows, keyed by category. */
export interface WhiteSpaceJson {
  categories: string[];
  rankedBy: "potential" | "sales";
  /** In the sheet's order; `sales` has only the categories the account buys, `gaps` the others. */
  accounts: {
    account: string;
    region: string | null;
    potential: number | null;
    sales: Record<string, number>;
    gaps: string[];
  }[];
  totals: Record<string, number>;
  /** Per region ("" for the accounts without one); absent without a region column. */
  regions?: { region: string; accounts: number; sales: Record<string, number>; gaps: number }[];
}

/** `--json`'s portfolio matrix: each account's scores, sides (0–100, null when not assessed) and quadrant. */
export interface PortfolioJson {
  cut: number;
  accounts: {
    account: string;
    sales: number;
    stars: number;
    keyAccount: boolean;
    attractiveness: number | null;
    strength: number | null;
    quadrant: Quadrant | null;
    scores: Partial<Record<PortfolioRuleKey, number>>;
  }[];
}

const byCategory = (categories: readonly string[], values: readonly (number | undefined)[]) =>
  Object.fromEntries(
    categories.flatMap((c, i) => (values[i] === undefined ? [] : [[c, values[i] as number]]))
  );

/** Null when the ledger has no product categories. */
export function whiteSpaceJson(analysis: Analysis): WhiteSpaceJson | null {
  const view = whiteSpaceView(analysis);
  if (!view) return null;
  const { categories } = view;
  return {
    categories,
    rankedBy: view.rankedBy,
    accounts: view.accounts.map((a) => ({
      account: a.account,
      region: a.region ?? null,
      potential: a.potential ?? null,
      sales: byCategory(categories, a.cells),
      gaps: categories.filter((_, i) => !(a.cells[i] !== undefined && a.cells[i]! > 0)),
    })),
    totals: byCategory(categories, view.totals),
    ...(view.regions
      ? {
          regions: view.regions.map((r) => ({
            region: r.region,
            accounts: r.accounts,
            sales: byCategory(categories, r.cells),
            gaps: r.gaps,
          })),
        }
      : {}),
  };
}

/** Null when no KAM Portfolio sheet is written (strength would rest on credit alone, or nothing). */
export function portfolioJson(analysis: Analysis): PortfolioJson | null {
  const view = portfolioView(analysis);
  if (!hasPortfolio(view)) return null;
  return {
    cut: view.cut,
    accounts: view.accounts.map((a) => ({
      account: a.account,
      sales: a.sales,
      stars: a.stars,
      keyAccount: a.keyAccount,
      attractiveness: a.attractiveness ?? null,
      strength: a.strength ?? null,
      quadrant: a.quadrant ?? null,
      scores: a.scores,
    })),
  };
}
