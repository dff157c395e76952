import { AccountTier } from "./analysis-types";

/*
 * The region summary (issue 15): per region (a township or district) how many accounts, their sales,
 * how many are key accounts and the region's share of all sales. A region without a key account is
 * flagged: the distributor has no anchor shop there.
 */

export interface RegionSummary {
  /** The region as first written in the table; "" for the accounts without a region. */
  region: string;
  accounts: number;
  sales: number;
  keyAccounts: number;
  /** The region's sales ÷ all accounts' sales. */
  share: number;
  /** No key account in the region. */
  noKeyAccount: boolean;
}

/**
 * One entry per region, largest sales first (then by name). Regions are told apart as Excel's `=`
 * compares text: ignoring case (and, here, surrounding spaces), so the sheet's formulas agree. Accounts
 * without a region are one entry with region "" (last), so the regions' sales add up to the total.
 */
export function summariseRegions(
  accounts: readonly AccountTier[],
  totalSales: number
): RegionSummary[] {
  const byKey = new Map<string, RegionSummary>();
  for (const account of accounts) {
    const region = (account.region ?? "").trim();
    const key = region.toLowerCase();
    let entry = byKey.get(key);
    if (!entry) {
      entry = { region, accounts: 0, sales: 0, keyAccounts: 0, share: 0, noKeyAccount: true };
      byKey.set(key, entry);
    }
    entry.accounts++;
    entry.sales += account.sales;
    if (account.keyAccount) {
      entry.keyAccounts++;
      entry.noKeyAccount = false;
    }
  }
  const regions = [...byKey.values()];
  for (const r of regions) r.share = totalSales > 0 ? r.sales / totalSales : 0;
  return regions.sort(
    (a, b) =>
      Number(a.region === "") - Number(b.region === "") ||
      b.sales - a.sales ||
      (a.region < b.region ? -1 : a.region > b.region ? 1 : 0)
  );
}

/** Whether the accounts have regions to summarise (at least one account has one). */
export function hasRegions(accounts: readonly AccountTier[]): boolean {
  return accounts.some((a) => a.region !== undefined && a.region.trim() !== "");
}
