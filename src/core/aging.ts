import { Criteria } from "./criteria";
import { numberError, valueError } from "./errors";
import { SHARE_TOLERANCE } from "./shares";

/**
 * One account's aging row as an accounting system prints it (a Kingdee or Yonyou aging report): an
 * amount per bucket, and each bucket's lower bound in days ("61–90" → 61, "over 90 days" → 90,
 * "current" or "not yet due" → 0, in whichever language the ledger prints them).
 */
export interface AgingBuckets {
  from: readonly number[];
  amounts: readonly number[];
  /** The buckets' headers as the ledger names them, for the sheets; the same array for every row. */
  labels?: readonly string[];
}

/** current, 1–30, 31–60, 61–90, over 90: the buckets KAM.AGING assumes without `bucket_days`. */
export const DEFAULT_BUCKET_DAYS: readonly number[] = [0, 1, 31, 61, 91];

/**
 * The ages the rules look at. A bucket counts as "over N days" when its lower bound is at least N, so
 * "61–90", "60–90 days" (systems that print shared bounds) and "over 90 days" count as over 60, and
 * "31–60" does not: an amount is never counted older than its bucket says.
 */
export const AGING_LINES = { watch: 60, fail: 90, severe: 180 } as const;

export type AgingRule = "agingOver60" | "agingOver90" | "agingOver180";

export interface AgingFinding {
  rule: AgingRule;
  level: "WATCH" | "FAIL";
  /** The share over the line (over 180: the amount). */
  actual: number;
  threshold: number;
  inclusive: false;
}

/** Checks the shape and signs of an aging row; amounts are the ones a ledger prints, never negative. */
export function checkAging(aging: AgingBuckets): AgingBuckets {
  if (aging.from.length !== aging.amounts.length)
    throw valueError((w) => w.bucketLowerBounds(aging.amounts.length, aging.from.length));
  for (const amount of aging.amounts)
    if (amount < 0) throw numberError((w) => w.agingBucketNegative(amount));
  for (const days of aging.from)
    if (!(days >= 0)) throw numberError((w) => w.bucketDaysNegative(days));
  return aging;
}

/** The aged balance: the sum of the buckets, the total the aging report itself prints. */
export function agedTotal(aging: AgingBuckets): number {
  return aging.amounts.reduce((sum, amount) => sum + amount, 0);
}

/** How much sits in buckets whose lower bound is at least `days`. */
export function amountOver(aging: AgingBuckets, days: number): number {
  let sum = 0;
  aging.amounts.forEach((amount, i) => {
    if (aging.from[i] >= days) sum += amount;
  });
  return sum;
}

/** Whether the row has a bucket as old as `days` at all (the 180-day rule only applies if so). */
export const hasBucketOver = (aging: AgingBuckets, days: number): boolean =>
  aging.from.some((from) => from >= days);

const isAbove = (share: number, threshold: number): boolean => share > threshold + SHARE_TOLERANCE;

/**
 * The aging rules (issue 11): WATCH when more than `aging_watch_share` of the aged balance is over 60
 * days; FAIL when more than `aging_fail_share` is over 90 days, or any amount is over 180 days when the
 * report has such a bucket. Nothing aged is OK. Each rule broken is one finding with its figures.
 */
export function agingFindings(aging: AgingBuckets, criteria: Criteria): AgingFinding[] {
  checkAging(aging);
  const total = agedTotal(aging);
  if (total <= 0) return [];
  const findings: AgingFinding[] = [];
  const over60 = amountOver(aging, AGING_LINES.watch) / total;
  const over90 = amountOver(aging, AGING_LINES.fail) / total;
  const over180 = amountOver(aging, AGING_LINES.severe);
  if (isAbove(over60, criteria.agingWatchShare))
    findings.push(finding("agingOver60", "WATCH", over60, criteria.agingWatchShare));
  if (isAbove(over90, criteria.agingFailShare))
    findings.push(finding("agingOver90", "FAIL", over90, criteria.agingFailShare));
  if (hasBucketOver(aging, AGING_LINES.severe) && over180 > 0)
    findings.push(finding("agingOver180", "FAIL", over180, 0));
  return findings;
}

function finding(
  rule: AgingRule,
  level: "WATCH" | "FAIL",
  actual: number,
  threshold: number
): AgingFinding {
  return { rule, level, actual, threshold, inclusive: false };
}
