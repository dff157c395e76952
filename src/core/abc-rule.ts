import type { AbcRule } from "./criteria";
import { SHARE_TOLERANCE } from "./shares";

/**
 * The two ABC boundary rules (docs/domain.md §2), written once: which share of an account a rule
 * looks at, and how that share is compared with a class's cut-off. The engine (abc.ts), KAM.PARETO
 * (concentration.ts) and the tier sheet's formulas (sheets/tier-sheet.ts) all read this table.
 * - cover: the share of the accounts strictly larger ("above") must be below the cut-off, so the
 *   account that crosses the cut-off is still in the class and class A covers at least the cut-off
 *   (the source article's reading);
 * - within: the cumulative share including the account and its equals ("atOrAbove") must be at most
 *   the cut-off.
 * Sums of currency amounts carry rounding noise (0.1 + 0.2 ≠ 0.3), so a share within SHARE_TOLERANCE
 * of the cut-off counts as equal to it: the tolerance moves the threshold to the side that says so.
 */
export interface AbcRuleDefinition {
  /** The share compared: of the accounts strictly larger, or of those at least as large. */
  share: "above" | "atOrAbove";
  /** The comparison, as Excel writes it: share < threshold, or share <= threshold. */
  operator: "<" | "<=";
  /** The threshold is the cut-off plus this (negative for "<": a share equal to the cut-off is not below it). */
  offset: number;
}

export const ABC_RULE_DEFINITIONS: Readonly<Record<AbcRule, AbcRuleDefinition>> = {
  cover: { share: "above", operator: "<", offset: -SHARE_TOLERANCE },
  within: { share: "atOrAbove", operator: "<=", offset: SHARE_TOLERANCE },
};

/** Whether an account whose rule share (see `share`) is `share` is inside a class cut off at `cutoff`. */
export function insideCutoff(rule: AbcRule, share: number, cutoff: number): boolean {
  const { operator, offset } = ABC_RULE_DEFINITIONS[rule];
  return operator === "<" ? share < cutoff + offset : share <= cutoff + offset;
}

/** A number as a formula literal: 1e-9 → "1E-9". */
function numberLiteral(value: number): string {
  return String(value).toUpperCase();
}

/**
 * The same test as a COUNTIF criterion over a range of shares, for the sheets' formulas:
 * `"<"&(0.7-1E-9)` for cover at 70%. The engine and the sheet thus compare alike, tolerance included.
 */
export function insideCutoffCriterion(rule: AbcRule, cutoff: number): string {
  const { operator, offset } = ABC_RULE_DEFINITIONS[rule];
  const sign = offset < 0 ? "-" : "+";
  return `"${operator}"&(${numberLiteral(cutoff)}${sign}${numberLiteral(Math.abs(offset))})`;
}
