import { concentrationLevel, effectiveCustomers, hhi, paretoCount, topShare } from "../../src/core/concentration";
import { hhiFormula, paretoFormula, topShareFormula } from "../../src/core/formulas/concentration-formulas";
import { column, naiveClass, thrownCode, total } from "./oracle";

const f64 = (xs: number[]) => Float64Array.from(xs);

function naiveHhi(xs: number[]): number {
  const t = total(xs);
  return xs.reduce((s, x) => s + (100 * (x / t)) ** 2, 0);
}

function naiveTopShare(xs: number[], n: number): number {
  const desc = [...xs].sort((a, b) => b - a).slice(0, Math.floor(n));
  return total(desc) / total(xs);
}

describe("HHI", () => {
  test.each([
    ["DOJ example 30/30/20/20", [30, 30, 20, 20], 2600],
    ["one customer", [42], 10000],
    ["four equal", [1, 1, 1, 1], 2500],
    ["ten equal", Array(10).fill(7), 1000],
    ["50/50", [0.5, 0.5], 5000],
  ] as [string, number[], number][])("%s → %p", (_label, xs, expected) => {
    expect(hhi(f64(xs))).toBeCloseTo(expected, 6);
    expect(hhiFormula(column(xs) as never)).toBeCloseTo(expected, 6);
  });

  test.each([[[3, 1, 4, 1, 5, 9, 2, 6]], [[0.1, 0.2, 0.3]], [[100, 0, 0, 1]], [[10, -2, 5]]])("%p matches Σ(100·share)²", (xs) => {
    expect(hhiFormula(column(xs) as never)).toBeCloseTo(naiveHhi(xs), 6);
  });

  test.each([
    [[0, 0], "div0"],
    [[null, "x"], "div0"],
    [[5, -10], "num"],
  ] as [unknown[], string][])("%p → %s", (xs, code) => {
    expect(thrownCode(() => hhiFormula(column(xs) as never))).toBe(code);
  });

  test.each([
    [500, "low"],
    [999.9, "low"],
    [1000, "moderate"],
    [1800, "moderate"],
    [1800.1, "high"],
    [10000, "high"],
  ] as [number, string][])("concentration level of %p is %s", (index, level) => {
    expect(concentrationLevel(index)).toBe(level);
  });

  test.each([
    [2500, 4],
    [10000, 1],
    [0, 0],
  ])("effective customers for HHI %p = %p", (index, n) => {
    expect(effectiveCustomers(index)).toBeCloseTo(n, 12);
  });
});

describe("TOPSHARE", () => {
  const xs = [10, 40, 20, 30];
  test.each([
    [0, 0],
    [1, 0.4],
    [2, 0.7],
    [2.9, 0.7],
    [3, 0.9],
    [4, 1],
    [99, 1],
  ])("top %p of 10/40/20/30 → %p", (n, expected) => {
    expect(topShare(f64(xs), n)).toBeCloseTo(expected, 12);
    expect(topShareFormula(column(xs) as never, n)).toBeCloseTo(expected, 12);
  });

  test.each([[[5, 5, 5]], [[0.1, 0.7, 0.2]], [[9, -1, 3, 3]]])("%p agrees with the naive sum for every n", (vals) => {
    for (let n = 0; n <= vals.length + 1; n++)
      expect(topShareFormula(column(vals) as never, n)).toBeCloseTo(naiveTopShare(vals, n), 12);
  });

  test.each([
    [[1, 2], -1, "num"],
    [[0, 0], 1, "div0"],
    [[1, -2], 1, "num"],
    [[1, 2], null, "value"],
  ] as [number[], number | null, string][])("%p, n=%p → %s", (vals, n, code) => {
    expect(thrownCode(() => topShareFormula(column(vals) as never, n))).toBe(code);
  });
});

describe("PARETO", () => {
  test.each([
    [[50, 30, 20], 0.7, 2],
    [[50, 30, 20], 0.5, 1],
    [[50, 30, 20], 0.51, 2],
    [[50, 30, 20], 1, 3],
    [[40, 20, 20, 20], 0.7, 4],
    [[70, 20, 10], 0.7, 1],
    [[80, 20, 0, 0], 1, 2],
    [[80, 30, -10], 1, 2],
    [[1.2, 0.1, 0.2], 0.8, 1],
    [[1, 1, 1, 1, 1], 0.7, 5],
    [[5], 0.7, 1],
  ] as [number[], number, number][])("%p at %p → %p", (vals, cutoff, expected) => {
    expect(paretoCount(f64(vals), cutoff)).toBe(expected);
    expect(paretoFormula(column(vals) as never, cutoff)).toBe(expected);
  });

  test.each([[[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]], [[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]]])(
    "%p: PARETO(c) = number of class A under cover at c",
    (vals) => {
      for (const c of [0.1, 0.25, 0.5, 0.7, 0.8, 0.9, 1]) {
        const count = vals.filter((v) => naiveClass(v, vals, c, Math.min(1, c + 0.05), "cover") === "A").length;
        expect(paretoFormula(column(vals) as never, c)).toBe(count);
      }
    }
  );

  test("the default cut-off is 0.7", () => {
    expect(paretoFormula(column([50, 30, 20]) as never)).toBe(2);
    expect(paretoFormula(column([50, 30, 20]) as never, null)).toBe(2);
  });

  test.each([
    [[1, 2], 0, "num"],
    [[1, 2], 1.5, "num"],
    [[1, 2], -0.2, "num"],
    [[0, 0], 0.7, "div0"],
    [[1, -3], 0.7, "num"],
  ] as [number[], number, string][])("%p at %p → %s", (vals, cutoff, code) => {
    expect(thrownCode(() => paretoFormula(column(vals) as never, cutoff))).toBe(code);
  });
});

describe("huge but finite sales figures: the right answer or a #NUM!, never Infinity or a wrong share", () => {
  // SUM of these overflows a double. The spec says no function ever returns NaN or Infinity; a result
  // that is given must still be right, so the engine may answer correctly or refuse with "num".
  function correctOrNum(f: () => number, expected: number): void {
    let out: number;
    try {
      out = f();
    } catch (e) {
      expect((e as { code?: string }).code).toBe("num");
      return;
    }
    expect(out).toBeCloseTo(expected, 9);
  }
  test("HHI of a single 1e307 customer is 10,000", () => {
    correctOrNum(() => hhiFormula([[1e307]] as never), 10000);
  });
  test("HHI of 1e160, -1e160, 1 (T = 1, true index 2e324 is past any double) is #NUM!", () => {
    expect(thrownCode(() => hhiFormula(column([1e160, -1e160, 1]) as never))).toBe("num");
  });
  test("TOPSHARE of the larger of two 1e308 customers is 0.5", () => {
    correctOrNum(() => topShareFormula([[1e308], [1e308]] as never, 1), 0.5);
  });
});
