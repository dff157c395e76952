/*
 * The KAM custom functions. Each one is a thin wrapper: the JSDoc block declares the function and its
 * parameters (functions.json is generated from it; the descriptions Excel shows in formula autocomplete
 * are replaced by each catalogue's `functionHelp`, see src/functions/function-help.ts), and the body
 * hands Excel's arguments to the engine in src/core/formulas and maps its errors to Excel errors.
 *
 * Arguments are typed `unknown[][]` (a range) or `unknown` (one value) because Excel passes whatever
 * the cells hold: the engine reads them the way SUM does and says clearly what it cannot use.
 */
import {
  paretoFormula,
  topShareFormula,
  hhiFormula,
} from "../core/formulas/concentration-formulas";
import { creditFormula, creditWhyFormula, dsoFormula } from "../core/formulas/credit-formulas";
import { agingFormula, limitFormula, limitWhyFormula } from "../core/formulas/finance-formulas";
import { gradeFormula, isKeyFormula } from "../core/formulas/grade-formulas";
import { healthFormula, healthWhyFormula } from "../core/formulas/health-formulas";
import {
  abcFormula,
  cumulativeShareFormula,
  rankFormula,
  shareFormula,
} from "../core/formulas/share-formulas";
import { tiersFormula } from "../core/formulas/tiers-formula";
import { headroomFormula, walletFormula } from "../core/formulas/wallet-formulas";
import { portfolioFormula } from "../core/formulas/portfolio-formula";
import { Cell, Grid } from "../core/cells";
import { displayLanguage } from "./display-language";
import { excelGrid, excelScalar } from "./excel-errors";

const g = (range: unknown): Grid => range as Grid;
const c = (value: unknown): Cell | Grid => value as Cell | Grid;

/**
 * Share of the total: each value divided by the sum of the population. Spills when given a range.
 * @customfunction SHARE
 * @param values Sales of one account (B2) or of many (B2:B25).
 * @param [population] All accounts' sales (B$2:B$25). Defaults to values. Blanks and text are skipped, as SUM does.
 * @returns The share of total sales, from 0 to 1: format the cell as a percentage.
 */
export function share(values: unknown[][], population?: unknown[][]): unknown[][] {
  return excelGrid(() => shareFormula(g(values), population && g(population)));
}

/**
 * Cumulative share: the share of total sales held by the accounts selling at least as much as this one.
 * @customfunction CUMSHARE
 * @param values Sales of one account (B2) or of many (B2:B25).
 * @param [population] All accounts' sales (B$2:B$25). Defaults to values.
 * @returns Share of total held by this account and every larger one (equal sales count together).
 */
export function cumshare(values: unknown[][], population?: unknown[][]): unknown[][] {
  return excelGrid(() => cumulativeShareFormula(g(values), population && g(population)));
}

/**
 * Rank by sales, largest first: 1 + the number of accounts selling more (as RANK.EQ). Equal sales share a rank.
 * @customfunction RANK
 * @param values Sales of one account (B2) or of many (B2:B25).
 * @param [population] All accounts' sales (B$2:B$25). Defaults to values.
 * @returns The rank, 1 for the largest account.
 */
export function rank(values: unknown[][], population?: unknown[][]): unknown[][] {
  return excelGrid(() => rankFormula(g(values), population && g(population)));
}

/**
 * Pareto (ABC) class: A for the largest accounts that make up a_cutoff of sales, B up to b_cutoff, C for the rest.
 * @customfunction ABC
 * @param values Sales of one account (B2) or of many (B2:B25).
 * @param [population] All accounts' sales (B$2:B$25). Defaults to values.
 * @param [a_cutoff] Share of sales that class A makes up, e.g. 0.7 (the default) for 70%.
 * @param [b_cutoff] Cumulative share up to which accounts are class B, e.g. 0.9 (the default). Must be above a_cutoff and at most 1.
 * @param [rule] "cover" (default): the account that crosses the cut-off is still A, so A covers at least 70%. "within": A only while the cumulative share stays within the cut-off.
 * @returns "A", "B" or "C". Equal sales always get the same class.
 */
