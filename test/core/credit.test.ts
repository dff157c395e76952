import { assessCredit, worseCredit, CreditStatus } from "../../src/core/credit";
import { DEFAULT_CRITERIA, parseCriteria } from "../../src/core/criteria";
import { creditFormula } from "../../src/core/formulas/credit-formulas";
import { KamError } from "../../src/core/errors";
import { naiveCredit, thrownCode } from "./oracle";

type Row = [string, number | null, number | null, number | null, number | null, CreditStatus];
const u = (x: number | null) => (x === null ? undefined : x);

// [label, limit, balance, overdue, days, expected] — expected worked out by hand from the rules.
const table: Row[] = [
  ["well inside every rule", 1000, 500, 0, 0, "OK"],
  ["only limit and balance", 1000, 500, null, null, "OK"],
  ["utilisation 79%", 100, 79, null, null, "OK"],
  ["utilisation exactly 80% → WATCH", 100, 80, null, null, "WATCH"],
  ["utilisation 99%", 100, 99, null, null, "WATCH"],
  ["utilisation exactly 100% → WATCH, not FAIL", 100, 100, null, null, "WATCH"],
  ["utilisation 101%", 100, 101, null, null, "FAIL"],
  ["utilisation 104%", 100, 104, null, null, "FAIL"],
  ["29 days", 1000, 100, null, 29, "OK"],
  ["exactly 30 days → OK", 1000, 100, null, 30, "OK"],
  ["31 days", 1000, 100, null, 31, "WATCH"],
  ["exactly 90 days → WATCH", 1000, 100, null, 90, "WATCH"],
  ["91 days", 1000, 100, null, 91, "FAIL"],
  ["30.5 days", 1000, 100, null, 30.5, "WATCH"],
  ["overdue 10% exactly → OK", 1000, 100, 10, null, "OK"],
  ["overdue 11%", 1000, 100, 11, null, "WATCH"],
  ["overdue 30% exactly → WATCH", 1000, 100, 30, null, "WATCH"],
  ["overdue 31%", 1000, 100, 31, null, "FAIL"],
  ["overdue more than the balance", 1000, 100, 150, null, "FAIL"],
  ["worst rule wins: WATCH days + FAIL ratio", 1000, 100, 40, 45, "FAIL"],
  ["worst rule wins: FAIL utilisation + OK rest", 100, 104, 0, 0, "FAIL"],
  ["several WATCH rules stay WATCH", 100, 85, 20, 45, "WATCH"],
  ["no limit (blank), balance owed", null, 50, null, null, "FAIL"],
  ["no limit (0), balance owed", 0, 50, null, null, "FAIL"],
  ["no limit, tiny balance", 0, 0.01, 0, 0, "FAIL"],
  ["nothing owed: balance blank", 100, null, 500, 200, "OK"],
  ["nothing owed: balance 0", 100, 0, 500, 200, "OK"],
  ["nothing owed: balance negative (credit note)", 100, -50, 500, 200, "OK"],
  ["nothing owed and no limit", null, 0, null, null, "OK"],
  ["all blank", null, null, null, null, "OK"],
  ["zero overdue and zero days", 100, 50, 0, 0, "OK"],
  // exact money amounts whose ratios are noisy in binary floating point
  ["2.40 of 3.00 is exactly 80% → WATCH", 3, 2.4, null, null, "WATCH"],
  ["800.40 of 1,000.50 is exactly 80% → WATCH", 1000.5, 800.4, null, null, "WATCH"],
  ["300.24 overdue of 1,000.80 is exactly 30% → WATCH", 10000, 1000.8, 300.24, null, "WATCH"],
  ["102.51 overdue of 1,025.10 is exactly 10% → OK", 10000, 1025.1, 102.51, null, "OK"],
];

