/**
 * How the Excel-shaped formulas take their arguments: omitted and blank optional arguments, ranges of
 * any shape (a spill has the shape of its values), single cells, and one cell broadcast beside a range.
 */
import { abcFormula, cumulativeShareFormula, rankFormula, shareFormula } from "../../src/core/formulas/share-formulas";
import { paretoFormula } from "../../src/core/formulas/concentration-formulas";
import { creditFormula, dsoFormula } from "../../src/core/formulas/credit-formulas";
import { gradeFormula, isKeyFormula } from "../../src/core/formulas/grade-formulas";
import { KamError } from "../../src/core/errors";

type F = (values: never, population?: never) => unknown[][];
const perValue: [string, F][] = [
  ["SHARE", shareFormula as F],
  ["CUMSHARE", cumulativeShareFormula as F],
  ["RANK", rankFormula as F],
  ["ABC", abcFormula as F],
  ["GRADE", gradeFormula as F],
  ["ISKEY", isKeyFormula as F],
];
const code = (cell: unknown) => (cell instanceof KamError ? cell.code : undefined);

describe.each(perValue)("%s: a spill has the shape of its values", (_name, f) => {
  test.each([
    ["a column", [[50], [30], [20]]],
    ["a row", [[50, 30, 20]]],
    ["a 2×3 block with blanks and text", [[50, null, "n/a"], [30, 20, ""]]],
    ["one cell", [[50]]],
  ])("%s", (_l, values) => {
    const out = f(values as never);
    expect(out.map((r) => r.length)).toEqual(values.map((r) => r.length));
    values.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell === null || cell === "") expect(out[i][j]).toBe("");
        else if (typeof cell === "string") expect(code(out[i][j])).toBe("value");
        else expect(out[i][j] === "" || out[i][j] instanceof KamError).toBe(false);
      })
    );
  });

  test("omitted population (undefined or null) means the values themselves", () => {
    const values = [[50], [30], [20]] as never;
    expect(f(values, undefined)).toEqual(f(values, values));
    expect(f(values, null as never)).toEqual(f(values, values));
  });

  test("a population of any shape is read like SUM", () => {
    expect(f([[30]] as never, [[50, 30, 20]] as never)).toEqual(f([[30]] as never, [[50], [30], [20]] as never));
    expect(f([[30]] as never, [[50, "x"], [30, 20]] as never)).toEqual(f([[30]] as never, [[50], [30], [20]] as never));
  });

  test("the total is checked once for the whole formula, even when every value cell is blank", () => {
    expect(() => f([[null]] as never, [[0]] as never)).toThrow(KamError);
    expect(f([[null], [""]] as never, [[10]] as never)).toEqual([[""], [""]]);
  });
});

describe("ABC optional arguments", () => {
  const values = [[50], [30], [20]] as never;
  const expected = abcFormula(values, null, 0.7, 0.9, "cover");
  test.each([
    ["omitted", undefined, undefined, undefined],
    ["null", null, null, null],
    ["blank cells", [[null]], [[null]], [[null]]],
    ["empty text", "", "", ""],
  ])("%s cut-offs and rule take the defaults", (_l, a, b, rule) => {
    expect(abcFormula(values, undefined, a as never, b as never, rule as never)).toEqual(expected);
  });
  test("cut-offs as single-cell ranges", () => {
    expect(abcFormula(values, null, [[0.5]], [[0.8]])).toEqual(abcFormula(values, null, 0.5, 0.8));
  });
  test("an error in the arguments beats an error in the total", () => {
    expect(() => abcFormula([[0]] as never, null, 2)).toThrow(expect.objectContaining({ code: "num" }));
  });
});

describe("PARETO and the per-value formulas agree on the cut-off", () => {
  test.each([0.3, 0.5, 0.7, 0.8, 0.95])("cut-off %p", (a) => {
    const values = [[12], [7], [7], [3], [1], [0], [-2]];
    const count = abcFormula(values as never, null, a, 1).flat().filter((c) => c === "A").length;
    expect(paretoFormula(values as never, a)).toBe(count);
  });
});

describe("element-wise functions broadcast a single cell", () => {
  test("CREDIT: one limit, a row of balances, one days cell", () => {
    expect(creditFormula(100, [[50, 85, 120]] as never, null, 40)).toEqual([["WATCH", "WATCH", "FAIL"]]);
  });
  test("CREDIT: omitted, null and blank-cell optional arguments are all blank", () => {
    const a = creditFormula(100, 85);
    expect(creditFormula(100, 85, undefined, undefined, undefined)).toEqual(a);
    expect(creditFormula(100, 85, null, null, null)).toEqual(a);
    expect(creditFormula(100, 85, [[null]], [[null]], [[null]])).toEqual(a);
  });
  test("DSO: a 2×2 block against one credit-sales cell", () => {
    const out = dsoFormula([[10, 20], [null, 40]] as never, 365);
    expect(out).toEqual([[10, 20], ["", 40]]);
  });
  test("GRADE: one credit status and one score for every value", () => {
    const values = [[60], [25], [10], [5]] as never;
    expect(gradeFormula(values, values, "WATCH", 5).map((r) => r[0])).toEqual([3, 3, 2, 1]);
    expect(gradeFormula(values, values, [["watch"]] as never, [[5]] as never).map((r) => r[0])).toEqual([3, 3, 2, 1]);
  });
  test("GRADE: a bad credit cell is #VALUE! in its own row only", () => {
    const values = [[60], [25]] as never;
    const out = gradeFormula(values, values, [["OK"], ["maybe"]] as never);
    expect(out[0][0]).toBe(4);
    expect(code(out[1][0])).toBe("value");
  });
});