export function abc(
  values: unknown[][],
  population?: unknown[][],
  a_cutoff?: unknown,
  b_cutoff?: unknown,
  rule?: unknown
): unknown[][] {
  return excelGrid(() =>
    abcFormula(g(values), population && g(population), c(a_cutoff), c(b_cutoff), c(rule))
  );
}

/**
 * How many of the largest accounts together make up the cut-off share of sales (class A, "cover" rule).
 * @customfunction PARETO
 * @param values All accounts' sales (B2:B25).
 * @param [cutoff] Share of sales to cover, e.g. 0.7 (the default) for "the customers that make up 70% of sales".
 * @returns The number of accounts.
 */
export function pareto(values: unknown[][], cutoff?: unknown): number {
  return excelScalar(() => paretoFormula(g(values), c(cutoff))) as number;
}

/**
 * Share of total sales held by the n largest accounts.
 * @customfunction TOPSHARE
 * @param values All accounts' sales (B2:B25).
 * @param n How many of the largest accounts to add up, e.g. 6.
 * @returns The share of total sales, from 0 to 1.
 */
export function topshare(values: unknown[][], n: unknown): number {
  return excelScalar(() => topShareFormula(g(values), c(n))) as number;
}

/**
 * Herfindahl–Hirschman index of customer concentration: the sum of squared percentage shares.
 * @customfunction HHI
 * @param values All accounts' sales (B2:B25).
 * @returns From 10,000/N (all equal) to 10,000 (one customer). Above 1,800 is highly concentrated; 1,000–1,800 moderately.
 */
export function hhi(values: unknown[][]): number {
  return excelScalar(() => hhiFormula(g(values))) as number;
}

/**
 * Credit status: FAIL when over the limit, more than 90 days or more than 30% of the balance overdue; WATCH from 80% of the limit, 30 days or 10% overdue.
 * @customfunction CREDIT
 * @param credit_limit Credit limit granted to the customer (C2). Blank or 0 with money owed is FAIL.
 * @param balance What the customer owes now: receivables (D2). Nothing owed is OK.
 * @param [overdue] Amount past its due date (E2).
 * @param [days_overdue] Days the oldest unpaid invoice is past due (F2).
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria) to change the thresholds.
 * @param [aging] Aging buckets of the account, one row per account (I2:M2); their rules join the others.
 * @param [bucket_days] Each bucket's lower bound in days, when the buckets are not current, 1–30, 31–60, 61–90, over 90.
 * @returns "OK", "WATCH" or "FAIL".
 */
export function credit(
  credit_limit: unknown[][],
  balance: unknown[][],
  overdue?: unknown[][],
  days_overdue?: unknown[][],
  criteria?: unknown[][],
  aging?: unknown[][],
  bucket_days?: unknown[][]
): unknown[][] {
  return excelGrid(() =>
    creditFormula(
      g(credit_limit),
      g(balance),
      overdue as Grid,
      days_overdue as Grid,
      criteria && g(criteria),
      aging as Grid,
      bucket_days as Grid
    )
  );
}

/**
 * Why the credit status is not OK: each rule broken, with the figures, e.g. "utilisation 104% > 100%; 45 days overdue > 30".
 * @customfunction CREDITWHY
 * @param credit_limit Credit limit granted to the customer (C2).
 * @param balance What the customer owes now (D2).
 * @param [overdue] Amount past its due date (E2).
 * @param [days_overdue] Days the oldest unpaid invoice is past due (F2).
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria).
 * @param [aging] Aging buckets of the account, one row per account (I2:M2).
 * @param [bucket_days] Each bucket's lower bound in days, when the buckets are not the default five.
 * @returns The rules broken, or empty text when the status is OK.
 */
