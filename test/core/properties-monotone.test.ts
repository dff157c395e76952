import fc from "fast-check";
import { abcFormula, cumulativeShareFormula, rankFormula, shareFormula } from "../../src/core/formulas/share-formulas";
import { hhiFormula, paretoFormula, topShareFormula } from "../../src/core/formulas/concentration-formulas";
import { creditFormula, creditWhyFormula, dsoFormula } from "../../src/core/formulas/credit-formulas";
import { gradeFormula, isKeyFormula } from "../../src/core/formulas/grade-formulas";
import { tiersFormula } from "../../src/core/formulas/tiers-formula";
import { KamError } from "../../src/core/errors";
import { column, naiveCredit, SEVERITY, Status } from "./oracle";

const RUNS = { numRuns: 200 };
const positive = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 100_000_000 }).map((c) => c / 100));
const statuses: Status[] = ["OK", "WATCH", "FAIL"];
const status = fc.option(fc.constantFrom(...statuses), { nil: undefined });
const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
const criteria = fc
  .tuple(fc.integer({ min: 1, max: 98 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom("cover", "within"))
  .map(([a, d, r]) => [["a_cutoff", a / 100], ["b_cutoff", Math.min(100, a + d) / 100], ["abc_rule", r]]);

/** Stars of one value against a fixed population. */
const stars = (v: number, pop: number[], credit: Status | undefined, phil: number | undefined, crit: unknown) =>
  gradeFormula([[v]] as never, column(pop) as never, credit ?? null, phil ?? null, crit as never)[0][0] as number;

describe("grades never rise when an input gets worse", () => {
  const setup = fc.record({ pop: fc.array(positive, { minLength: 1, maxLength: 60 }), i: fc.nat(), credit: status, phil: score, crit: criteria });

  test("lower own sales, population fixed", () => {
    fc.assert(
      fc.property(setup, fc.double({ min: 0, max: 1, noNaN: true }), ({ pop, i, credit, phil, crit }, f) => {
        const v = pop[i % pop.length];
        expect(stars(v * f, pop, credit, phil, crit)).toBeLessThanOrEqual(stars(v, pop, credit, phil, crit));
        expect(stars(v - 1e6, pop, credit, phil, crit)).toBeLessThanOrEqual(stars(v, pop, credit, phil, crit));
      }),
      RUNS
    );
  });

  test("credit OK → WATCH → FAIL, and not assessed → assessed", () => {
    fc.assert(
      fc.property(setup, ({ pop, i, phil, crit }) => {
        const v = pop[i % pop.length];
        const [ok, watch, fail, none] = [...statuses, undefined].map((c) => stars(v, pop, c, phil, crit));
        expect(watch).toBeLessThanOrEqual(ok);
        expect(fail).toBeLessThanOrEqual(watch);
        for (const s of [ok, watch, fail]) expect(s).toBeLessThanOrEqual(none);
      }),
      RUNS
    );
  });

  test("lower philosophy, and not assessed → assessed", () => {
    fc.assert(
      fc.property(setup, ({ pop, i, credit, crit }) => {
        const v = pop[i % pop.length];
        const byScore = [1, 2, 3, 4, 5].map((p) => stars(v, pop, credit, p, crit));
        for (let p = 1; p < 5; p++) expect(byScore[p - 1]).toBeLessThanOrEqual(byScore[p]);
        const none = stars(v, pop, credit, undefined, crit);
        for (const s of byScore) expect(s).toBeLessThanOrEqual(none);
      }),
      RUNS
    );
  });
});

describe("CREDIT", () => {
  const whole = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined });
  const figures = fc.record({ limit: whole, balance: fc.option(fc.integer({ min: -1000, max: 100_000 }), { nil: undefined }), overdue: whole, days: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }) });
  const status = (f: { limit?: number; balance?: number; overdue?: number; days?: number }) =>
    creditFormula(f.limit ?? null, f.balance ?? null, f.overdue ?? null, f.days ?? null)[0][0] as Status;
  const worse = (after: Status, before: Status) => expect(SEVERITY[after]).toBeGreaterThanOrEqual(SEVERITY[before]);

  test("agrees with the naive rules on whole-number amounts", () => {
    fc.assert(fc.property(figures, (f) => expect(status(f)).toBe(naiveCredit(f))), { numRuns: 1000 });
  });

  test("never improves when days overdue or the overdue amount increase", () => {
    fc.assert(
      fc.property(figures, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 50_000 }), (f, dd, dor) => {
        worse(status({ ...f, days: (f.days ?? 0) + dd }), status(f));
        worse(status({ ...f, overdue: (f.overdue ?? 0) + dor }), status(f));
      }),
      RUNS
    );
  });

  test("never improves when the balance increases with the overdue share unchanged, or the limit falls", () => {
    fc.assert(
      fc.property(figures, fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 1, noNaN: true }), (f, k, cut) => {
        const b = Math.max(1, f.balance ?? 1);
        const base = { ...f, balance: b };
        worse(status({ ...base, balance: b * k, overdue: f.overdue === undefined ? undefined : f.overdue * k }), status(base));
        worse(status({ ...base, overdue: undefined, balance: b + k }), status({ ...base, overdue: undefined }));
        if (f.limit !== undefined) worse(status({ ...base, limit: Math.floor(f.limit * cut) }), status(base));
      }),
      RUNS
    );
  });

  test("by the issue's ratio rule, a larger balance with the same overdue amount can improve the status", () => {
    // overdue 40 of 100 is 40% (FAIL); of 200 it is 20% (WATCH). This is the spec, not a bug.
    expect([status({ limit: 1000, balance: 100, overdue: 40 }), status({ limit: 1000, balance: 200, overdue: 40 })]).toEqual(["FAIL", "WATCH"]);
  });
});

