import { Cell, Grid } from "./cells";

/**
 * Where one value stands in a population of sales figures: how many accounts sell more, and what share
 * of the total the larger (and the equal) accounts hold. Shares, ranks and ABC classes all derive from it.
 */
export interface Standing {
  /** Accounts in the population with a strictly larger value. */
  countAbove: number;
  /** Sum of the strictly larger values. */
  sumAbove: number;
  /** Sum of the values at least as large as this one (equal values count together). */
  sumAtOrAbove: number;
}

export interface Population {
  /** T: the sum of every number in the population, as Excel's SUM would give it. */
  readonly total: number;
  readonly size: number;
  standing(value: number): Standing;
}

/** Plain summation in the population's own order, so every path computes the very same T. */
export function sumOf(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

/**
 * A population queried once: a single pass, O(n), no sort. This is what a per-cell formula costs,
 * since Excel calls it once per row, each time with the whole population.
 */
export class ScannedPopulation implements Population {
  readonly total: number;
  readonly size: number;

  constructor(private readonly values: Float64Array) {
    this.total = sumOf(values);
    this.size = values.length;
  }

  standing(value: number): Standing {
    let countAbove = 0;
    let sumAbove = 0;
    let sumEqual = 0;
    const values = this.values;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v > value) {
        countAbove++;
        sumAbove += v;
      } else if (v === value) {
        sumEqual += v;
      }
    }
    return { countAbove, sumAbove, sumAtOrAbove: sumAbove + sumEqual };
  }
}

/**
 * A population asked about a few values known in advance, read straight from the cells in ONE pass:
 * the total and every value's standing together, with no copy of the numbers and nothing allocated per
 * cell. This is the per-cell formula's path: Excel calls it once per row, each time with the whole
 * population, so one pass with a small constant is all it may cost. Cells are read as SUM reads them
 * (finite numbers only), in the same order as the other paths, so T is the very same number.
 */
export class QueriedPopulation implements Population {
  readonly total: number;
  readonly size: number;
  private readonly queries: number[];
  private readonly standings: Standing[];

  constructor(population: Cell | Grid, queries: readonly number[]) {
    this.queries = [...new Set(queries)];
    // Excel passes rows of cells; a hand-made argument may be a bare cell or hold bare cells.
    const rows: readonly unknown[] = Array.isArray(population) ? population : [population];
    const scan =
      this.queries.length === 1
        ? scanForOne(rows, this.queries[0])
        : scanForMany(rows, this.queries);
    this.total = scan.total;
    this.size = scan.size;
    this.standings = scan.standings;
  }

  standing(value: number): Standing {
    const q = this.queries.indexOf(value);
    if (q < 0) throw new Error(`the population was not asked about ${value}`);
    return this.standings[q];
  }
}

interface Scan {
  total: number;
  size: number;
  standings: Standing[];
}

/**
 * The common case, one cell's value, in a loop kept as tight as the floor's "sum the cells" loop:
 * - sales in a sheet are in no particular order, so the processor cannot guess `v > query`, and an if
 *   on it cost three times the adding; the comparison becomes 0 or 1 instead, and `v * above` adds
 *   either v or ±0, which leaves the sum exactly as the if would (the same values in the same order);
 * - SUM skips NaN and ±Infinity, but testing every cell for them costs; Excel never passes them, so
 *   they are noticed by the total they would spoil, and then the general way reads the cells again;
 * - rows are Excel's arrays of cells; a hand-made argument with bare cells goes the general way.
 */
function scanForOne(rows: readonly unknown[], query: number): Scan {
  let total = 0;
  let size = 0;
  let countAbove = 0;
  let sumAbove = 0;
  let sumEqual = 0;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!Array.isArray(cells)) return scanForMany(rows, [query]);
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (typeof v !== "number") continue;
      total += v;
      size++;
      const above = ((v > query) as unknown as number) | 0; // true | 0 is 1
      countAbove += above;
      sumAbove += v * above;
      if (v === query) sumEqual += v; // rare, so well guessed
    }
  }
  // Not finite: a NaN or infinite cell was added (or finite sales overflowed, which the general way
  // finds again, as the same total).
  if (total - total !== 0) return scanForMany(rows, [query]);
  return { total, size, standings: [{ countAbove, sumAbove, sumAtOrAbove: sumAbove + sumEqual }] };
}

/** Several values (a per-cell formula over a few cells): the same pass, each cell tested against each. */
function scanForMany(rows: readonly unknown[], queries: readonly number[]): Scan {
  const k = queries.length;
  const countAbove = new Float64Array(k);
  const sumAbove = new Float64Array(k);
  const sumEqual = new Float64Array(k);
  let total = 0;
  let size = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells: readonly unknown[] = Array.isArray(row) ? row : [row];
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (typeof v !== "number" || !Number.isFinite(v)) continue;
      total += v;
      size++;
      for (let q = 0; q < k; q++) {
        const value = queries[q];
        if (v > value) {
          countAbove[q]++;
          sumAbove[q] += v;
        } else if (v === value) {
          sumEqual[q] += v;
        }
      }
    }
  }
  const standings = Array.from(queries, (_, q) => ({
    countAbove: countAbove[q],
    sumAbove: sumAbove[q],
    sumAtOrAbove: sumAbove[q] + sumEqual[q],
  }));
  return { total, size, standings };
}

/**
 * A population queried many times (a spilled range): sorted once, O(n log n), then every query is a
 * binary search. Sorting a Float64Array copy keeps the sort native and fast.
 */
export class SortedPopulation implements Population {
  readonly total: number;
  readonly size: number;
  /** Ascending copy of the values. */
  readonly ascending: Float64Array;
  /** suffix[i] = sum of ascending[i..n-1]: the values from position i up to the largest. */
  readonly suffix: Float64Array;

  /** `ascending`, when the caller already has the same values in ascending order, saves the sort. */
  constructor(values: Float64Array, ascending?: Float64Array) {
    this.total = sumOf(values);
    this.size = values.length;
    this.ascending = ascending ?? Float64Array.from(values).sort();
    const n = this.ascending.length;
    this.suffix = new Float64Array(n + 1);
    for (let i = n - 1; i >= 0; i--) this.suffix[i] = this.suffix[i + 1] + this.ascending[i];
  }

  standing(value: number): Standing {
    const firstAtOrAbove = lowerBound(this.ascending, value);
    const firstAbove = upperBound(this.ascending, value, firstAtOrAbove);
    return {
      countAbove: this.size - firstAbove,
      sumAbove: this.suffix[firstAbove],
      sumAtOrAbove: this.suffix[firstAtOrAbove],
    };
  }
}

/** First index whose value is ≥ target. */
export function lowerBound(sorted: Float64Array, target: number, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > target. */
export function upperBound(sorted: Float64Array, target: number, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
