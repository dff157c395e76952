import { PortfolioRule } from "./rule";

/** Attractiveness: the business-philosophy score 1–5 as 0–100 (1 → 0, 3 → 50, 5 → 100). */
export const philosophyRule: PortfolioRule = {
  key: "philosophy",
  side: "attractiveness",
  weight: "weightPhilosophy",
  prepare() {
    return (a) => (a.philosophy === undefined ? undefined : (a.philosophy - 1) * 25);
  },
};
