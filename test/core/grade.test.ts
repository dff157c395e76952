import { gradeAccount } from "../../src/core/grade";
import { AbcClass } from "../../src/core/abc";
import { CreditStatus } from "../../src/core/credit";
import { DEFAULT_CRITERIA, parseCriteria } from "../../src/core/criteria";
import { gradeFormula, isKeyFormula } from "../../src/core/formulas/grade-formulas";
import { KamError } from "../../src/core/errors";
import { column, naiveStars, thrownCode } from "./oracle";

// Stars for class A, written out from the issue: rows are credit (blank, OK, WATCH, FAIL),
// columns are philosophy (blank, 1, 2, 3, 4, 5).
const A_TABLE: Record<string, number[]> = {
  blank: [4, 2, 2, 3, 4, 4],
  OK: [4, 2, 2, 3, 4, 4],
  WATCH: [3, 2, 2, 3, 3, 3],
  FAIL: [2, 2, 2, 2, 2, 2],
};
const PHILOSOPHY = [undefined, 1, 2, 3, 4, 5];
const CREDITS: (CreditStatus | undefined)[] = [undefined, "OK", "WATCH", "FAIL"];

const combos: [AbcClass, CreditStatus | undefined, number | undefined, number][] = [];
for (const cls of ["A", "B", "C"] as AbcClass[])
  for (const credit of CREDITS)
    PHILOSOPHY.forEach((phil, j) => {
      const stars = cls === "A" ? A_TABLE[credit ?? "blank"][j] : cls === "B" ? 2 : 1;
      combos.push([cls, credit, phil, stars]);
    });

// A population where 60 is class A, 10 is class B and 5 is class C under the defaults (cover, 70%, 90%).
const POP = column([60, 25, 10, 5]);
const VALUE_FOR: Record<AbcClass, number> = { A: 60, B: 10, C: 5 };

describe("GRADE: every class × credit × philosophy", () => {
  test.each(combos)("class %s, credit %p, philosophy %p → %p stars", (cls, credit, phil, stars) => {
    const grade = gradeAccount({ abc: cls, credit, philosophy: phil }, DEFAULT_CRITERIA);
    expect(grade.stars).toBe(stars);
    expect(grade.keyAccount).toBe(stars >= 3);
    const out = gradeFormula([[VALUE_FOR[cls]]] as never, POP as never, credit ?? null, phil ?? null);
    expect(out).toEqual([[stars]]);
    expect(isKeyFormula([[VALUE_FOR[cls]]] as never, POP as never, credit ?? null, phil ?? null)).toEqual([[stars >= 3]]);
  });

  test.each(combos)("the naive rule agrees with the table: %s, %p, %p → %p", (cls, credit, phil, stars) => {
    expect(naiveStars(cls, credit, phil)).toBe(stars);
  });
});

describe("philosophy bands use philosophy_fair / philosophy_good", () => {
  test.each([
    [3.5, 3],
    [2.99, 2],
    [3.99, 3],
    [4.5, 4],
    [1.5, 2],
  ])("class A, credit OK, philosophy %p → %p", (phil, stars) => {
    expect(gradeFormula([[60]] as never, POP as never, "OK", phil)).toEqual([[stars]]);
  });
  test.each([
    [5, 4],
    [4, 3],
    [2, 3],
    [1, 2],
  ])("philosophy_good 5, philosophy_fair 2: class A, philosophy %p → %p", (phil, stars) => {
    const criteria = [["philosophy_good", 5], ["philosophy_fair", 2]];
    expect(gradeFormula([[60]] as never, POP as never, null, phil, criteria as never)).toEqual([[stars]]);
    expect(naiveStars("A", undefined, phil, 5, 2)).toBe(stars);
  });
});

describe("GRADE uses the criteria's cut-offs and rule for the class", () => {
  // 50/30/20: cover at 70% → A, A, B; within → A, B, C
  test.each([
    [[], [4, 4, 2]],
    [[["abc_rule", "within"]], [4, 2, 1]],
    [[["a_cutoff", 0.5]], [4, 2, 2]],
    [[["a_cutoff", 0.5], ["b_cutoff", 0.8]], [4, 2, 1]],
  ] as [unknown[][], number[]][])("criteria %p → %p", (criteria, stars) => {
    const out = gradeFormula(column([50, 30, 20]) as never, null, null, null, (criteria.length ? criteria : null) as never);
    expect(out.map((r) => r[0])).toEqual(stars);
  });
});

describe("ISKEY follows key_min_stars", () => {
  test.each([
    [1, [true, true, true]],
    [2, [true, true, false]],
    [3, [true, false, false]],
    [4, [true, false, false]],
  ])("key_min_stars %p", (min, expected) => {
    // grades: 60 A OK → 4; 10 B → 2; 5 C → 1
    const out = isKeyFormula(column([60, 10, 5]) as never, POP as never, "OK", 5, [["key_min_stars", min]] as never);
    expect(out.map((r) => r[0])).toEqual(expected);
  });
});

describe("GRADE input errors", () => {
  const cellCode = (out: unknown[][]) => (out[0][0] instanceof KamError ? (out[0][0] as KamError).code : "no error");
  test.each([
    ["philosophy 0", "A", null, 0, "num"],
    ["philosophy 6", "A", null, 6, "num"],
    ["philosophy 0.5 on class C", "C", null, 0.5, "num"],
    ["philosophy 5.5 on class B", "B", null, 5.5, "num"],
    ["philosophy as text", "A", null, "good", "value"],
    ["credit not a status", "A", "GOOD", null, "value"],
    ["credit as a number", "B", 1, null, "value"],
  ] as [string, AbcClass, unknown, unknown, string][])("%s → %s", (_l, cls, credit, phil, code) => {
    expect(cellCode(gradeFormula([[VALUE_FOR[cls]]] as never, POP as never, credit as never, phil as never))).toBe(code);
  });

  test("the core refuses a philosophy outside 1–5 too", () => {
    expect(thrownCode(() => gradeAccount({ abc: "A", philosophy: 7 }, DEFAULT_CRITERIA))).toBe("num");
  });

  test("credit and philosophy ranges pair with the values cell by cell", () => {
    const out = gradeFormula(column([60, 60, 60, 10]) as never, POP as never, column(["OK", "WATCH", null, "FAIL"]) as never, column([5, 5, 2, 1]) as never);
    expect(out.map((r) => r[0])).toEqual([4, 3, 2, 2]);
  });

  test("a credit range of another shape → value", () => {
    expect(thrownCode(() => gradeFormula(column([60, 10]) as never, POP as never, column(["OK", "OK", "OK"]) as never))).toBe("value");
  });

  test("criteria errors stop the whole formula", () => {
    expect(thrownCode(() => gradeFormula([[60]] as never, POP as never, null, null, [["stars", 3]] as never))).toBe("value");
    expect(thrownCode(() => parseCriteria([["key_min_stars", 5]] as never))).toBe("num");
  });
});
