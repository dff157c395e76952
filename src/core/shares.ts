import { KamError } from "./errors";
import { Population, Standing } from "./standing";

/**
 * Shares are compared with cut-offs such as 0.7. Sums of currency amounts carry rounding noise
 * (0.1 + 0.2 ≠ 0.3), so a share within this distance of a cut-off counts as equal to it.
 */
export const SHARE_TOLERANCE = 1e-9;

export function isBelow(share: number, cutoff: number): boolean {
  return share < cutoff - SHARE_TOLERANCE;
}

export function isAtMost(share: number, cutoff: number): boolean {
  return share <= cutoff + SHARE_TOLERANCE;
}

/** T must be positive for shares to mean anything: zero is #DIV/0!, a net negative total is #NUM!. */
export function checkTotal(total: number): number {
  if (!Number.isFinite(total)) throw new KamError("num", (w) => w.salesTooLarge, "tooLarge");
  if (total === 0) throw new KamError("div0", (w) => w.totalZero, "zero");
  if (total < 0) throw new KamError("num", (w) => w.totalNegative(total), "negative");
  return total;
}

export function share(value: number, population: Population): number {
  return value / checkTotal(population.total);
}

/** Share of T held by the accounts with a value ≥ this one (equal values count together). */
export function cumulativeShare(standing: Standing, population: Population): number {
  const ratio = standing.sumAtOrAbove / checkTotal(population.total);
  // Adding in another order can leave 1.0000000000000002 for the smallest account: that is 100%.
  return ratio > 1 && ratio - 1 < SHARE_TOLERANCE ? 1 : ratio;
}

/** Share of T held by the accounts strictly larger than this one. */
export function shareAbove(standing: Standing, population: Population): number {
  return standing.sumAbove / checkTotal(population.total);
}

/** 1 + the number of larger values, as RANK.EQ ranks in descending order. */
export function rank(standing: Standing): number {
  return standing.countAbove + 1;
}
