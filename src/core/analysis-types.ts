import { AgingBuckets } from "./aging";
import { ConcentrationLevel } from "./concentration";
import { CreditStatus } from "./credit";
import { Criteria } from "./criteria";
import { TierRow } from "./tiers";
import { AbcClass } from "./abc";
import { Stars } from "./grade";
import type { RelationshipStage } from "./plans/plan-vocabulary";

/** How an account's tier moved since the prior period. */
export type Movement = "up" | "down" | "same" | "new" | "lost";

/** The ledger's credit figures of one account (rows of one account added up); blank is undefined. */
export interface LedgerFigures {
  creditLimit?: number;
  balance?: number;
  overdue?: number;
  terms?: number;
  creditSales?: number;
  aging?: AgingBuckets;
}

/** One account in the tier analysis, with what the customer table told us beside the sales. */
export interface AccountTier extends TierRow {
  /** Row numbers in the user's sheet (1-based, as Excel shows them) the account was read from. */
  sourceRows: number[];
  region?: string;
  location?: string;
  shoppers?: string;
  priorSales?: number;
  /** Amount the account owes now (the table's balance column), for its DSO in a plan. */
  balance?: number;
  /** Credit status computed from the credit columns; undefined when they are absent (not assessed). */
  creditStatus?: CreditStatus;
  /** The credit rules broken, in the analysis language; empty when OK or not assessed. */
  creditReason: string;
  /** The credit figures, when the table has any credit column (the KAM Credit sheet shows them). */
  ledger?: LedgerFigures;
  /** The tier the prior-period sales would have given (same criteria), when there is a prior column. */
  priorAbc?: AbcClass;
  priorStars?: Stars;
  movement?: Movement;
  /** Sales by product category (issue 15), when the table has a category column or columns. */
  categorySales?: Record<string, number>;
  /** The relationship stage the table gives (the first row's that names one). */
  stage?: RelationshipStage;
  /** Years as a customer (the longest of the account's rows). */
  tenure?: number;
  /** Where to grow (issue 15), when the table has a potential (or an area and spend_per_area). */
  wallet?: AccountWallet;
}

/**
 * An account's potential and what follows from it. `shareOfWallet` is undefined for a potential of 0
 * (no share to speak of); the headroom is then minus the sales.
 */
export interface AccountWallet {
  potential: number;
  shareOfWallet?: number;
  headroom: number;
  /** Not a key account, with headroom of at least development_min_headroom (off at 0). */
  development: boolean;
}

/** The figures of the summary block and the pane's summary cards. */
export interface AnalysisSummary {
  totalSales: number;
  accounts: number;
  keyAccounts: number;
  /** Share of total sales held by the key accounts. */
  keyAccountShare: number;
  /** How many of the largest accounts make up the A cut-off (70% by default) of sales. */
  paretoCount: number;
  paretoCutoff: number;
  hhi: number;
  concentration: ConcentrationLevel;
  /** 10,000 / HHI: how many equal customers would give the same concentration. */
  effectiveCustomers: number;
  /** Accounts in the prior period that have no sales now (only with a prior-period column). */
  lostAccounts: string[];
}

export interface Analysis {
  criteria: Criteria;
  /** Sorted by sales, largest first. */
  accounts: AccountTier[];
  summary: AnalysisSummary;
  hasPrior: boolean;
  /**
   * The product categories of the ledger, in the order they first appear (a wide ledger's columns left
   * to right); absent when the table has no category column (issue 15).
   */
  categories?: string[];
  /** Some account has a potential: the tier sheet shows share of wallet and headroom. */
  hasPotential?: boolean;
}