export function creditwhy(
  credit_limit: unknown[][],
  balance: unknown[][],
  overdue?: unknown[][],
  days_overdue?: unknown[][],
  criteria?: unknown[][],
  aging?: unknown[][],
  bucket_days?: unknown[][]
): unknown[][] {
  return excelGrid(() =>
    creditWhyFormula(
      displayLanguage(),
      g(credit_limit),
      g(balance),
      overdue as Grid,
      days_overdue as Grid,
      criteria && g(criteria),
      aging as Grid,
      bucket_days as Grid
    )
  );
}

/**
 * Credit status from an aging row: WATCH when more than 10% of the aged balance is over 60 days; FAIL when more than 10% is over 90 days or anything is over 180 days.
 * @customfunction AGING
 * @param buckets Aging buckets of one account (I2:M2) or of many, one row each (I2:M25).
 * @param [bucket_days] Each bucket's lower bound in days, e.g. {0,1,31,61,91} (the default: current, 1–30, 31–60, 61–90, over 90).
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria), e.g. aging_watch_share.
 * @returns "OK", "WATCH" or "FAIL", one per row.
 */
export function aging(
  buckets: unknown[][],
  bucket_days?: unknown[][],
  criteria?: unknown[][]
): unknown[][] {
  return excelGrid(() => agingFormula(g(buckets), bucket_days as Grid, criteria && g(criteria)));
}

/**
 * Suggested credit limit: period sales ÷ months × terms ÷ 30 days, with headroom by stars; WATCH never above the current limit; FAIL frozen at the lower of the current limit and the balance.
 * @customfunction LIMIT
 * @param sales Sales of the account in the period (B2), period_days long (365).
 * @param [terms_days] Payment terms in days (N2). Blank = default_terms_days (30).
 * @param [stars] Stars 1–4, e.g. from KAM.GRADE: 4★ +20%, 3★ +10%.
 * @param [credit] Credit status OK, WATCH or FAIL (G2). Blank = not assessed.
 * @param [current_limit] The credit limit granted now (C2).
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria).
 * @param [balance] What the account owes now (D2): a FAIL limit is frozen at it.
 * @returns The suggested limit.
 */
export function limit(
  sales: unknown[][],
  terms_days?: unknown[][],
  stars?: unknown[][],
  credit?: unknown[][],
  current_limit?: unknown[][],
  criteria?: unknown[][],
  balance?: unknown[][]
): unknown[][] {
  return excelGrid(() =>
    limitFormula(
      g(sales),
      terms_days as Grid,
      stars as Grid,
      credit as Grid,
      current_limit as Grid,
      criteria && g(criteria),
      balance as Grid
    )
  );
}

/**
 * The action on the credit limit (raise, keep, lower, freeze) and why, with the figures.
 * @customfunction LIMITWHY
 * @param sales Sales of the account in the period (B2).
 * @param [terms_days] Payment terms in days (N2). Blank = default_terms_days.
 * @param [stars] Stars 1–4, e.g. from KAM.GRADE.
 * @param [credit] Credit status OK, WATCH or FAIL (G2).
 * @param [current_limit] The credit limit granted now (C2).
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria).
 * @param [balance] What the account owes now (D2).
 * @returns The action and the reason, in Chinese when Excel is.
 */
export function limitwhy(
  sales: unknown[][],
  terms_days?: unknown[][],
  stars?: unknown[][],
  credit?: unknown[][],
  current_limit?: unknown[][],
  criteria?: unknown[][],
  balance?: unknown[][]
): unknown[][] {
  return excelGrid(() =>
    limitWhyFormula(
      displayLanguage(),
      g(sales),
      terms_days as Grid,
      stars as Grid,
      credit as Grid,
      current_limit as Grid,
      criteria && g(criteria),
      balance as Grid
    )
  );
}

/**
 * Days sales outstanding: how many days of credit sales are still unpaid.
 * @customfunction DSO
 * @param receivables Receivables at the end of the period (D2).
 * @param credit_sales Credit sales in the period (B2).
 * @param [days] Days in the period: 365 (default) for a year, 90 for a quarter, 30 for a month.
 * @returns receivables / credit_sales × days.
 */
