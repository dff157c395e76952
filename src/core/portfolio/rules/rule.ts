import type { AccountTier } from "../../analysis-types";
import type { PortfolioCriteria } from "../../criteria";

/** What a rule may compare an account with: all the accounts of the analysis. */
export interface PortfolioPopulation {
  accounts: readonly AccountTier[];
}

/**
 * One criterion of the portfolio matrix: a score from 0 to 100 for an account, or undefined when the
 * table cannot assess it (no such column, or a blank), and where its weight is on the criteria.
 */
export interface PortfolioRule {
  key: PortfolioRuleKey;
  side: "attractiveness" | "strength";
  weight: keyof PortfolioCriteria;
  /** Prepared once per analysis (a sorted population), then asked per account. */
  prepare(population: PortfolioPopulation): (account: AccountTier) => number | undefined;
}

export type PortfolioRuleKey =
  "size" | "growth" | "potential" | "philosophy" | "wallet" | "stage" | "credit" | "tenure";

/** Keeps a score within 0–100. */
export const clampScore = (score: number): number => Math.min(100, Math.max(0, score));

/**
 * 100 × the share of the other accounts with a smaller figure: the largest scores 100, the smallest
 * 0, equal figures the same; a lone account scores 100. Checkable by hand: the 3rd of 11 distinct
 * figures scores 100 × 8/10 = 80.
 */
export function percentileScores(figures: readonly number[]): (figure: number) => number {
  const sorted = Float64Array.from(figures).sort();
  const n = sorted.length;
  return (figure) => {
    if (n <= 1) return 100;
    // How many figures are smaller: the first index not below the figure.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < figure) lo = mid + 1;
      else hi = mid;
    }
    return (100 * lo) / (n - 1);
  };
}
