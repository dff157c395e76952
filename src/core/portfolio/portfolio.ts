import type { AccountTier, Analysis } from "../analysis-types";
import type { Criteria } from "../criteria";
import { Quadrant, quadrantOf } from "./quadrant";
import { creditRule } from "./rules/credit";
import { growthRule } from "./rules/growth";
import { philosophyRule } from "./rules/philosophy";
import { potentialRule } from "./rules/potential";
import { PortfolioRule, PortfolioRuleKey } from "./rules/rule";
import { sizeRule } from "./rules/size";
import { stageRule } from "./rules/stage";
import { tenureRule } from "./rules/tenure";
import { walletRule } from "./rules/wallet-share";

/** The rules of each side, in the order the sheet shows them. */
export const ATTRACTIVENESS_RULES: readonly PortfolioRule[] = [
  sizeRule,
  growthRule,
  potentialRule,
  philosophyRule,
];
export const STRENGTH_RULES: readonly PortfolioRule[] = [
  walletRule,
  stageRule,
  creditRule,
  tenureRule,
];
export const PORTFOLIO_RULES: readonly PortfolioRule[] = [
  ...ATTRACTIVENESS_RULES,
  ...STRENGTH_RULES,
];

/** One account on the matrix: each criterion's score, the two sides and the quadrant. */
export interface PortfolioAccount {
  account: string;
  sales: number;
  stars: number;
  keyAccount: boolean;
  scores: Partial<Record<PortfolioRuleKey, number>>;
  /** Undefined when no criterion of that side can be assessed (or all have weight 0). */
  attractiveness?: number;
  strength?: number;
  quadrant?: Quadrant;
}

export interface PortfolioView {
  accounts: PortfolioAccount[];
  /** The rules the table can assess for some account, per side, in sheet order. */
  attractivenessRules: PortfolioRule[];
  strengthRules: PortfolioRule[];
  cut: number;
}

/**
 * A side's score: the weighted mean of the criteria assessed for the account, so a criterion the
 * table lacks (or leaves blank for this account) gives its weight to the others.
 */
export function weightedScore(
  scores: readonly { score: number | undefined; weight: number }[]
): number | undefined {
  let sum = 0;
  let weights = 0;
  for (const { score, weight } of scores) {
    if (score === undefined || !(weight > 0)) continue;
    sum += score * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : undefined;
}

/** Every account on the portfolio matrix, in the analysis order (largest sales first). */
export function portfolioView(analysis: Analysis): PortfolioView {
  const { criteria } = analysis;
  const scorers = PORTFOLIO_RULES.map((rule) => ({
    rule,
    score: rule.prepare({ accounts: analysis.accounts }),
  }));
  const accounts = analysis.accounts.map((a) => portfolioAccount(a, scorers, criteria));
  const assessed = (rule: PortfolioRule) => accounts.some((a) => a.scores[rule.key] !== undefined);
  return {
    accounts,
    attractivenessRules: ATTRACTIVENESS_RULES.filter(assessed),
    strengthRules: STRENGTH_RULES.filter(assessed),
    cut: criteria.portfolioCut,
  };
}

function portfolioAccount(
  a: AccountTier,
  scorers: readonly { rule: PortfolioRule; score: (a: AccountTier) => number | undefined }[],
  criteria: Criteria
): PortfolioAccount {
  const scores: PortfolioAccount["scores"] = {};
  for (const { rule, score } of scorers) {
    const value = score(a);
    if (value !== undefined) scores[rule.key] = value;
  }
  const side = (rules: readonly PortfolioRule[]) =>
    weightedScore(rules.map((r) => ({ score: scores[r.key], weight: criteria[r.weight] })));
  const attractiveness = side(ATTRACTIVENESS_RULES);
  const strength = side(STRENGTH_RULES);
  return {
    account: a.account,
    sales: a.sales,
    stars: a.stars,
    keyAccount: a.keyAccount,
    scores,
    ...(attractiveness === undefined ? {} : { attractiveness }),
    ...(strength === undefined ? {} : { strength }),
    ...(attractiveness !== undefined && strength !== undefined
      ? { quadrant: quadrantOf(attractiveness, strength, criteria.portfolioCut) }
      : {}),
  };
}

/**
 * Each placed account's quadrant by name, for the plans' cooperation model; empty when no KAM
 * Portfolio sheet is written (hasPortfolio).
 */
export function quadrantsOf(analysis: Analysis): Map<string, Quadrant> {
  const view = portfolioView(analysis);
  if (!hasPortfolio(view)) return new Map();
  return new Map(
    view.accounts.flatMap((a) => (a.quadrant ? [[a.account, a.quadrant] as const] : []))
  );
}

/**
 * Whether the matrix is worth a sheet: some account is placed, and our strength rests on more than
 * the credit status (a potential, stage or tenure column) — with credit alone, strength would only
 * repeat KAM Credit, so ledgers without "where to grow" figures get no portfolio sheet.
 */
export function hasPortfolio(view: PortfolioView): boolean {
  return (
    view.strengthRules.some((rule) => rule.key !== "credit") &&
    view.accounts.some((a) => a.quadrant !== undefined)
  );
}
