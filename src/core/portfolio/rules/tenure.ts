import { PortfolioRule, clampScore } from "./rule";

/** Years as a customer from which tenure scores 100. */
export const FULL_TENURE_YEARS = 10;

/** Strength: years as a customer, 10 per year up to 100 at ten years. Not assessed without a tenure column. */
export const tenureRule: PortfolioRule = {
  key: "tenure",
  side: "strength",
  weight: "weightTenure",
  prepare() {
    return (a) =>
      a.tenure === undefined ? undefined : clampScore((100 * a.tenure) / FULL_TENURE_YEARS);
  },
};
