import { numberError } from "./errors";
import { checkTotal } from "./shares";
import { insideCutoff } from "./abc-rule";
import { sumOf } from "./standing";

/** Herfindahl–Hirschman index Σ(100·share)², from 10,000/N (even) to 10,000 (one customer). */
export function hhi(values: Float64Array): number {
  const total = checkTotal(sumOf(values));
  let index = 0;
  for (let i = 0; i < values.length; i++) {
    const percent = 100 * (values[i] / total);
    index += percent * percent;
  }
  if (!Number.isFinite(index)) throw numberError((w) => w.sharesTooLargeToSquare);
  return index;
}

/** The 2023 US merger guidelines' bands, the ones finance staff quote. */
export type ConcentrationLevel = "low" | "moderate" | "high";

/** One band of the HHI: its level holds from `from` up (`strict`: only above it). */
export interface ConcentrationBand {
  level: ConcentrationLevel;
  from: number;
  strict: boolean;
}

/**
 * The HHI bands, highest first, written once: the engine's level, the tier sheet's formula and the
 * words that quote the thresholds (a test checks them) all read this table. Below the last band: low.
 */
export const CONCENTRATION_BANDS: readonly ConcentrationBand[] = [
  { level: "high", from: 1800, strict: true },
  { level: "moderate", from: 1000, strict: false },
];
export const LOWEST_CONCENTRATION: ConcentrationLevel = "low";

export function concentrationLevel(index: number): ConcentrationLevel {
  const band = CONCENTRATION_BANDS.find((b) => (b.strict ? index > b.from : index >= b.from));
  return band ? band.level : LOWEST_CONCENTRATION;
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
  if (n < 0) throw numberError((w) => w.argumentNegative("n", n));
  const total = checkTotal(sumOf(values));
  const sorted = descending(values);
  const take = Math.min(Math.floor(n), sorted.length);
  let sum = 0;
  for (let i = 0; i < take; i++) sum += sorted[i];
  return sum / total;
}

/**
 * How many accounts are class A under the "cover" rule (abc-rule.ts): the smallest group of largest
 * accounts that makes up at least the cut-off, with every account equal to the last one included.
 */
export function paretoCount(values: Float64Array, cutoff: number): number {
  if (!(cutoff > 0 && cutoff <= 1)) throw numberError((w) => w.cutoffRange(cutoff));
  const total = checkTotal(sumOf(values));
  const sorted = descending(values);
  let above = 0;
  let i = 0;
  while (i < sorted.length && sorted[i] > 0 && insideCutoff("cover", above / total, cutoff)) {
    const value = sorted[i];
    while (i < sorted.length && sorted[i] === value) above += sorted[i++];
  }
  return i;
}
