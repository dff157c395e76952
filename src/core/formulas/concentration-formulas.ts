import { Cell, Grid, numbersIn, requireNonNegative, scalarNumber } from "../cells";
import { hhi, paretoCount, topShare } from "../concentration";
import { DEFAULT_CRITERIA } from "../criteria";

/**
 * KAM.PARETO: how many accounts make up the cut-off share of sales (class A under the "cover" rule);
 * the cut-off defaults to the criteria table's a_cutoff, as the tier sheet's summary counts.
 */
export function paretoFormula(values: Cell | Grid, cutoff?: Cell | Grid): number {
  return paretoCount(
    numbersIn(values),
    scalarNumber(cutoff ?? null, "cutoff", DEFAULT_CRITERIA.aCutoff)
  );
}

/** KAM.TOPSHARE: share of sales held by the n largest accounts. */
export function topShareFormula(values: Cell | Grid, n: Cell | Grid): number {
  return topShare(numbersIn(values), requireNonNegative(scalarNumber(n, "n"), "n"));
}

/** KAM.HHI: the Herfindahl–Hirschman index of the values' shares. */
export function hhiFormula(values: Cell | Grid): number {
  return hhi(numbersIn(values));
}
