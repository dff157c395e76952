import { PortfolioRule, clampScore } from "./rule";

/**
 * Attractiveness: sales growth over the prior period, 50 + 100 × growth within 0–100 — flat is 50,
 * +50% or more 100, −50% or less 0. Not assessed without prior sales above 0 (a new account has no
 * growth rate).
 */
export const growthRule: PortfolioRule = {
  key: "growth",
  side: "attractiveness",
  weight: "weightGrowth",
  prepare() {
    return (a) =>
      a.priorSales !== undefined && a.priorSales > 0
        ? clampScore(50 + 100 * (a.sales / a.priorSales - 1))
        : undefined;
  },
};
