/**
 * A spilled KAM.ABC classifies by two bounds found in one pass over the sorted population, instead of
 * a search per cell. These properties check that shortcut against the definition (the standing of each
 * value, found by a plain scan), also for values that are not in the population and for ties.
 */
import fc from "fast-check";
import { classBounds, classWithin, classify } from "../../src/core/abc";
import { ScannedPopulation, SortedPopulation } from "../../src/core/standing";

const sales = fc.oneof(
  fc.integer({ min: -20, max: 200 }),
  fc.double({ min: 0.01, max: 1000, noNaN: true, noDefaultInfinity: true })
);
const cutoffs = fc
  .tuple(fc.double({ min: 0.01, max: 0.98, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }))
  .filter(([a, b]) => a < b)
  .chain(([a, b]) => fc.constantFrom("cover" as const, "within" as const).map((abcRule) => ({ aCutoff: a, bCutoff: b, abcRule })));

test("the class from the bounds equals the class from the value's standing, for any value", () => {
  fc.assert(
    fc.property(fc.array(sales, { minLength: 1, maxLength: 40 }), fc.array(sales, { maxLength: 20 }), cutoffs, (pop, extra, c) => {
      const values = Float64Array.from(pop);
      const scanned = new ScannedPopulation(values);
      fc.pre(scanned.total > 0);
      const bounds = classBounds(new SortedPopulation(values), c);
      // Values in the population, between its values, beyond both ends, and its own values nudged.
      const probes = [...pop, ...extra, ...pop.map((v) => v + 0.5), ...pop.map((v) => v - 0.5), 1e9, 0.001];
      for (const v of probes) expect([v, classWithin(v, bounds)]).toEqual([v, classify(v, scanned.standing(v), scanned, c)]);
    }),
    { numRuns: 300 }
  );
});

test("typical case: 70/20/10 at 0.7/0.9 under both rules, for values in and between", () => {
  const pop = new SortedPopulation(Float64Array.from([70, 20, 10]));
  const cover = classBounds(pop, { aCutoff: 0.7, bCutoff: 0.9, abcRule: "cover" });
  const within = classBounds(pop, { aCutoff: 0.7, bCutoff: 0.9, abcRule: "within" });
  // cover: larger accounts hold 0 → A; 70% → B; 90% → C. A value of 15 has 90% above it: C.
  expect([70, 20, 15, 10, 100].map((v) => classWithin(v, cover))).toEqual(["A", "B", "C", "C", "A"]);
  // within: 70 → cum 70% → A; 20 → 90% → B; 15 → (70+20)/100 = 90% → B; 10 → 100% → C.
  expect([70, 20, 15, 10, 100].map((v) => classWithin(v, within))).toEqual(["A", "B", "B", "C", "A"]);
});
