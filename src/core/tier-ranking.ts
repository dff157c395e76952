import { AbcClass, ClassBounds, classBounds, classWithin } from "./abc";
import { Criteria } from "./criteria";
import { CreditStatus } from "./credit";
import { Grade, gradeAccount } from "./grade";
import { Lang } from "./language";
import { gradeReason } from "./reasons";
import { checkTotal } from "./shares";
import { descendingOrder } from "./sort-order";
import { SortedPopulation, sumOf } from "./standing";

/**
 * Where every account of a tier table stands, worked out on typed arrays and indices so that a million
 * accounts cost one radix sort and a few passes: no object per account until the caller builds its rows.
 */
export interface TierRanking {
  /** Account indices, largest sales first; equal sales keep their order in the data. */
  order: Int32Array;
  /** T, summed in the accounts' own order as every other path sums it. */
  total: number;
  population: SortedPopulation;
  bounds: ClassBounds;
}

/**
 * Ranks accounts by their (already merged) sales. The ascending values that class bounds and
 * cumulative shares need are read off the radix order, so the values are sorted once, not twice.
 * Throws the total's KamError (#DIV/0!, #NUM!) before any sorting.
 */
export function rankAccounts(sales: Float64Array, criteria: Criteria): TierRanking {
  const n = sales.length;
  const total = checkTotal(sumOf(sales));
  const order = descendingOrder(sales);
  const ascending = new Float64Array(n);
  for (let i = 0; i < n; i++) ascending[i] = sales[order[n - 1 - i]];
  const population = new SortedPopulation(sales, ascending);
  return { order, total, population, bounds: classBounds(population, criteria) };
}

/** What one visit of `forEachRanked` is told about an account. */
export type RankedVisit = (
  index: number,
  rank: number,
  cumulativeShare: number,
  abc: AbcClass
) => void;

/**
 * Visits the accounts largest first. Each group of equal sales starts where the larger ones end, so
 * rank and cumulative share come from the running position: no search per account.
 */
export function forEachRanked(ranking: TierRanking, sales: Float64Array, visit: RankedVisit): void {
  const { order, total, population, bounds } = ranking;
  const n = order.length;
  let groupStart = 0;
  let groupEnd = 0;
  for (let p = 0; p < n; p++) {
    const value = sales[order[p]];
    if (p === groupEnd) {
      groupStart = p;
      while (groupEnd < n && sales[order[groupEnd]] === value) groupEnd++;
    }
    visit(
      order[p],
      groupStart + 1,
      population.suffix[n - groupEnd] / total,
      classWithin(value, bounds)
    );
  }
}

/** A grade and the sentence that explains it. */
export interface GradeEntry {
  grade: Grade;
  reason: string;
}

const ABC_SLOT: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };
const CREDIT_SLOT: Record<CreditStatus, number> = { OK: 1, WATCH: 2, FAIL: 3 };

/**
 * Grades and reasons repeat across thousands of accounts: each distinct one is worked out once and
 * shared (callers must not change it). Whole philosophy scores are found by slot, without building a key.
 */
export class GradeBook {
  private readonly slots: (GradeEntry | undefined)[] = [];
  private readonly others = new Map<string, GradeEntry>();

  constructor(
    private readonly criteria: Criteria,
    private readonly lang: Lang
  ) {}

  lookup(
    abc: AbcClass,
    credit: CreditStatus | undefined,
    philosophy: number | undefined,
    sales: number
  ): GradeEntry {
    // Below class A the reason says whether there are sales at all; nothing else about the figure counts.
    const noSales = sales <= 0 ? 1 : 0;
    const creditSlot = credit === undefined ? 0 : CREDIT_SLOT[credit];
    const philosophySlot =
      philosophy === undefined
        ? 0
        : Number.isInteger(philosophy) && philosophy >= 1 && philosophy <= 5
          ? philosophy
          : -1;
    if (philosophySlot < 0) {
      const key = `${abc}|${credit}|${philosophy}|${noSales}`;
      let entry = this.others.get(key);
      if (entry === undefined) {
        entry = this.entry(abc, credit, philosophy, sales);
        this.others.set(key, entry);
      }
      return entry;
    }
    const slot = ((ABC_SLOT[abc] * 4 + creditSlot) * 6 + philosophySlot) * 2 + noSales;
    let entry = this.slots[slot];
    if (entry === undefined) {
      entry = this.entry(abc, credit, philosophy, sales);
      this.slots[slot] = entry;
    }
    return entry;
  }

  private entry(
    abc: AbcClass,
    credit: CreditStatus | undefined,
    philosophy: number | undefined,
    sales: number
  ): GradeEntry {
    const input = { abc, credit, philosophy };
    const grade = gradeAccount(input, this.criteria);
    return { grade, reason: gradeReason(input, grade, this.lang, sales) };
  }
}