describe("no formula returns NaN or Infinity", () => {
  const cell = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -1000, max: 1_000_000 }) },
    { weight: 3, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(null, "", 0, -0, "x", "12", true, false, "OK", "WATCH", "FAIL", 1, 3, 5) }
  );
  const col = fc.array(cell, { minLength: 1, maxLength: 60 });
  const scalar = fc.oneof(cell, fc.constant(undefined));

  function finite(run: () => unknown): void {
    let out: unknown;
    try {
      out = run();
    } catch (e) {
      expect(e).toBeInstanceOf(KamError);
      return;
    }
    const cells = Array.isArray(out) ? (out as unknown[][]).flat() : [out];
    for (const c of cells) if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
    for (const c of cells) expect(["number", "string", "boolean"].includes(typeof c) || c instanceof KamError).toBe(true);
  }

  test("for random ranges of numbers, blanks, text, booleans, zeros and negatives", () => {
    fc.assert(
      fc.property(col, col, col, col, scalar, scalar, scalar, (a, b, c, d, s1, s2, s3) => {
        const [A, B, C, D] = [a, b, c, d].map((x) => column(x) as never);
        const n = Math.min(a.length, b.length, c.length, d.length);
        const [a2, b2, c2, d2] = [a, b, c, d].map((x) => column(x.slice(0, n)) as never);
        finite(() => shareFormula(A, B));
        finite(() => cumulativeShareFormula(A));
        finite(() => rankFormula(A, B));
        finite(() => abcFormula(A, B, s1 as never, s2 as never, s3 as never));
        finite(() => abcFormula(A, null, null, null, "within"));
        finite(() => paretoFormula(A, s1 as never));
        finite(() => topShareFormula(A, s1 as never));
        finite(() => hhiFormula(A));
        finite(() => creditFormula(a2, b2, c2, d2));
        finite(() => creditFormula(s1 as never, B, s2 as never, s3 as never));
        finite(() => creditWhyFormula("en", a2, b2, c2, d2));
        finite(() => dsoFormula(a2, b2, s1 as never));
        finite(() => gradeFormula(a2, B, c2, d2));
        finite(() => isKeyFormula(A, null, s1 as never, s2 as never));
        finite(() => tiersFormula("en", a2, b2, c2, d2));
      }),
      // a shrunk counterexample found by this property, always tried first: SHARE(1, population 5e-324)
      { ...RUNS, examples: [[[1], [5e-324], [0], [0], undefined, undefined, undefined]] }
    );
  });
});
