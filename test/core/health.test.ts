import fc from "fast-check";
import { CREDIT_STATUSES, CreditStatus } from "../../src/core/credit";
import { Criteria, DEFAULT_CRITERIA, parseCriteria } from "../../src/core/criteria";
import { HealthInput, accountHealth, salesGrowth } from "../../src/core/health";
import { healthReason } from "../../src/core/health-reasons";
import { healthFormula, healthWhyFormula } from "../../src/core/formulas/health-formulas";
import { KamError } from "../../src/core/errors";

const score = (input: HealthInput, c: Criteria = DEFAULT_CRITERIA) => accountHealth(input, c).score;
const only = (weight: keyof Criteria): Criteria => ({
  ...DEFAULT_CRITERIA,
  healthWeightGrowth: 0,
  healthWeightCredit: 0,
  healthWeightOverdue: 0,
  healthWeightStage: 0,
  healthWeightPhilosophy: 0,
  [weight]: 1,
});

describe("each component's score at its boundaries", () => {
  const growth = only("healthWeightGrowth");
  test.each([
    // sales, prior, score: no growth 50, ±span (20%) 100 / 0, beyond them clamped
    [100, 100, 50],
    [120, 100, 100],
    [150, 100, 100],
    [80, 100, 0],
    [0, 100, 0],
    [110, 100, 75],
  ])("growth: sales %d against %d scores %d", (sales, prior, want) => {
    expect(score({ sales, priorSales: prior }, growth)).toBeCloseTo(want, 9);
  });
  test("growth is not assessed without a positive prior", () => {
    expect(salesGrowth(100, 0)).toBeUndefined();
    expect(salesGrowth(100, -5)).toBeUndefined();
    expect(score({ sales: 100 }, growth)).toBeUndefined();
  });
  test.each([
    ["OK", 100],
    ["WATCH", 50],
    ["FAIL", 0],
  ] as [CreditStatus, number][])("credit %s scores %d", (credit, want) => {
    expect(score({ credit }, only("healthWeightCredit"))).toBe(want);
  });
  test.each([
    [0, 100],
    [1, 75],
    [4, 0],
    [9, 0],
  ])("%d overdue tasks score %d", (overdueTasks, want) => {
    expect(score({ overdueTasks }, only("healthWeightOverdue"))).toBe(want);
  });
  test.each([
    [-1, 100],
    [0, 100],
    [1, 50],
    [2, 0],
    [3, 0],
  ])("a stage gap of %d scores %d", (stageGap, want) => {
    expect(score({ stageGap }, only("healthWeightStage"))).toBe(want);
  });
  test.each([
    [1, 0],
    [3, 50],
    [5, 100],
  ])("philosophy %d scores %d", (philosophy, want) => {
    expect(score({ philosophy }, only("healthWeightPhilosophy"))).toBe(want);
  });
});

describe("the weighted mean", () => {
  const all: HealthInput = {
    sales: 110,
    priorSales: 100,
    credit: "WATCH",
    overdueTasks: 1,
    stageGap: 1,
    philosophy: 3,
  };
  test("weighs each component by its criterion, and the points add up to the score", () => {
    const c = DEFAULT_CRITERIA;
    const weights = [
      c.healthWeightGrowth,
      c.healthWeightCredit,
      c.healthWeightOverdue,
      c.healthWeightStage,
      c.healthWeightPhilosophy,
    ];
    const scores = [75, 50, 75, 50, 50];
    const want =
      weights.reduce((s, w, i) => s + w * scores[i], 0) / weights.reduce((s, w) => s + w, 0);
    const health = accountHealth(all, c);
    expect(health.score).toBeCloseTo(want, 9);
    expect(health.parts.reduce((s, p) => s + p.points, 0)).toBeCloseTo(want, 9);
  });
  test("a component not assessed leaves the mean: the others' weights count for it", () => {
    const withoutCredit = accountHealth({ ...all, credit: undefined }, DEFAULT_CRITERIA);
    const noCreditWeight = accountHealth(all, { ...DEFAULT_CRITERIA, healthWeightCredit: 0 });
    expect(withoutCredit.score).toBeCloseTo(noCreditWeight.score as number, 9);
  });
  test("with nothing assessed there is no score", () => {
    expect(score({})).toBeUndefined();
    expect(healthReason(accountHealth({}, DEFAULT_CRITERIA), "en")).toBe("no component assessed");
  });
  test("the reason gives each component's figure, score, share and points, in both languages", () => {
    const health = accountHealth({ ...all, philosophy: undefined }, DEFAULT_CRITERIA);
    const en = healthReason(health, "en");
    expect(en).toContain("growth +10% → 75");
    expect(en).toContain("credit WATCH → 50");
    expect(en).toContain("1 overdue task → 75");
    expect(en).toContain("1 stage below target → 50");
    expect(en).toContain("not assessed: philosophy");
    const zh = healthReason(health, "zh-CN");
    expect(zh).toContain("销售增长 +10% → 75 分");
    expect(zh).toContain("信用关注 → 50 分");
    expect(zh).toContain("未评估：经营理念");
  });
});

describe("the health criteria on KAM Criteria", () => {
  test("are read by name, and validated", () => {
    expect(parseCriteria([["health_weight_growth", 0.5]]).healthWeightGrowth).toBe(0.5);
    expect(() => parseCriteria([["health_weight_credit", -0.1]])).toThrow(/health_weight_/);
    const zero = ["growth", "credit", "overdue", "stage", "philosophy"].map((c) => [
      `health_weight_${c}`,
      0,
    ]);
    expect(() => parseCriteria(zero)).toThrow(/not all 0/);
    expect(() => parseCriteria([["health_growth_span", 0]])).toThrow(/health_growth_span > 0/);
  });
});

