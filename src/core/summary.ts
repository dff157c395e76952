import { AccountTier, AnalysisSummary } from "./analysis-types";
import { concentrationLevel, effectiveCustomers, hhi, paretoCount } from "./concentration";
import { Criteria } from "./criteria";

/**
 * The figures of the summary block, over the accounts as summed (one customer, one share).
 * `total` is the engine's total of the same sales, so every share here matches the tier table's.
 */
export function summarise(
  accounts: readonly AccountTier[],
  total: number,
  criteria: Criteria,
  lostAccounts: string[]
): AnalysisSummary {
  const sales = new Float64Array(accounts.length);
  let keyAccounts = 0;
  let keySales = 0;
  accounts.forEach((account, i) => {
    sales[i] = account.sales;
    if (account.keyAccount) {
      keyAccounts++;
      keySales += account.sales;
    }
  });
  const index = hhi(sales);
  return {
    totalSales: total,
    accounts: accounts.length,
    keyAccounts,
    keyAccountShare: keySales / total,
    paretoCount: paretoCount(sales, criteria.aCutoff),
    paretoCutoff: criteria.aCutoff,
    hhi: index,
    concentration: concentrationLevel(index),
    effectiveCustomers: effectiveCustomers(index),
    lostAccounts,
  };
}
