import { divisionError, numberError } from "./errors";

/** Days sales outstanding: receivables / credit sales × days in the period. */
export function daysSalesOutstanding(receivables: number, creditSales: number, days = 365): number {
  if (creditSales === 0) throw divisionError((w) => w.creditSalesZero);
  if (creditSales < 0) throw numberError((w) => w.creditSalesNegative(creditSales));
  if (receivables < 0) throw numberError((w) => w.receivablesNegative(receivables));
  if (days <= 0) throw numberError((w) => w.daysPositive(days));
  const dso = (receivables / creditSales) * days;
  if (!Number.isFinite(dso)) throw numberError((w) => w.dsoTooLarge);
  return dso;
}

/** What DSO is computed from for one account: its balance at the period end and its credit sales. */
export interface DsoFigures {
  balance?: number;
  creditSales?: number;
}

/**
 * An account's DSO over `periodDays` (the `period_days` criterion, 365 by default): its balance — what it
 * owes at the end of the period; a credit in its favour counts as nothing owed — over its credit sales.
 * Undefined when it cannot be computed: no balance, or no positive credit sales.
 */
export function accountDso(figures: DsoFigures, periodDays = 365): number | undefined {
  const { balance, creditSales } = figures;
  if (balance === undefined || creditSales === undefined || !(creditSales > 0)) return undefined;
  return daysSalesOutstanding(Math.max(balance, 0), creditSales, periodDays);
}

/**
 * The whole book's DSO: the receivables of every account (balances, a credit counting as nothing owed,
 * a blank balance as nothing) over the credit sales of every account. Undefined when no account has a
 * balance or there are no credit sales to divide by.
 */
export function bookDso(accounts: readonly DsoFigures[], periodDays = 365): number | undefined {
  let receivables = 0;
  let sales = 0;
  let anyBalance = false;
  for (const a of accounts) {
    if (a.balance !== undefined) anyBalance = true;
    receivables += Math.max(a.balance ?? 0, 0);
    sales += Math.max(a.creditSales ?? 0, 0);
  }
  return anyBalance && sales > 0 ? daysSalesOutstanding(receivables, sales, periodDays) : undefined;
}
