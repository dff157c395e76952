import { AgingBuckets, AgingRule, agingFindings } from "./aging";
import { Criteria, KeyCreditRule } from "./criteria";
import { numberError } from "./errors";
import type { EngineErrorWords } from "./engine-error-words";
import { SHARE_TOLERANCE, isBelow } from "./shares";

export type CreditStatus = "OK" | "WATCH" | "FAIL";
export const CREDIT_STATUSES: readonly CreditStatus[] = ["OK", "WATCH", "FAIL"];

/** How bad each status is, so statuses can be compared and combined. */
export const CREDIT_SEVERITY: Record<CreditStatus, number> = { OK: 0, WATCH: 1, FAIL: 2 };

export function worseCredit(a: CreditStatus, b: CreditStatus): CreditStatus {
  return CREDIT_SEVERITY[a] >= CREDIT_SEVERITY[b] ? a : b;
}

/**
 * Whether a credit status lets an account be a key account under `key_requires_credit`: `any` (the
 * default) always; `not_fail` unless FAIL; `ok` only when OK. Credit not assessed meets only `any`:
 * finance asked for checked credit.
 */
export function creditAllowsKey(status: CreditStatus | undefined, rule: KeyCreditRule): boolean {
  if (rule === "any") return true;
  if (status === undefined) return false;
  return rule === "ok" ? status === "OK" : status !== "FAIL";
}

/** The figures finance staff look at; a blank figure is undefined. */
export interface CreditFigures {
  creditLimit?: number;
  balance?: number;
  overdue?: number;
  daysOverdue?: number;
  /** The aging buckets, when the ledger has them: their rules join the others. */
  aging?: AgingBuckets;
}

export type CreditRule = "noLimit" | "utilisation" | "daysOverdue" | "overdueRatio" | AgingRule;

/** One rule broken, with the figure and the threshold it was measured against. */
export interface CreditFinding {
  rule: CreditRule;
  level: Exclude<CreditStatus, "OK">;
  actual: number;
  threshold: number;
  /** Whether the threshold itself breaks the rule (≥) or only values beyond it (>). */
  inclusive: boolean;
}

export interface CreditAssessment {
  status: CreditStatus;
  findings: CreditFinding[];
}

function nonNegative(
  value: number | undefined,
  negative: (w: EngineErrorWords, value: number) => string
): number | undefined {
  if (value !== undefined && value < 0) throw numberError((w) => negative(w, value));
  return value;
}

/**
 * A rule with a warning band: FAIL beyond `fail`, WATCH beyond (or at, when inclusive) `watch`.
 * Returns the worst level broken, or nothing.
 */
function band(
  rule: CreditRule,
  actual: number,
  watch: number,
  fail: number,
  watchInclusive: boolean
): CreditFinding | undefined {
  if (isAbove(actual, fail))
    return { rule, level: "FAIL", actual, threshold: fail, inclusive: false };
  if (isAbove(actual, watch) || (watchInclusive && !isBelow(actual, watch)))
    return { rule, level: "WATCH", actual, threshold: watch, inclusive: watchInclusive };
  return undefined;
}

/** Ratios such as 2.40 / 3.00 carry rounding noise; within the share tolerance they equal the threshold. */
function isAbove(ratio: number, threshold: number): boolean {
  return ratio > threshold + SHARE_TOLERANCE;
}

/**
 * Credit status from the usual trade-credit checks (docs/domain.md §2): limit utilisation, days overdue
 * and the overdue share of the balance. Nothing owed is OK; a positive balance with no limit is FAIL.
 */
export function assessCredit(figures: CreditFigures, criteria: Criteria): CreditAssessment {
  const limit = nonNegative(figures.creditLimit, (w, v) => w.creditLimitNegative(v));
  const overdue = nonNegative(figures.overdue, (w, v) => w.overdueNegative(v));
  const days = nonNegative(figures.daysOverdue, (w, v) => w.daysOverdueNegative(v));
  const balance = figures.balance ?? 0;
  // The aging rules measure the aged balance (the buckets' sum), so they apply even without a balance.
  const aged = figures.aging ? agingFindings(figures.aging, criteria) : [];
  if (balance <= 0) return { status: worstOf(aged), findings: aged };

  const findings: CreditFinding[] = [];
  if (!limit)
    findings.push({
      rule: "noLimit",
      level: "FAIL",
      actual: balance,
      threshold: 0,
      inclusive: false,
    });
  // Each banded rule: the figure (undefined when its column is blank), its watch and fail thresholds,
  // and whether reaching the watch threshold already counts (utilisation: "80% or more").
  const bands: [CreditRule, number | undefined, number, number, boolean][] = [
    [
      "utilisation",
      limit ? balance / limit : undefined,
      criteria.creditWatchUtilisation,
      criteria.creditFailUtilisation,
      true,
    ],
    ["daysOverdue", days, criteria.creditWatchDays, criteria.creditFailDays, false],
    [
      "overdueRatio",
      overdue === undefined ? undefined : overdue / balance,
      criteria.creditWatchOverdueRatio,
      criteria.creditFailOverdueRatio,
      false,
    ],
  ];
  for (const [rule, actual, watch, fail, inclusive] of bands) {
    const found = actual === undefined ? undefined : band(rule, actual, watch, fail, inclusive);
    if (found) findings.push(found);
  }
  findings.push(...aged);
  return { status: worstOf(findings), findings };
}

/** The status is the worst of all rules broken. */
export function worstOf(findings: readonly CreditFinding[]): CreditStatus {
  return findings.reduce<CreditStatus>((worst, f) => worseCredit(worst, f.level), "OK");
}
