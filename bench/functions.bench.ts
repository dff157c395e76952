/*
 * npm run bench: how fast the KAM functions are at Excel's sizes.
 * For each n it times KAM.ABC and KAM.TIERS over the whole range (the spilled form, called through the
 * same wrappers Excel calls), against a native sort of the same values in a Float64Array; the target is
 * a ratio of at most 3. Then it times 10,000 per-cell KAM.GRADE calls, each with a 10,000-row population,
 * the way Excel recalculates a filled-down column.
 */
import { performance } from "perf_hooks";
import { installCustomFunctionsStub } from "../test/support/custom-functions-stub";

installCustomFunctionsStub();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const kam = require("../src/functions/functions") as typeof import("../src/functions/functions");

const SIZES = [10_000, 100_000, 1_048_576];

/** Sales figures with a long tail, as customer lists have: a few large accounts, many small ones. */
function salesFigures(n: number, seed = 42): Float64Array {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return (state + 0.5) / 4294967296;
  };
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.round(Math.exp(8 + 2 * Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random())));
  return out;
}

/** The best of a few runs: the least disturbed by the rest of the machine. */
function timeIt(runs: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(11);

console.log(`KAM functions benchmark (node ${process.version}, best of several runs)\n`);
console.log(`${"n".padStart(9)} ${"sort f64".padStart(11)} ${"KAM.ABC".padStart(11)} ${"ratio".padStart(6)} ${"KAM.TIERS".padStart(11)} ${"ratio".padStart(6)}`);
for (const n of SIZES) {
  const figures = salesFigures(n);
  const values = Array.from(figures, (v) => [v]);
  const accounts = Array.from({ length: n }, (_, i) => [`Customer ${i + 1}`]);
  const runs = n > 200_000 ? 3 : 5;
  const sort = timeIt(runs, () => Float64Array.from(figures).sort());
  const abc = timeIt(runs, () => kam.abc(values));
  const tiers = timeIt(runs, () => kam.tiers(accounts, values));
  console.log(
    `${String(n).padStart(9)} ${ms(sort)} ${ms(abc)} ${(abc / sort).toFixed(2).padStart(6)} ${ms(tiers)} ${(tiers / sort).toFixed(2).padStart(6)}`
  );
}

const population = Array.from(salesFigures(10_000, 7), (v) => [v]);
const perCell = timeIt(3, () => {
  for (let i = 0; i < 10_000; i++) kam.grade([population[i]], population, [["OK"]], [[4]]);
});
console.log(`\n10,000 per-cell KAM.GRADE calls, each over a 10,000-row population: ${perCell.toFixed(0)} ms (${((perCell * 1000) / 10_000).toFixed(1)} µs a call)`);
