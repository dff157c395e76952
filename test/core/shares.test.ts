import { cumulativeShareFormula, rankFormula, shareFormula } from "../../src/core/formulas/share-formulas";
import { QueriedPopulation, ScannedPopulation, SortedPopulation } from "../../src/core/standing";
import { KamError } from "../../src/core/errors";
import { column, naiveCumShare, naiveRank, thrownCode, total } from "./oracle";

type Formula = (values: never, population?: never) => unknown[][];
const formulas: [string, Formula][] = [
  ["SHARE", shareFormula as Formula],
  ["CUMSHARE", cumulativeShareFormula as Formula],
  ["RANK", rankFormula as Formula],
];
const flat = (out: unknown[][]) => out.map((r) => r[0]);

describe("SHARE / CUMSHARE / RANK on hand-worked tables", () => {
  // [values, share, cumshare, rank], worked out by hand from the spec.
  const table: [number[], number[], number[], number[]][] = [
    [[50, 30, 20], [0.5, 0.3, 0.2], [0.5, 0.8, 1], [1, 2, 3]],
    [[20, 50, 30], [0.2, 0.5, 0.3], [1, 0.5, 0.8], [3, 1, 2]],
    [[40, 20, 20, 20], [0.4, 0.2, 0.2, 0.2], [0.4, 1, 1, 1], [1, 2, 2, 2]],
    [[10, 30, 30, 30], [0.1, 0.3, 0.3, 0.3], [1, 0.9, 0.9, 0.9], [4, 1, 1, 1]],
    [[80, 30, -10], [0.8, 0.3, -0.1], [0.8, 1.1, 1], [1, 2, 3]],
    [[5, 0, 5], [0.5, 0, 0.5], [1, 1, 1], [1, 3, 1]],
    [[7], [1], [1], [1]],
  ];
  test.each(table)("values %p", (xs, share, cum, rank) => {
    const input = column(xs) as never;
    flat(shareFormula(input)).forEach((s, i) => expect(s).toBeCloseTo(share[i], 12));
    flat(cumulativeShareFormula(input)).forEach((c, i) => expect(c).toBeCloseTo(cum[i], 12));
    expect(flat(rankFormula(input))).toEqual(rank);
  });
});

describe("population argument", () => {
  const pop = [100, 60, 40, 40, 10, -50];
  test.each([[100], [60], [40], [10], [0], [-50], [1000], [45]])("value %p against a separate population", (v) => {
    const T = total(pop);
    expect(flat(shareFormula([[v]] as never, column(pop) as never))[0]).toBeCloseTo(v / T, 12);
    expect(flat(cumulativeShareFormula([[v]] as never, column(pop) as never))[0]).toBeCloseTo(naiveCumShare(v, pop), 12);
    expect(flat(rankFormula([[v]] as never, column(pop) as never))[0]).toBe(naiveRank(v, pop));
  });

  test("population skips blanks, text and booleans the way SUM does", () => {
    const population = [[100, "x"], [null, 50], [true, 50], ["", false]];
    expect(flat(shareFormula([[50]] as never, population as never))[0]).toBeCloseTo(0.25, 12);
    expect(flat(rankFormula([[50]] as never, population as never))[0]).toBe(2);
  });

  test("a bare number works as values and as population", () => {
    expect(shareFormula(5 as never, 20 as never)).toEqual([[0.25]]);
    expect(rankFormula(5 as never)).toEqual([[1]]);
  });
});

describe.each(formulas)("%s: total and cell rules", (_name, f) => {
  test.each([
    [[0, 0], "div0"],
    [[], "div0"],
    [[null, "text", true], "div0"],
    [[5, -5], "div0"],
    [[5, -6], "num"],
    [[-1], "num"],
  ] as [unknown[], string][])("population %p → whole-formula %s", (pop, code) => {
    expect(thrownCode(() => f(column(pop.length ? pop : [null]) as never))).toBe(code);
    expect(thrownCode(() => f([[1]] as never, column(pop.length ? pop : [null]) as never))).toBe(code);
  });

  test("each output cell corresponds to its input cell", () => {
    const out = f([[10, null], ["a", 30], [false, ""]] as never);
    expect(out.length).toBe(3);
    expect(out.every((r) => r.length === 2)).toBe(true);
    expect(typeof out[0][0]).toBe("number");
    expect(typeof out[1][1]).toBe("number");
    expect(out[0][1]).toBe("");
    expect(out[2][1]).toBe("");
    for (const cell of [out[1][0], out[2][0]]) {
      expect(cell).toBeInstanceOf(KamError);
      expect((cell as KamError).code).toBe("value");
    }
  });
});

