import { numberError } from "./errors";
import { checkTotal, isBelow } from "./shares";
import { sumOf } from "./standing";

/** Herfindahl–Hirschman index Σ(100·share)², from 10,000/N (even) to 10,000 (one customer). */
export function hhi(values: Float64Array): number {
  const total = checkTotal(sumOf(values));
  let index = 0;
  for (let i = 0; i < values.length; i++) {
    const percent = 100 * (values[i] / total);
    index += percent * percent;
  }
  if (!Number.isFinite(index))
    throw numberError("the shares are too large to square: check the sales figures");
  return index;
}

/** The 2023 US merger guidelines' bands, the ones finance staff quote. */
export type ConcentrationLevel = "low" | "moderate" | "high";

export function concentrationLevel(index: number): ConcentrationLevel {
  if (index > 1800) return "high";
  return index >= 1000 ? "moderate" : "low";
}

/** How many equally sized customers would give the same concentration: 10,000 / HHI. */
export function effectiveCustomers(index: number): number {
  return index > 0 ? 10000 / index : 0;
}

function descending(values: Float64Array): Float64Array {
  return Float64Array.from(values).sort().reverse();
}

/** Share of T held by the n largest values (all of them when n ≥ the number of values). */
export function topShare(values: Float64Array, n: number): number {
  if (n < 0) throw numberError(`n cannot be negative (${n})`);
  const total = checkTotal(sumOf(values));
  const sorted = descending(values);
  const take = Math.min(Math.floor(n), sorted.length);
  let sum = 0;
  for (let i = 0; i < take; i++) sum += sorted[i];
  return sum / total;
}

/**
 * How many accounts are class A under the "cover" rule: the smallest group of largest accounts that
 * makes up at least the cut-off, with every account equal to the last one included.
 */
export function paretoCount(values: Float64Array, cutoff: number): number {
  if (!(cutoff > 0 && cutoff <= 1))
    throw numberError(`the cut-off must be more than 0 and at most 1 (got ${cutoff})`);
  const total = checkTotal(sumOf(values));
  const sorted = descending(values);
  let above = 0;
  let i = 0;
  while (i < sorted.length && sorted[i] > 0 && isBelow(above / total, cutoff)) {
    const value = sorted[i];
    while (i < sorted.length && sorted[i] === value) above += sorted[i++];
  }
  return i;
}
