import { PortfolioRule, percentileScores } from "./rule";

/** Attractiveness: the account's size, as the percentile of its sales among all accounts. */
export const sizeRule: PortfolioRule = {
  key: "size",
  side: "attractiveness",
  weight: "weightSize",
  prepare({ accounts }) {
    const score = percentileScores(accounts.map((a) => a.sales));
    return (a) => score(a.sales);
  },
};
