import fc from "fast-check";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { tierLayout, tierSheet } from "../../../src/core/sheets/tier-sheet";
import { makeAnalysis } from "./analysis-fixtures";
import { SpecGrid } from "./formula-eval";

const RUNS = { numRuns: 150 };

const positive = fc.oneof(
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.integer({ min: 1, max: 100_000_000 }).map((c) => c / 100),
  fc.constantFrom(1, 2, 3, 5, 0.1, 0.2, 0.3, 0.4)
);
// Ties, zeros and negatives (returns), with a positive total.
const population = fc
  .array(fc.oneof(positive, positive, fc.constant(0), fc.integer({ min: -500, max: -1 })), {
    minLength: 1,
    maxLength: 50,
  })
  .filter((xs) => xs.reduce((s, x) => s + x, 0) > 0);
const cutoffs = fc
  .integer({ min: 1, max: 98 })
  .chain((a) => fc.integer({ min: a + 1, max: 100 }).map((b) => [a / 100, b / 100] as const));
const keyMinStars = fc.constantFrom(1, 2, 3, 4);

/** A reproducible Fisher–Yates shuffle. */
function shuffle<T>(items: T[], seed: number): void {
  let state = seed >>> 0;
  for (let i = items.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
}

describe("summary formulas agree with the engine for any population", () => {
  test("evaluated over the sheet's own cells, in the engine's order and shuffled", () => {
    fc.assert(
      fc.property(
        population,
        cutoffs,
        keyMinStars,
        fc.option(fc.integer()),
        (sales, [a, b], minStars, seed) => {
          const criteria = { ...DEFAULT_CRITERIA, aCutoff: a, bCutoff: b, keyMinStars: minStars };
          const analysis = makeAnalysis(
            sales.map((s, i) => ({ account: `c${i}`, sales: s })),
            { criteria }
          );
          const spec = tierSheet(analysis, "en");
          const layout = tierLayout(analysis);
          const grid = new SpecGrid(spec);
          if (seed !== null) {
            const width = layout.columns.length;
            const rows = analysis.accounts.map((_, i) =>
              Array.from({ length: width }, (__, c) => grid.valueAt(layout.firstDataRow + i, c))
            );
            shuffle(rows, seed); // any order the user might sort the table into
            rows.forEach((row, i) =>
              row.forEach((v, c) => grid.set(layout.firstDataRow + i, c, v))
            );
          }
          const at = (key: keyof typeof layout.summaryRow) =>
            grid.valueAt(layout.summaryRow[key] as number, layout.valueColumn) as number;
          const s = analysis.summary;
          expect(at("paretoCount")).toBe(s.paretoCount);
          expect(at("accounts")).toBe(s.accounts);
          expect(at("keyAccounts")).toBe(s.keyAccounts);
          expect(at("totalSales")).toBeCloseTo(s.totalSales, 6);
          expect(at("keyAccountShare")).toBeCloseTo(s.keyAccountShare, 9);
          expect(Math.abs(at("hhi") - s.hhi)).toBeLessThanOrEqual(1e-9 * Math.max(1, s.hhi));
          expect(at("effectiveCustomers")).toBeCloseTo(s.effectiveCustomers, 6);
        }
      ),
      RUNS
    );
  });
});
