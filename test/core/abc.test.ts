import { abcClass, AbcClass } from "../../src/core/abc";
import { AbcRule } from "../../src/core/criteria";
import { ScannedPopulation, SortedPopulation, Population } from "../../src/core/standing";
import { abcFormula } from "../../src/core/formulas/share-formulas";
import { KamError } from "../../src/core/errors";
import { column, naiveClass, thrownCode } from "./oracle";

const populations: [string, (xs: number[]) => Population][] = [
  ["scanned", (xs) => new ScannedPopulation(Float64Array.from(xs))],
  ["sorted", (xs) => new SortedPopulation(Float64Array.from(xs))],
];

/** Classes of every value, in data order, under one rule and cut-offs. */
function classes(make: (xs: number[]) => Population, xs: number[], rule: AbcRule, a = 0.7, b = 0.9): AbcClass[] {
  const pop = make(xs);
  return xs.map((v) => abcClass(v, pop, { aCutoff: a, bCutoff: b, abcRule: rule }));
}

// Expected classes worked out by hand from the spec (exact decimal arithmetic), not from the engine.
// cover: A when the share held by strictly larger accounts is < a; within: A when CUMSHARE ≤ a.
const table: [string, number[], AbcRule, number, number, string][] = [
  // the account that crosses 70% (50 → 80%) stays A under cover, is B under within
  ["crossing account, cover", [50, 30, 20], "cover", 0.7, 0.9, "AAB"],
  ["crossing account, within", [50, 30, 20], "within", 0.7, 0.9, "ABC"],
  // shares above exactly at the cut-off are not below it
  ["exactly at a, cover", [70, 20, 10], "cover", 0.7, 0.9, "ABC"],
  ["exactly at a and b, within", [70, 20, 10], "within", 0.7, 0.9, "ABC"],
  // ties across the A boundary: equal values share a class
  ["ties across boundary, cover", [40, 20, 20, 20], "cover", 0.7, 0.9, "AAAA"],
  ["ties across boundary, within", [40, 20, 20, 20], "within", 0.7, 0.9, "ACCC"],
  ["ties across B boundary, within", [60, 25, 5, 5, 5], "within", 0.7, 0.9, "ABCCC"],
  ["ties across B boundary, cover", [60, 25, 5, 5, 5], "cover", 0.7, 0.9, "AABBB"],
  ["ties at the B edge, within", [60, 15, 15, 5, 5], "within", 0.7, 0.9, "ABBCC"],
  ["ties in middle, within", [60, 10, 10, 10, 10], "within", 0.5, 0.95, "BCCCC"],
  ["one account", [5], "cover", 0.7, 0.9, "A"],
  ["one account, within", [5], "within", 0.7, 0.9, "C"],
  ["all equal, cover", [1, 1, 1, 1], "cover", 0.7, 0.9, "AAAA"],
  ["all equal, within", [1, 1, 1, 1], "within", 0.7, 0.9, "CCCC"],
  ["data order irrelevant", [20, 50, 30], "cover", 0.7, 0.9, "BAA"],
  // zero and negatives are always C; negatives still count in T
  ["zeros are C", [80, 20, 0, 0], "cover", 0.7, 0.9, "ABCC"],
  ["negative is C", [80, 30, -10], "cover", 0.7, 0.9, "ABC"],
  ["negatives push CUMSHARE over 1, within", [80, 30, -10], "within", 0.95, 1, "ACC"],
  ["b = 1, within", [50, 30, 20], "within", 0.5, 1, "ABB"],
  ["tiny a, cover", [50, 30, 20], "cover", 0.01, 0.5, "ACC"],
  ["tiny a, b just above 50%, cover", [50, 30, 20], "cover", 0.01, 0.51, "ABC"],
  // shares that are exact decimals but noisy in floating point (within 1e-9 counts as equal)
  ["float noise: 0.2 above = 80%, cover", [1.2, 0.1, 0.2], "cover", 0.8, 0.9, "ACB"],
  ["float noise: 0.1 above = 90%, cover", [0.1, 0.2, 0.7], "cover", 0.7, 0.9, "CBA"],
  ["float noise: 1.1 above = 50%, cover", [1.1, 0.1, 1.2], "cover", 0.5, 0.9, "BCA"],
  ["float noise: 0.8 above = 50%, cover", [0.8, 0.9, 0.1], "cover", 0.5, 0.9, "BAC"],
  ["float noise: cum 0.7 = 70%, within", [0.2, 0.7, 0.1], "within", 0.7, 0.9, "BAC"],
  ["float noise: cum 0.6 = 60%, within", [0.6, 0.3, 0.1], "within", 0.6, 0.9, "ABC"],
  ["float noise: cum 1.2 = 60%, within", [1.2, 0.6, 0.2], "within", 0.6, 0.9, "ABC"],
  ["float noise: cum 0.4 = 80%, within", [0.3, 0.4, 0.8], "within", 0.5, 0.8, "CBB"],
  ["tenths 0.1..1.0, within", [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0], "within", 0.7, 0.9, "CCCBBBAAAA"],
];

