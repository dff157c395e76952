import { AbcRule, checkCutoffs } from "./criteria";
import { Population, Standing } from "./standing";
import { cumulativeShare, isAtMost, isBelow, shareAbove } from "./shares";

export type AbcClass = "A" | "B" | "C";

export interface AbcCutoffs {
  aCutoff: number;
  bCutoff: number;
  abcRule: AbcRule;
}

/**
 * The Pareto class of one value in its population.
 * - cover: A while the accounts strictly larger hold less than the cut-off, so the account that
 *   crosses the cut-off is in A and class A covers at least the cut-off (the source article's reading).
 * - within: A while the cumulative share including the account (and its equals) is at most the cut-off.
 * Equal values always get the same class, since both rules look only at the value.
 * An account with no positive sales (zero, or a net return) is always C: it holds no share to rank.
 */
export function abcClass(value: number, population: Population, cutoffs: AbcCutoffs): AbcClass {
  checkCutoffs(cutoffs.aCutoff, cutoffs.bCutoff);
  return classify(value, population.standing(value), population, cutoffs);
}

/** The class from a standing already found; the caller has checked the cut-offs. */
export function classify(
  value: number,
  standing: Standing,
  population: Population,
  cutoffs: AbcCutoffs
): AbcClass {
  if (value <= 0) {
    shareAbove(standing, population); // still reports a zero or negative total
    return "C";
  }
  if (cutoffs.abcRule === "cover") {
    const above = shareAbove(standing, population);
    if (isBelow(above, cutoffs.aCutoff)) return "A";
    return isBelow(above, cutoffs.bCutoff) ? "B" : "C";
  }
  const cumulative = cumulativeShare(standing, population);
  if (isAtMost(cumulative, cutoffs.aCutoff)) return "A";
  return isAtMost(cumulative, cutoffs.bCutoff) ? "B" : "C";
}