export function dso(
  receivables: unknown[][],
  credit_sales: unknown[][],
  days?: unknown[][]
): unknown[][] {
  return excelGrid(() => dsoFormula(g(receivables), g(credit_sales), days as Grid));
}

/**
 * Share of wallet: our sales to the account divided by its potential (what it buys from all suppliers).
 * @customfunction WALLET
 * @param sales Our sales to one account (C5) or to many (C5:C40).
 * @param potential The account's potential: its purchases of the category from all suppliers, or an estimate (J5 or J5:J40). Blank = not assessed.
 * @returns sales / potential, from 0 to 1 (above 1 when the potential is estimated too low): format as a percentage.
 */
export function wallet(sales: unknown[][], potential: unknown[][]): unknown[][] {
  return excelGrid(() => walletFormula(g(sales), g(potential)));
}

/**
 * Headroom: what the account buys from other suppliers, the room to grow: potential minus our sales.
 * @customfunction HEADROOM
 * @param sales Our sales to one account (C5) or to many (C5:C40).
 * @param potential The account's potential: its purchases of the category from all suppliers, or an estimate (J5 or J5:J40). Blank = not assessed.
 * @returns potential - sales (negative when we sell more than the potential estimated).
 */
export function headroom(sales: unknown[][], potential: unknown[][]): unknown[][] {
  return excelGrid(() => headroomFormula(g(sales), g(potential)));
}

/**
 * The account's quadrant on the key-account portfolio matrix: strategic (invest and plan), status (maintain), opportunistic (selective) or streamline (serve efficiently).
 * @customfunction PORTFOLIO
 * @param attractiveness The account's attractiveness, a score from 0 to 100 (one cell, or a column of them).
 * @param strength Our strength with the account, a score from 0 to 100, beside the attractiveness.
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria): portfolio_cut (50) is where a side becomes high.
 * @returns "strategic", "status", "opportunistic" or "streamline" (the same in every language); blank when a score is blank.
 */
export function portfolio(
  attractiveness: unknown[][],
  strength: unknown[][],
  criteria?: unknown[][]
): unknown[][] {
  return excelGrid(() => portfolioFormula(g(attractiveness), g(strength), criteria && g(criteria)));
}

/**
 * Key-account stars, 1 to 4: 4 = class A with credit OK and a good business philosophy; 3 = class A with credit WATCH or philosophy 3; 2 = class B, or A with credit FAIL or philosophy 2 or less; 1 = class C.
 * @customfunction GRADE
 * @param values Sales of one account (B2) or of many (B2:B25).
 * @param population All accounts' sales (B$2:B$25).
 * @param [credit] Credit status OK, WATCH or FAIL, e.g. from KAM.CREDIT (G2). Blank = not assessed, which never lowers the grade.
 * @param [philosophy] Business-philosophy score from 1 (poor) to 5 (excellent) (H2). Blank = not assessed.
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria) for the cut-offs and thresholds.
 * @returns The number of stars, 1 to 4.
 */
export function grade(
  values: unknown[][],
  population: unknown[][],
  credit?: unknown[][],
  philosophy?: unknown[][],
  criteria?: unknown[][]
): unknown[][] {
  return excelGrid(() =>
    gradeFormula(
      g(values),
      g(population),
      credit as Grid,
      philosophy as Grid,
      criteria && g(criteria)
    )
  );
}

/**
 * Whether an account is a key account: its stars reach the key-account minimum (3 by default).
 * @customfunction ISKEY
 * @param values Sales of one account (B2) or of many (B2:B25).
 * @param population All accounts' sales (B$2:B$25).
 * @param [credit] Credit status OK, WATCH or FAIL (G2). Blank = not assessed.
 * @param [philosophy] Business-philosophy score from 1 to 5 (H2). Blank = not assessed.
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria), e.g. key_min_stars.
 * @returns TRUE for a key account, FALSE otherwise.
 */
