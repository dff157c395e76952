import { AccountIndex } from "./account-index";
import { Criteria } from "./criteria";
import { CreditStatus, worseCredit } from "./credit";
import { Grade, GradeInput } from "./grade";
import { Lang } from "./language";
import { GradeBook, forEachRanked, rankAccounts } from "./tier-ranking";

/** One customer as read from the user's table. */
export interface AccountRecord {
  account: string;
  sales: number;
  credit?: CreditStatus;
  philosophy?: number;
}

/** One row of the tier table: where the account stands and how many stars it earns. */
export interface TierRow extends AccountRecord {
  rank: number;
  share: number;
  cumulativeShare: number;
  abc: GradeInput["abc"];
  stars: Grade["stars"];
  keyAccount: boolean;
  reason: string;
}

export interface MergedAccount {
  account: string;
  rows: number;
}

export interface TierTable<R extends AccountRecord = AccountRecord> {
  /** Sorted by sales, largest first; equal sales keep the order they had in the data. */
  rows: (TierRow & R)[];
  total: number;
  /** Names that appeared more than once and were summed into one account. */
  merged: MergedAccount[];
}

/** Names are compared as a person would: surrounding spaces and letter case do not make a new customer. */
export function accountKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * How a caller combines the fields of its own records (beyond sales, credit and philosophy) when two
 * rows name the same account. `into` is already a copy of the first row, so its own fields may be
 * reassigned; nested objects (arrays) are still the first row's.
 */
export type CombineExtra<R extends AccountRecord> = (into: R, record: R) => void;

/**
 * Sums the rows that name the same account. The combined account keeps the worst credit status and
 * the lowest philosophy score of its rows, so merging never flatters a customer. Other fields of the
 * records are kept from the first row unless `combineExtra` combines them.
 */
export function mergeAccounts<R extends AccountRecord>(
  records: readonly R[],
  combineExtra?: CombineExtra<R>
): {
  accounts: R[];
  merged: MergedAccount[];
} {
  // Numbers accounts by name as accountKey compares names, without a lower-cased copy of each.
  const index = new AccountIndex(records.length);
  const accounts: R[] = [];
  const rowCounts: number[] = [];
  for (const record of records) {
    const name = record.account.trim();
    const at = index.add(name);
    if (at === accounts.length) {
      // The user's record is shared until a second row makes it change (below), which keeps a
      // million-row list from being copied for nothing.
      accounts.push(record.account === name ? record : { ...record, account: name });
      rowCounts.push(1);
      continue;
    }
    if (rowCounts[at]++ === 1) accounts[at] = { ...accounts[at] };
    combineInto(accounts[at], record);
    combineExtra?.(accounts[at], record);
  }
  const merged: MergedAccount[] = [];
  accounts.forEach(
    (a, i) => rowCounts[i] > 1 && merged.push({ account: a.account, rows: rowCounts[i] })
  );
  return { accounts, merged };
}

function combineInto(into: AccountRecord, record: AccountRecord): void {
  into.sales += record.sales;
  if (record.credit !== undefined)
    into.credit =
      into.credit === undefined ? record.credit : worseCredit(into.credit, record.credit);
  if (record.philosophy !== undefined)
    into.philosophy =
      into.philosophy === undefined
        ? record.philosophy
        : Math.min(into.philosophy, record.philosophy);
}

/**
 * The whole tier analysis: shares, ranks, classes, stars and reasons for every account, sorted by sales.
 * One radix sort of the sales figures gives the order, the totals above each account and the class
 * bounds (see tier-ranking.ts), which keeps 1,000,000 accounts fast.
 * With `combineExtra` the records' own fields (beyond sales, credit and philosophy) are carried into the
 * rows, combined by it where rows name the same account; without it they are left out, at no cost.
 */
export function computeTiers(
  records: readonly AccountRecord[],
  criteria: Criteria,
  lang: Lang
): TierTable;
// Overloads: ESLint's base no-redeclare rule does not know them.
// eslint-disable-next-line no-redeclare
export function computeTiers<R extends AccountRecord>(
  records: readonly R[],
  criteria: Criteria,
  lang: Lang,
  combineExtra: CombineExtra<R>
): TierTable<R>;
// eslint-disable-next-line no-redeclare
export function computeTiers<R extends AccountRecord>(
  records: readonly R[],
  criteria: Criteria,
  lang: Lang,
  combineExtra?: CombineExtra<R>
): TierTable<R> {
  const { accounts, merged } = mergeAccounts(records, combineExtra);
  const sales = new Float64Array(accounts.length);
  for (let i = 0; i < accounts.length; i++) sales[i] = accounts[i].sales;
  const ranking = rankAccounts(sales, criteria);
  const book = new GradeBook(criteria, lang);
  const rows: (TierRow & R)[] = [];
  forEachRanked(ranking, sales, (index, rank, cumulativeShare, abc) => {
    const record = accounts[index];
    const { grade, reason } = book.lookup(abc, record.credit, record.philosophy, record.sales);
    const row: TierRow = {
      account: record.account,
      sales: record.sales,
      credit: record.credit,
      philosophy: record.philosophy,
      rank,
      share: record.sales / ranking.total,
      cumulativeShare,
      abc,
      stars: grade.stars,
      keyAccount: grade.keyAccount,
      reason,
    };
    // Copied after the literal: spreading the record into it is many times slower in V8. The base
    // fields are set again by the copy, with the same values.
    rows.push((combineExtra ? Object.assign(row, record) : row) as TierRow & R);
  });
  return { rows, total: ranking.total, merged };
}
