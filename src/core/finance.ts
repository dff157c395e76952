import { AGING_LINES, agedTotal, amountOver } from "./aging";
import { Analysis, AccountTier } from "./analysis-types";
import { CreditStatus } from "./credit";
import { LimitSuggestion, suggestLimit } from "./credit-limit";
import { accountDso, bookDso } from "./dso";
import { Lang } from "./language";
import { limitReason } from "./limit-reasons";

/** One account as finance staff see it: the ledger's figures, the credit verdict and the limit to set. */
export interface AccountFinance {
  account: string;
  /** The account's rows in the user's sheet (1-based), for formulas over the source table. */
  sourceRows: readonly number[];
  sales: number;
  stars: AccountTier["stars"];
  keyAccount: boolean;
  status: CreditStatus;
  reason: string;
  creditLimit?: number;
  /** The balance column, or the aged balance when the ledger has buckets but no balance. */
  balance: number;
  overdue?: number;
  aging?: readonly number[];
  /** Credit sales: the credit-sales column, or all sales when there is none. */
  creditSales: number;
  dso?: number;
  suggestion: LimitSuggestion;
  limitReason: string;
}

export type Exposure = Record<CreditStatus, number>;

export interface FinanceTotals {
  receivables: number;
  overdue: number;
  /** What sits in buckets over 90 days; undefined without aging columns. */
  over90?: number;
  /** How much is owed by the accounts of each credit status. */
  exposure: Exposure;
  dso?: number;
}

export interface FinanceView {
  accounts: AccountFinance[];
  /** The aging buckets' lower bounds and headers, when the ledger has them. */
  buckets?: { from: readonly number[]; labels: readonly string[] };
  totals: FinanceTotals;
  /** The key accounts' receivables, overdue and exposure at risk (owed with credit WATCH or FAIL). */
  key: { receivables: number; overdue: number; atRisk: number };
}

/** Whether the analysis read any credit column: then there is a finance view (and a KAM Credit sheet). */
export function hasFinance(analysis: Analysis): boolean {
  return analysis.accounts.some((a) => a.ledger !== undefined);
}

/** The balance column, or the aged balance when the ledger has buckets but no balance. */
function balanceOf(ledger: NonNullable<AccountTier["ledger"]>): number {
  return ledger.balance ?? (ledger.aging ? agedTotal(ledger.aging) : 0);
}

/**
 * The key accounts' receivables, overdue and exposure at risk, without the per-account view (no
 * words, no limits): the tier sheet's summary needs only these three sums.
 */
export function keyFinance(analysis: Analysis): FinanceView["key"] {
  const key = { receivables: 0, overdue: 0, atRisk: 0 };
  for (const a of analysis.accounts) {
    if (a.ledger === undefined || !a.keyAccount) continue;
    const balance = balanceOf(a.ledger);
    key.receivables += balance;
    key.overdue += a.ledger.overdue ?? 0;
    if ((a.creditStatus ?? "OK") !== "OK") key.atRisk += balance;
  }
  return key;
}

function accountFinance(a: AccountTier, analysis: Analysis, lang: Lang): AccountFinance {
  const ledger = a.ledger ?? {};
  const { criteria } = analysis;
  const balance = balanceOf(ledger);
  const creditSales = ledger.creditSales ?? Math.max(a.sales, 0);
  const status = a.creditStatus ?? "OK";
  const suggestion = suggestLimit(
    {
      sales: a.sales,
      termsDays: ledger.terms,
      stars: a.stars,
      credit: a.creditStatus,
      currentLimit: ledger.creditLimit,
      balance,
    },
    criteria
  );
  return {
    account: a.account,
    sourceRows: a.sourceRows,
    sales: a.sales,
    stars: a.stars,
    keyAccount: a.keyAccount,
    status,
    reason: a.creditReason,
    creditLimit: ledger.creditLimit,
    balance,
    overdue: ledger.overdue,
    aging: ledger.aging?.amounts,
    creditSales,
    dso: accountDso({ balance, creditSales }, criteria.periodDays),
    suggestion,
    limitReason: limitReason(suggestion, a.sales, a.stars, ledger.creditLimit, lang),
  };
}

/**
 * The finance view of an analysis (issue 11): per account the credit figures, DSO and suggested limit;
 * for the book the receivables, overdue, over-90 amount, exposure by status and DSO. Sums are of the
 * balances as the ledger has them (a credit balance lowers the receivables); DSO counts a credit
 * balance as nothing owed.
 */
export function financeView(analysis: Analysis, lang: Lang): FinanceView {
  // The tier sheet's summary, the KAM Credit sheet and --json all ask for it: built once per
  // analysis and language (an analysis is never changed after it is made).
  let views = VIEWS.get(analysis);
  if (!views) VIEWS.set(analysis, (views = new Map()));
  let view = views.get(lang);
  if (!view) views.set(lang, (view = buildFinanceView(analysis, lang)));
  return view;
}

const VIEWS = new WeakMap<Analysis, Map<Lang, FinanceView>>();

function buildFinanceView(analysis: Analysis, lang: Lang): FinanceView {
  const accounts = analysis.accounts
    .filter((a) => a.ledger !== undefined)
    .map((a) => accountFinance(a, analysis, lang));
  const exposure: Exposure = { OK: 0, WATCH: 0, FAIL: 0 };
  let receivables = 0;
  let overdue = 0;
  let over90: number | undefined;
  for (const a of accounts) {
    receivables += a.balance;
    overdue += a.overdue ?? 0;
    exposure[a.status] += a.balance;
  }
  const aging = analysis.accounts.find((a) => a.ledger?.aging)?.ledger?.aging;
  if (aging) {
    over90 = 0;
    for (const a of analysis.accounts)
      if (a.ledger?.aging) over90 += amountOver(a.ledger.aging, AGING_LINES.fail);
  }
  return {
    accounts,
    buckets: aging && { from: aging.from, labels: aging.labels ?? aging.from.map(String) },
    totals: {
      receivables,
      overdue,
      over90,
      exposure,
      dso: bookDso(
        accounts.map((a) => ({ balance: a.balance, creditSales: a.creditSales })),
        analysis.criteria.periodDays
      ),
    },
    key: keyFinance(analysis),
  };
}