describe("Population implementations agree with the naive definitions", () => {
  const sets = [
    [50, 30, 20],
    [1, 1, 1, 1],
    [0.1, 0.2, 0.3, 0.4, 0.5],
    [100, -20, 0, 5, 5, 5, 70],
    [3],
  ];
  test.each(sets)("%p", (...xs) => {
    for (const Pop of [ScannedPopulation, SortedPopulation]) {
      const p = new Pop(Float64Array.from(xs));
      expect(p.total).toBeCloseTo(total(xs), 12);
      expect(p.size).toBe(xs.length);
      for (const v of [...xs, -100, 1e6, 4]) {
        const s = p.standing(v);
        expect(s.countAbove).toBe(naiveRank(v, xs) - 1);
        expect(s.sumAbove).toBeCloseTo(xs.filter((x) => x > v).reduce((a, b) => a + b, 0), 12);
        expect(s.sumAtOrAbove).toBeCloseTo(xs.filter((x) => x >= v).reduce((a, b) => a + b, 0), 12);
      }
    }
  });
});

describe("a population read once for a few values (the per-cell path)", () => {
  const xs = [100, -20, 0, 5, 5, 5, 70, 0.1, 0.2];
  const queries = [5, 0.1, 1e6, -100, 5];
  test("gives, from the cells, exactly what the scan of the numbers gives", () => {
    const scanned = new ScannedPopulation(Float64Array.from(xs));
    // Cells as SUM reads them: text, booleans, blanks and non-finite numbers are skipped.
    const cells = [[100, "x"], [-20, true], [null, 0], [5, 5], [5, ""], [70, NaN], [0.1, Infinity], [0.2, undefined]];
    for (const k of [1, 2, queries.length]) {
      const p = new QueriedPopulation(cells as never, queries.slice(0, k));
      expect(p.total).toBe(scanned.total);
      expect(p.size).toBe(scanned.size);
      for (const v of queries.slice(0, k)) expect(p.standing(v)).toEqual(scanned.standing(v));
    }
  });
  test("reads a bare value, and rows that are bare values, as one-cell rows", () => {
    expect(new QueriedPopulation(7, [7]).standing(7)).toEqual({ countAbove: 0, sumAbove: 0, sumAtOrAbove: 7 });
    const p = new QueriedPopulation([3, [4], 5] as never, [4]);
    expect([p.total, p.standing(4)]).toEqual([12, { countAbove: 1, sumAbove: 5, sumAtOrAbove: 9 }]);
  });
  test("refuses a value it was not asked about rather than answering wrongly", () => {
    expect(() => new QueriedPopulation([[1]], [1]).standing(2)).toThrow();
  });
});

describe("spilled and per-cell CUMSHARE agree", () => {
  // 9 cells make the spilled formula sort its population; one cell scans it.
  const xs = [0.1, 1, 1, 1, 1, 1, 1, 1, 0.1];
  test("0.1, seven 1s, 0.1: the smallest account holds exactly all of T on both paths", () => {
    const spilled = flat(cumulativeShareFormula(column(xs) as never));
    const perCell = cumulativeShareFormula([[0.1]] as never, column(xs) as never)[0][0];
    expect(perCell).toBe(spilled[0]);
    expect(perCell).toBeLessThanOrEqual(1);
  });
});

describe("a share too large for a double is #NUM!, never Infinity", () => {
  test.each([
    [1, [5e-324]],
    [1e9, [1e-310]],
  ])("SHARE(%p, population %p)", (v, pop) => {
    // the true share (≈ 2e323 and 1e319) is past the largest double
    let out: unknown;
    try {
      out = shareFormula([[v]] as never, column(pop) as never)[0][0];
    } catch (e) {
      out = e;
    }
    expect(out).toBeInstanceOf(KamError);
    expect((out as KamError).code).toBe("num");
  });
});
