import { PortfolioRule, clampScore } from "./rule";

/**
 * Strength: our share of the account's wallet, sales ÷ potential as 0–100 (sales above the potential
 * count as 100, returns as 0). Not assessed without a potential above 0.
 */
export const walletRule: PortfolioRule = {
  key: "wallet",
  side: "strength",
  weight: "weightWallet",
  prepare() {
    return (a) => {
      const share = a.wallet?.shareOfWallet;
      return share === undefined ? undefined : clampScore(100 * share);
    };
  },
};
