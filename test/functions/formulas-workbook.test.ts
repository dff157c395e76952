/**
 * One small customer sheet run through every KAM formula, with every expected figure worked out by hand
 * from the definitions (see the comments), as a user would check it on paper.
 */
import { abcFormula, cumulativeShareFormula, rankFormula, shareFormula } from "../../src/core/formulas/share-formulas";
import { hhiFormula, paretoFormula, topShareFormula } from "../../src/core/formulas/concentration-formulas";
import { creditFormula, creditWhyFormula, dsoFormula } from "../../src/core/formulas/credit-formulas";
import { gradeFormula, isKeyFormula } from "../../src/core/formulas/grade-formulas";
import { tiersFormula } from "../../src/core/formulas/tiers-formula";

const col = (xs: unknown[]) => xs.map((x) => [x]) as never;
const flat = (out: unknown[][]) => out.map((r) => r[0]);

// Sales total T = 1000.
const names = ["North", "East", "South", "West", "Delta", "Echo", "Fox", "Golf"];
const sales = [400, 250, 150, 80, 50, 40, 20, 10];
const limit = [500, 200, 100, null, 100, 100, 100, 100];
const balance = [300, 170, 120, 0, 50, 10, 10, 10];
const overdue = [0, 10, 0, null, 20, 0, 0, 0];
const days = [0, 20, 0, null, 40, 0, 0, 0];
const philosophy = [5, 4, 3, 2, 5, null, null, 1];

describe("a worked example sheet", () => {
  test("SHARE, CUMSHARE and RANK", () => {
    const shares = flat(shareFormula(col(sales))) as number[];
    [0.4, 0.25, 0.15, 0.08, 0.05, 0.04, 0.02, 0.01].forEach((s, i) => expect(shares[i]).toBeCloseTo(s, 12));
    const cums = flat(cumulativeShareFormula(col(sales))) as number[];
    [0.4, 0.65, 0.8, 0.88, 0.93, 0.97, 0.99, 1].forEach((c, i) => expect(cums[i]).toBeCloseTo(c, 12));
    expect(flat(rankFormula(col(sales)))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test("ABC under both rules", () => {
    // shares held by larger accounts: 0, .40, .65, .80, .88, .93, .97, .99
    expect(flat(abcFormula(col(sales))).join("")).toBe("AAABBCCC");
    // cumulative shares: .40, .65, .80, .88, .93, ...
    expect(flat(abcFormula(col(sales), null, 0.7, 0.9, "within")).join("")).toBe("AABBCCCC");
  });

  test("PARETO, TOPSHARE and HHI", () => {
    expect(paretoFormula(col(sales))).toBe(3);
    expect(paretoFormula(col(sales), 0.4)).toBe(1);
    expect(paretoFormula(col(sales), 0.41)).toBe(2);
    expect(topShareFormula(col(sales), 3)).toBeCloseTo(0.8, 12);
    // 40² + 25² + 15² + 8² + 5² + 4² + 2² + 1²
    expect(hhiFormula(col(sales))).toBeCloseTo(2560, 9);
  });

  test("CREDIT and CREDITWHY", () => {
    const args = [col(limit), col(balance), col(overdue), col(days)] as const;
    // 60%; 85%; 120%; nothing owed; overdue 40% and 40 days; 10%
    expect(flat(creditFormula(...args))).toEqual(["OK", "WATCH", "FAIL", "OK", "FAIL", "OK", "OK", "OK"]);
    expect(flat(creditWhyFormula("en", ...args))).toEqual([
      "",
      "utilisation 85% > 80%",
      "utilisation 120% > 100%",
      "",
      "40 days overdue > 30; overdue 40% of balance > 30%",
      "",
      "",
      "",
    ]);
  });

  test("DSO with receivables = balance and credit sales = sales", () => {
    const out = flat(dsoFormula(col(balance), col(sales))) as number[];
    // 300/400×365, 170/250×365, 120/150×365, 0
    [273.75, 248.2, 292, 0].forEach((d, i) => expect(out[i]).toBeCloseTo(d, 9));
  });

  test("GRADE and ISKEY from the computed credit statuses", () => {
    const credit = creditFormula(col(limit), col(balance), col(overdue), col(days));
    // North A OK 5 → 4; East A WATCH 4 → 3; South A FAIL 3 → 2; West, Delta B → 2; the rest C → 1
    expect(flat(gradeFormula(col(sales), col(sales), credit as never, col(philosophy)))).toEqual([4, 3, 2, 2, 2, 1, 1, 1]);
    expect(flat(isKeyFormula(col(sales), col(sales), credit as never, col(philosophy)))).toEqual([true, true, false, false, false, false, false, false]);
  });

  test("TIERS on the shuffled sheet, with a duplicate row for East", () => {
    const order = [5, 2, 7, 0, 1, 4, 6, 3];
    const n = [...order.map((i) => names[i]), " east "];
    const s = [...order.map((i) => sales[i]), 0]; // an extra zero row for East changes nothing
    const credit = flat(creditFormula(col(limit), col(balance), col(overdue), col(days)));
    const c = [...order.map((i) => credit[i]), null];
    const p = [...order.map((i) => philosophy[i]), null];
    const out = tiersFormula("en", col(n), col(s), col(c), col(p));
    expect(out.length).toBe(9);
    expect(out.slice(1).map((r) => [r[0], r[1], r[2], r[5], r[6], r[7]])).toEqual([
      ["North", 400, 1, "A", 4, true],
      ["East", 250, 2, "A", 3, true],
      ["South", 150, 3, "A", 2, false],
      ["West", 80, 4, "B", 2, false],
      ["Delta", 50, 5, "B", 2, false],
      ["Echo", 40, 6, "C", 1, false],
      ["Fox", 20, 7, "C", 1, false],
      ["Golf", 10, 8, "C", 1, false],
    ]);
    expect(out[2][8]).toBe("class A; credit WATCH lowers the grade; philosophy 4");
    expect(out[3][8]).toBe("class A; credit FAIL lowers the grade; philosophy 3 lowers the grade");
  });
});