describe("CREDIT with the default criteria", () => {
  test.each(table)("%s", (_label, limit, balance, overdue, days, expected) => {
    const out = creditFormula(limit, balance, overdue, days);
    expect(out).toEqual([[expected]]);
    const core = assessCredit(
      { creditLimit: u(limit), balance: u(balance), overdue: u(overdue), daysOverdue: u(days) },
      DEFAULT_CRITERIA
    );
    expect(core.status).toBe(expected);
  });

  test.each(table)("the naive rules agree with the hand-worked table: %s", (_l, limit, balance, overdue, days, expected) => {
    expect(naiveCredit({ limit: u(limit), balance: u(balance), overdue: u(overdue), days: u(days) })).toBe(expected);
  });
});

describe("negative figures", () => {
  test.each([
    ["limit", -1, 50, null, null],
    ["overdue", 100, 50, -1, null],
    ["days", 100, 50, null, -1],
    ["limit, even with nothing owed", -1, 0, null, null],
  ] as [string, number, number, number | null, number | null][])("negative %s → num", (_l, limit, balance, overdue, days) => {
    const cell = creditFormula(limit, balance, overdue, days)[0][0];
    expect(cell).toBeInstanceOf(KamError);
    expect((cell as KamError).code).toBe("num");
  });
});

describe("criteria change the thresholds", () => {
  test.each([
    [[["credit_watch_utilisation", 0.5]], 100, 60, null, null, "WATCH"],
    [[["credit_fail_utilisation", 1.2], ["credit_watch_utilisation", 0.9]], 100, 110, null, null, "WATCH"],
    [[["credit_watch_days", 10]], 1000, 100, null, 11, "WATCH"],
    [[["credit_fail_days", 60]], 1000, 100, null, 61, "FAIL"],
    [[["credit_fail_overdue_ratio", 0.2]], 1000, 100, 21, null, "FAIL"],
    [[["credit_watch_overdue_ratio", 0.05]], 1000, 100, 6, null, "WATCH"],
  ] as [unknown[][], number, number, number | null, number | null, CreditStatus][])(
    "%p: limit %p, balance %p, overdue %p, days %p → %s",
    (criteria, limit, balance, overdue, days, expected) => {
      expect(creditFormula(limit, balance, overdue, days, criteria as never)).toEqual([[expected]]);
      expect(assessCredit({ creditLimit: limit, balance, overdue: u(overdue), daysOverdue: u(days) }, parseCriteria(criteria as never)).status).toBe(expected);
    }
  );
});

describe("ranges: element-wise with 1×1 broadcast", () => {
  test("a column of balances against one limit", () => {
    expect(creditFormula(100, [[50], [85], [120], [null]] as never)).toEqual([["OK"], ["WATCH"], ["FAIL"], ["OK"]]);
  });
  test("same-shaped ranges pair up cell by cell", () => {
    const out = creditFormula([[100, 200]] as never, [[90, 90]] as never, [[0, 0]] as never, [[0, 100]] as never);
    expect(out).toEqual([["WATCH", "FAIL"]]);
  });
  test("a bad cell is #VALUE! in its own cell only", () => {
    const out = creditFormula([[100], ["lots"], [100]] as never, [[50], [50], [true]] as never);
    expect(out[0][0]).toBe("OK");
    for (const cell of [out[1][0], out[2][0]]) expect((cell as KamError).code).toBe("value");
  });
  test.each([
    ["column vs row", [[1], [2]], [[1, 2]]],
    ["2 vs 3 rows", [[1], [2]], [[1], [2], [3]]],
    ["2×2 vs 2×1", [[1, 1], [2, 2]], [[1], [2]]],
  ])("mismatched shapes (%s) → value", (_l, limit, balance) => {
    expect(thrownCode(() => creditFormula(limit as never, balance as never))).toBe("value");
  });
});

describe("worseCredit", () => {
  const all: CreditStatus[] = ["OK", "WATCH", "FAIL"];
  test.each(all.flatMap((a) => all.map((b) => [a, b] as [CreditStatus, CreditStatus])))("%s, %s", (a, b) => {
    const expected = all[Math.max(all.indexOf(a), all.indexOf(b))];
    expect(worseCredit(a, b)).toBe(expected);
  });
});