describe.each(populations)("abcClass with a %s population", (_name, make) => {
  test.each(table)("%s", (_label, xs, rule, a, b, expected) => {
    expect(classes(make, xs, rule, a, b).join("")).toBe(expected);
  });

  test.each(table)("naive oracle agrees with hand-worked table: %s", (_label, xs, rule, a, b, expected) => {
    expect(xs.map((v) => naiveClass(v, xs, a, b, rule)).join("")).toBe(expected);
  });
});

describe("abcClass errors", () => {
  const pop = (xs: number[]) => new ScannedPopulation(Float64Array.from(xs));
  test.each([
    [0, 0.9],
    [0.9, 0.9],
    [0.95, 0.9],
    [-0.1, 0.9],
    [0.7, 1.01],
  ])("cut-offs a=%p b=%p → num", (a, b) => {
    expect(thrownCode(() => abcClass(1, pop([1, 2]), { aCutoff: a, bCutoff: b, abcRule: "cover" }))).toBe("num");
  });
  test.each([
    [[0, 0], "div0"],
    [[5, -10], "num"],
  ] as [number[], string][])("population %p → %s, even for a value ≤ 0", (xs, code) => {
    expect(thrownCode(() => abcClass(0, pop(xs), { aCutoff: 0.7, bCutoff: 0.9, abcRule: "cover" }))).toBe(code);
    expect(thrownCode(() => abcClass(5, pop(xs), { aCutoff: 0.7, bCutoff: 0.9, abcRule: "within" }))).toBe(code);
  });
});

describe("KAM.ABC formula", () => {
  const flat = (out: unknown[][]) => out.map((r) => r[0]).join("");
  test("defaults are 0.7, 0.9 and cover", () => {
    expect(flat(abcFormula(column([50, 30, 20]) as never))).toBe("AAB");
  });
  test.each([
    ["within", "ABC"],
    [" WITHIN ", "ABC"],
    ["Cover", "AAB"],
  ])("rule %p", (rule, expected) => {
    expect(flat(abcFormula(column([50, 30, 20]) as never, null, null, null, rule))).toBe(expected);
  });
  test.each([
    [[0.7, 0.9, "pareto"], "value"],
    [[0.7, 0.9, 1], "value"],
    [["abc", 0.9, "cover"], "value"],
    [[0.9, 0.7, "cover"], "num"],
    [[0, 0.9, "cover"], "num"],
    [[0.7, 1.5, "cover"], "num"],
    [[[[0.5, 0.6]], 0.9, "cover"], "value"],
  ] as [unknown[], string][])("arguments %p → whole-formula %s", ([a, b, rule], code) => {
    expect(thrownCode(() => abcFormula(column([1, 2]) as never, null, a as never, b as never, rule as never))).toBe(code);
  });
  test("a separate population: values classed against it", () => {
    const out = abcFormula(column([50, 20, 1000]) as never, column([50, 30, 20]) as never);
    expect(out.map((r) => r[0])).toEqual(["A", "B", "A"]);
  });
  test("each output cell matches its input cell", () => {
    const out = abcFormula([[50, null], ["x", 30], [true, 20]] as never);
    expect(out[0][0]).toBe("A");
    expect(out[0][1]).toBe("");
    expect(out[1][1]).toBe("A");
    expect(out[2][1]).toBe("B");
    for (const cell of [out[1][0], out[2][0]]) {
      expect(cell).toBeInstanceOf(KamError);
      expect((cell as KamError).code).toBe("value");
    }
  });
});
