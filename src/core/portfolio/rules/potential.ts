import { PortfolioRule, percentileScores } from "./rule";

/**
 * Attractiveness: the account's potential (its purchases from all suppliers), as the percentile
 * among the accounts that have one. Not assessed without a potential figure.
 */
export const potentialRule: PortfolioRule = {
  key: "potential",
  side: "attractiveness",
  weight: "weightPotential",
  prepare({ accounts }) {
    const figures = accounts.flatMap((a) => (a.wallet ? [a.wallet.potential] : []));
    const score = percentileScores(figures);
    return (a) => (a.wallet ? score(a.wallet.potential) : undefined);
  },
};
