/*
 * The KAM custom functions. Each one is a thin wrapper: the JSDoc block declares the function's id and
 * parameters (functions.json is generated from it), and the body hands Excel's arguments to the engine
 * in src/core/formulas and maps its errors to Excel errors. The help Excel shows in formula
 * autocomplete, in every language, is each catalogue's `functionHelp` (src/core/i18n; the build puts
 * it into functions.json and functions.<lang>.json), so the words live in one place.
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
 * KAM.SHARE: what Excel shows of it is the catalogues' `functionHelp.SHARE`.
 * @customfunction SHARE
 * @param values
 * @param [population]
 */
export function share(values: unknown[][], population?: unknown[][]): unknown[][] {
  return excelGrid(() => shareFormula(g(values), population && g(population)));
}

/**
 * KAM.CUMSHARE: what Excel shows of it is the catalogues' `functionHelp.CUMSHARE`.
 * @customfunction CUMSHARE
 * @param values
 * @param [population]
 */
export function cumshare(values: unknown[][], population?: unknown[][]): unknown[][] {
  return excelGrid(() => cumulativeShareFormula(g(values), population && g(population)));
}

/**
 * KAM.RANK: what Excel shows of it is the catalogues' `functionHelp.RANK`.
 * @customfunction RANK
 * @param values
 * @param [population]
 */
export function rank(values: unknown[][], population?: unknown[][]): unknown[][] {
  return excelGrid(() => rankFormula(g(values), population && g(population)));
}

/**
 * KAM.ABC: what Excel shows of it is the catalogues' `functionHelp.ABC`.
 * @customfunction ABC
 * @param values
 * @param [population]
 * @param [a_cutoff]
 * @param [b_cutoff]
 * @param [rule]
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
 * KAM.PARETO: what Excel shows of it is the catalogues' `functionHelp.PARETO`.
 * @customfunction PARETO
 * @param values
 * @param [cutoff]
 */
export function pareto(values: unknown[][], cutoff?: unknown): number {
  return excelScalar(() => paretoFormula(g(values), c(cutoff))) as number;
}

/**
 * KAM.TOPSHARE: what Excel shows of it is the catalogues' `functionHelp.TOPSHARE`.
 * @customfunction TOPSHARE
 * @param values
 * @param n
 */
export function topshare(values: unknown[][], n: unknown): number {
  return excelScalar(() => topShareFormula(g(values), c(n))) as number;
}

/**
 * KAM.HHI: what Excel shows of it is the catalogues' `functionHelp.HHI`.
 * @customfunction HHI
 * @param values
 */
export function hhi(values: unknown[][]): number {
  return excelScalar(() => hhiFormula(g(values))) as number;
}

/**
 * KAM.CREDIT: what Excel shows of it is the catalogues' `functionHelp.CREDIT`.
 * @customfunction CREDIT
 * @param credit_limit
 * @param balance
 * @param [overdue]
 * @param [days_overdue]
 * @param [criteria]
 * @param [aging]
 * @param [bucket_days]
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
 * KAM.CREDITWHY: what Excel shows of it is the catalogues' `functionHelp.CREDITWHY`.
 * @customfunction CREDITWHY
 * @param credit_limit
 * @param balance
 * @param [overdue]
 * @param [days_overdue]
 * @param [criteria]
 * @param [aging]
 * @param [bucket_days]
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
 * KAM.AGING: what Excel shows of it is the catalogues' `functionHelp.AGING`.
 * @customfunction AGING
 * @param buckets
 * @param [bucket_days]
 * @param [criteria]
 */
export function aging(
  buckets: unknown[][],
  bucket_days?: unknown[][],
  criteria?: unknown[][]
): unknown[][] {
  return excelGrid(() => agingFormula(g(buckets), bucket_days as Grid, criteria && g(criteria)));
}

/**
 * KAM.LIMIT: what Excel shows of it is the catalogues' `functionHelp.LIMIT`.
 * @customfunction LIMIT
 * @param sales
 * @param [terms_days]
 * @param [stars]
 * @param [credit]
 * @param [current_limit]
 * @param [criteria]
 * @param [balance]
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
 * KAM.LIMITWHY: what Excel shows of it is the catalogues' `functionHelp.LIMITWHY`.
 * @customfunction LIMITWHY
 * @param sales
 * @param [terms_days]
 * @param [stars]
 * @param [credit]
 * @param [current_limit]
 * @param [criteria]
 * @param [balance]
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
 * KAM.DSO: what Excel shows of it is the catalogues' `functionHelp.DSO`.
 * @customfunction DSO
 * @param receivables
 * @param credit_sales
 * @param [days]
 */
export function dso(
  receivables: unknown[][],
  credit_sales: unknown[][],
  days?: unknown[][]
): unknown[][] {
  return excelGrid(() => dsoFormula(g(receivables), g(credit_sales), days as Grid));
}

/**
 * KAM.WALLET: what Excel shows of it is the catalogues' `functionHelp.WALLET`.
 * @customfunction WALLET
 * @param sales
 * @param potential
 */
export function wallet(sales: unknown[][], potential: unknown[][]): unknown[][] {
  return excelGrid(() => walletFormula(g(sales), g(potential)));
}

/**
 * KAM.HEADROOM: what Excel shows of it is the catalogues' `functionHelp.HEADROOM`.
 * @customfunction HEADROOM
 * @param sales
 * @param potential
 */
export function headroom(sales: unknown[][], potential: unknown[][]): unknown[][] {
  return excelGrid(() => headroomFormula(g(sales), g(potential)));
}

/**
 * KAM.PORTFOLIO: what Excel shows of it is the catalogues' `functionHelp.PORTFOLIO`.
 * @customfunction PORTFOLIO
 * @param attractiveness
 * @param strength
 * @param [criteria]
 */
export function portfolio(
  attractiveness: unknown[][],
  strength: unknown[][],
  criteria?: unknown[][]
): unknown[][] {
  return excelGrid(() => portfolioFormula(g(attractiveness), g(strength), criteria && g(criteria)));
}

/**
 * KAM.GRADE: what Excel shows of it is the catalogues' `functionHelp.GRADE`.
 * @customfunction GRADE
 * @param values
 * @param population
 * @param [credit]
 * @param [philosophy]
 * @param [criteria]
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
 * KAM.ISKEY: what Excel shows of it is the catalogues' `functionHelp.ISKEY`.
 * @customfunction ISKEY
 * @param values
 * @param population
 * @param [credit]
 * @param [philosophy]
 * @param [criteria]
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
 * KAM.TIERS: what Excel shows of it is the catalogues' `functionHelp.TIERS`.
 * @customfunction TIERS
 * @param accounts
 * @param values
 * @param [credit]
 * @param [philosophy]
 * @param [criteria]
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
 * KAM.HEALTH: what Excel shows of it is the catalogues' `functionHelp.HEALTH`.
 * @customfunction HEALTH
 * @param sales
 * @param [prior_sales]
 * @param [credit]
 * @param [overdue_tasks]
 * @param [stage_gap]
 * @param [philosophy]
 * @param [criteria]
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
 * KAM.HEALTHWHY: what Excel shows of it is the catalogues' `functionHelp.HEALTHWHY`.
 * @customfunction HEALTHWHY
 * @param sales
 * @param [prior_sales]
 * @param [credit]
 * @param [overdue_tasks]
 * @param [stage_gap]
 * @param [philosophy]
 * @param [criteria]
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