const status = fc.constantFrom(...CREDIT_STATUSES);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const input = fc.record({
  sales: maybe(fc.double({ min: 0, max: 1e7, noNaN: true })),
  priorSales: maybe(fc.double({ min: 0, max: 1e7, noNaN: true })),
  credit: maybe(status),
  overdueTasks: maybe(fc.integer({ min: 0, max: 20 })),
  stageGap: maybe(fc.integer({ min: -3, max: 3 })),
  philosophy: maybe(fc.integer({ min: 1, max: 5 })),
});
const weight = fc.integer({ min: 0, max: 100 }).map((w) => w / 100);
const criteria = fc
  .record({
    healthWeightGrowth: weight,
    healthWeightCredit: weight,
    healthWeightOverdue: weight,
    healthWeightStage: weight,
    healthWeightPhilosophy: fc.integer({ min: 1, max: 100 }).map((w) => w / 100),
  })
  .map((w) => ({ ...DEFAULT_CRITERIA, ...w }));

describe("health never rises when an input gets worse", () => {
  const severity = { OK: 0, WATCH: 1, FAIL: 2 };
  test("worse credit", () => {
    fc.assert(
      fc.property(input, criteria, status, status, (i, c, a, b) => {
        const [better, worse] = severity[a] <= severity[b] ? [a, b] : [b, a];
        const hb = score({ ...i, credit: better }, c) as number;
        const hw = score({ ...i, credit: worse }, c) as number;
        expect(hw).toBeLessThanOrEqual(hb + 1e-9);
      }),
      { numRuns: 300 }
    );
  });
  test("lower sales (the prior fixed)", () => {
    fc.assert(
      fc.property(input, criteria, fc.double({ min: 0, max: 1, noNaN: true }), (i, c, f) => {
        const sales = i.sales ?? 1000;
        const before = score({ ...i, sales }, c);
        const after = score({ ...i, sales: sales * f }, c);
        if (before === undefined) expect(after).toBeUndefined();
        else expect(after as number).toBeLessThanOrEqual(before + 1e-9);
      }),
      { numRuns: 300 }
    );
  });
  test("more overdue tasks, a wider stage gap", () => {
    fc.assert(
      fc.property(input, criteria, fc.integer({ min: 0, max: 5 }), (i, c, more) => {
        const o = i.overdueTasks ?? 0;
        const g = i.stageGap ?? 0;
        const base = score({ ...i, overdueTasks: o, stageGap: g }, c) as number;
        expect(
          score({ ...i, overdueTasks: o + more, stageGap: g }, c) as number
        ).toBeLessThanOrEqual(base + 1e-9);
        expect(
          score({ ...i, overdueTasks: o, stageGap: g + more }, c) as number
        ).toBeLessThanOrEqual(base + 1e-9);
      }),
      { numRuns: 300 }
    );
  });
  test("stays within 0–100", () => {
    fc.assert(
      fc.property(input, criteria, (i, c) => {
        const s = score(i, c);
        if (s !== undefined) expect(s >= -1e-9 && s <= 100 + 1e-9).toBe(true);
      }),
      { numRuns: 300 }
    );
  });
});

describe("KAM.HEALTH and KAM.HEALTHWHY as the engine sees them", () => {
  test("one value per row, companions broadcast, the same rule", () => {
    const out = healthFormula(
      [[110], [90], [null]],
      [[100], [100], [null]],
      [["OK"]],
      [[0]],
      [[1]],
      [[4]]
    );
    expect(out[0][0]).toBeCloseTo(
      score({
        sales: 110,
        priorSales: 100,
        credit: "OK",
        overdueTasks: 0,
        stageGap: 1,
        philosophy: 4,
      }) as number,
      9
    );
    expect(out[1][0]).toBeCloseTo(
      score({
        sales: 90,
        priorSales: 100,
        credit: "OK",
        overdueTasks: 0,
        stageGap: 1,
        philosophy: 4,
      }) as number,
      9
    );
    // Growth not assessed on the third row: the others still score.
    expect(out[2][0]).toBeCloseTo(
      score({ credit: "OK", overdueTasks: 0, stageGap: 1, philosophy: 4 }) as number,
      9
    );
  });
  test("blank when nothing is assessed", () => {
    expect(healthFormula([[null]])).toEqual([[""]]);
  });
  test("criteria change the weights", () => {
    const out = healthFormula([[120]], [[100]], [["FAIL"]], null, null, null, [
      ["health_weight_credit", 0],
    ]);
    expect(out[0][0]).toBeCloseTo(100, 9);
  });
  test.each([
    [[[1]], [[1]], [["MAYBE"]], null, null, null, "value"],
    [[[1]], [[1]], null, [[-1]], null, null, "num"],
    [[[1]], [[1]], null, null, null, [[6]], "num"],
    [[[1]], [["x"]], null, null, null, null, "value"],
  ])("an input it cannot use is an error: %#", (s, p, c, o, g, ph, code) => {
    const cell = healthFormula(
      s as never,
      p as never,
      c as never,
      o as never,
      g as never,
      ph as never
    )[0][0];
    expect(cell).toBeInstanceOf(KamError);
    expect((cell as KamError).code).toBe(code);
  });
  test("HEALTHWHY explains in the language asked for", () => {
    expect(healthWhyFormula("en", [[100]], [[100]])[0][0]).toBe(
      "growth 0% → 50 × 100% = 50; not assessed: credit, overdue tasks, stage, philosophy"
    );
    expect(healthWhyFormula("zh-CN", [[100]], [[100]])[0][0]).toContain(
      "未评估：信用、逾期任务、关系阶段、经营理念"
    );
  });
});
