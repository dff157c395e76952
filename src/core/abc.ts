import { AbcRule, checkCutoffs } from "./criteria";
import { Population, SortedPopulation, Standing } from "./standing";
import { cumulativeShare, shareAbove } from "./shares";
import { ABC_RULE_DEFINITIONS, insideCutoff } from "./abc-rule";

export type AbcClass = "A" | "B" | "C";

export interface AbcCutoffs {
  aCutoff: number;
  bCutoff: number;
  abcRule: AbcRule;
}

/**
 * The Pareto class of one value in its population, under the rule of ABC_RULE_DEFINITIONS (cover or
 * within). Equal values always get the same class, since both rules look only at the value.
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
  const rule = cutoffs.abcRule;
  const share =
    ABC_RULE_DEFINITIONS[rule].share === "above"
      ? shareAbove(standing, population)
      : cumulativeShare(standing, population);
  if (insideCutoff(rule, share, cutoffs.aCutoff)) return "A";
  return insideCutoff(rule, share, cutoffs.bCutoff) ? "B" : "C";
}

/**
 * Where the classes change in a sorted population, so that a spilled ABC needs no search per cell.
 * Classes only fall as values fall, so two bounds say it all, and the rule's share says which:
 * - share "above" (cover): the sum above a value is constant from one population value up to the
 *   next, so a value is A exactly when it is at least the smallest population value in A (`atLeast`);
 * - share "atOrAbove" (within): the sum at or above a value is constant from just above one
 *   population value up to the next, so a value is A exactly when it is above the largest population
 *   value not in A.
 */
export interface ClassBounds {
  rule: AbcRule;
  /** Whether a value at a bound is in the class (share "above"), or only a value above it. */
  atLeast: boolean;
  a: number;
  b: number;
}

export function classBounds(population: SortedPopulation, cutoffs: AbcCutoffs): ClassBounds {
  checkCutoffs(cutoffs.aCutoff, cutoffs.bCutoff);
  const { ascending, suffix } = population;
  const n = ascending.length;
  const atLeast = ABC_RULE_DEFINITIONS[cutoffs.abcRule].share === "above";
  const bounds = {
    rule: cutoffs.abcRule,
    atLeast,
    a: atLeast ? Infinity : -Infinity,
    b: atLeast ? Infinity : -Infinity,
  };
  let top = n - 1;
  while (top >= 0) {
    const value = ascending[top];
    let bottom = top;
    while (bottom > 0 && ascending[bottom - 1] === value) bottom--;
    const standing = {
      countAbove: n - 1 - top,
      sumAbove: suffix[top + 1],
      sumAtOrAbove: suffix[bottom],
    };
    const cls = classify(value, standing, population, cutoffs);
    if (atLeast) {
      if (cls === "A") bounds.a = value;
      if (cls !== "C") bounds.b = value;
    } else {
      if (cls !== "A" && bounds.a === -Infinity) bounds.a = value;
      if (cls === "C") {
        bounds.b = value;
        break;
      }
    }
    if (atLeast && cls === "C") break;
    top = bottom - 1;
  }
  return bounds;
}

/** The class of any value, from the bounds: two comparisons instead of a search. */
export function classWithin(value: number, bounds: ClassBounds): AbcClass {
  if (value <= 0) return "C";
  if (bounds.atLeast) return value >= bounds.a ? "A" : value >= bounds.b ? "B" : "C";
  return value > bounds.a ? "A" : value > bounds.b ? "B" : "C";
}