export function iskey(
  values: unknown[][],
  population: unknown[][],
  credit?: unknown[][],
  philosophy?: unknown[][],
  criteria?: unknown[][]
): unknown[][] {
  return excelGrid(() =>
    isKeyFormula(
      g(values),
      g(population),
      credit as Grid,
      philosophy as Grid,
      criteria && g(criteria)
    )
  );
}

/**
 * The whole tier table in one spill: account, sales, rank, share, cumulative share, ABC, stars, key account and reason, largest first. Rows with the same account name are added together.
 * @customfunction TIERS
 * @param accounts Account names (A2:A25).
 * @param values Sales, beside the names (B2:B25). Rows without a number are left out.
 * @param [credit] Credit statuses OK, WATCH or FAIL beside them (G2:G25). Blank = not assessed.
 * @param [philosophy] Business-philosophy scores 1–5 beside them (H2:H25). Blank = not assessed.
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria).
 * @returns A table with a header row; leave room below and to the right for it to spill.
 */
export function tiers(
  accounts: unknown[][],
  values: unknown[][],
  credit?: unknown[][],
  philosophy?: unknown[][],
  criteria?: unknown[][]
): unknown[][] {
  return excelGrid(() =>
    tiersFormula(
      displayLanguage(),
      g(accounts),
      g(values),
      credit as Grid,
      philosophy as Grid,
      criteria && g(criteria)
    )
  );
}

/**
 * Account health, 0 to 100: the weighted mean of sales growth, credit, overdue tasks, the gap to the target relationship stage and business philosophy (weights on KAM Criteria).
 * @customfunction HEALTH
 * @param sales Sales of the account in the period (B2), or of many accounts (B2:B25).
 * @param [prior_sales] Sales in the prior period (C2). Blank = growth not assessed.
 * @param [credit] Credit status OK, WATCH or FAIL, e.g. from KAM.CREDIT (G2). Blank = not assessed.
 * @param [overdue_tasks] Tasks of the account's plan past their due date and not done. Blank = not assessed.
 * @param [stage_gap] Target relationship stage minus the current one, in stages (0 = at the target). Blank = not assessed.
 * @param [philosophy] Business-philosophy score from 1 to 5 (H2). Blank = not assessed.
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria) for the weights.
 * @returns The health score from 0 to 100; blank when nothing is assessed.
 */
export function health(
  sales: unknown[][],
  prior_sales?: unknown[][],
  credit?: unknown[][],
  overdue_tasks?: unknown[][],
  stage_gap?: unknown[][],
  philosophy?: unknown[][],
  criteria?: unknown[][]
): unknown[][] {
  return excelGrid(() =>
    healthFormula(
      g(sales),
      prior_sales as Grid,
      credit as Grid,
      overdue_tasks as Grid,
      stage_gap as Grid,
      philosophy as Grid,
      criteria && g(criteria)
    )
  );
}

/**
 * What makes up the account health: each component's score, share of the weights and points.
 * @customfunction HEALTHWHY
 * @param sales Sales of the account in the period (B2).
 * @param [prior_sales] Sales in the prior period (C2).
 * @param [credit] Credit status OK, WATCH or FAIL (G2).
 * @param [overdue_tasks] Tasks of the account's plan past their due date and not done.
 * @param [stage_gap] Target relationship stage minus the current one, in stages.
 * @param [philosophy] Business-philosophy score from 1 to 5 (H2).
 * @param [criteria] Two-column range of criterion names and values (KAM_Criteria).
 * @returns Each component's contribution, in Chinese when Excel is.
 */
export function healthwhy(
  sales: unknown[][],
  prior_sales?: unknown[][],
  credit?: unknown[][],
  overdue_tasks?: unknown[][],
  stage_gap?: unknown[][],
  philosophy?: unknown[][],
  criteria?: unknown[][]
): unknown[][] {
  return excelGrid(() =>
    healthWhyFormula(
      displayLanguage(),
      g(sales),
      prior_sales as Grid,
      credit as Grid,
      overdue_tasks as Grid,
      stage_gap as Grid,
      philosophy as Grid,
      criteria && g(criteria)
    )
  );
}
