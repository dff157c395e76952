import fc from "fast-check";
import { CREDIT_SEVERITY, CreditStatus, creditAllowsKey } from "../../../src/core/credit";
import { LimitInput, suggestLimit } from "../../../src/core/credit-limit";
import { DEFAULT_CRITERIA, parseCriteria } from "../../../src/core/criteria";
import { accountDso, bookDso } from "../../../src/core/dso";
import { gradeAccount } from "../../../src/core/grade";
import { limitReason } from "../../../src/core/limit-reasons";
import { thrownCode } from "../oracle";

const limit = (input: LimitInput, criteria = DEFAULT_CRITERIA) => suggestLimit(input, criteria);

describe("suggested credit limit", () => {
  // 1,200,000 a year is 100,000 a month; 60-day terms are two months of sales.
  test("base = period sales ÷ months × terms ÷ 30, headroom by stars", () => {
    expect(limit({ sales: 1_200_000, termsDays: 60 }).limit).toBeCloseTo(200_000, 6);
    expect(limit({ sales: 1_200_000, termsDays: 60, stars: 4 }).limit).toBeCloseTo(240_000, 6);
    expect(limit({ sales: 1_200_000, termsDays: 60, stars: 3 }).limit).toBeCloseTo(220_000, 6);
    expect(limit({ sales: 1_200_000, termsDays: 60, stars: 2 }).limit).toBeCloseTo(200_000, 6);
  });

  test("without terms, default_terms_days (30) is used and the reason says so", () => {
    const s = limit({ sales: 1_200_000 });
    expect(s.defaultTerms).toBe(true);
    expect(s.limit).toBeCloseTo(100_000, 6);
    expect(limitReason(s, 1_200_000, undefined, undefined, "en")).toContain(
      "no terms given: 30 days assumed"
    );
    expect(limitReason(s, 1_200_000, undefined, undefined, "zh-CN")).toContain(
      "未给出账期，按 30 天计算"
    );
  });

  test("period_days sets the months: a quarter's sales over 90 days", () => {
    const quarter = parseCriteria([["period_days", 73]]); // 73 days = 2.4 months
    expect(limit({ sales: 240_000, termsDays: 30 }, quarter).limit).toBeCloseTo(100_000, 6);
  });

  test("actions: raise above the current limit, keep at it, lower below it", () => {
    expect(limit({ sales: 1_200_000, termsDays: 30, currentLimit: 80_000 }).action).toBe("raise");
    expect(limit({ sales: 1_200_000, termsDays: 30, currentLimit: 100_000 }).action).toBe("keep");
    expect(limit({ sales: 1_200_000, termsDays: 30, currentLimit: 150_000 }).action).toBe("lower");
  });

  test("WATCH: never above the current limit", () => {
    const s = limit({
      sales: 1_200_000,
      termsDays: 30,
      stars: 4,
      credit: "WATCH",
      currentLimit: 90_000,
    });
    expect(s.limit).toBe(90_000);
    expect(s.action).toBe("keep");
    expect(
      limit({ sales: 1_200_000, termsDays: 30, credit: "WATCH", currentLimit: 150_000 }).action
    ).toBe("lower");
  });

  test("FAIL: frozen at the lower of the current limit and the balance", () => {
    const s = limit({
      sales: 1_200_000,
      termsDays: 30,
      credit: "FAIL",
      currentLimit: 90_000,
      balance: 70_000,
    });
    expect([s.limit, s.action]).toEqual([70_000, "freeze"]);
    expect(
      limit({
        sales: 1_200_000,
        termsDays: 30,
        credit: "FAIL",
        currentLimit: 60_000,
        balance: 70_000,
      }).limit
    ).toBe(60_000);
    expect(limit({ sales: 1_200_000, termsDays: 30, credit: "FAIL", balance: 70_000 }).limit).toBe(
      70_000
    );
    expect(limitReason(s, 1_200_000, 2, 90_000, "zh-CN")).toMatch(/^冻结：.*冻结在 70,000/);
    expect(limitReason(s, 1_200_000, 2, 90_000, "en")).toMatch(/^freeze: .*frozen at 70,000/);
  });

  test("the reason leads with the action and shows the sum", () => {
    const s = limit({ sales: 1_200_000, termsDays: 60, stars: 4, currentLimit: 100_000 });
    expect(limitReason(s, 1_200_000, 4, 100_000, "en")).toBe(
      "raise: base 200,000 = sales 1,200,000 ÷ 12 months × 60/30 days; +20% for 4★ → 240,000; current limit 100,000"
    );
    expect(limitReason(s, 1_200_000, 4, 100_000, "zh-CN")).toBe(
      "调增：基础额度 200,000 = 销售额 1,200,000 ÷ 12 个月 × 账期 60/30 天；4 星上浮 20% → 240,000；现额度 100,000"
    );
  });

  test("negative terms or limits are refused", () => {
    expect(thrownCode(() => limit({ sales: 1, termsDays: -1 }))).toBe("num");
    expect(thrownCode(() => limit({ sales: 1, currentLimit: -1 }))).toBe("num");
  });

  test("the suggested limit never rises when credit worsens", () => {
    // Each pair: a credit status and a worse one (not assessed counts as OK).
    const worsening: [CreditStatus | undefined, CreditStatus][] = [
      [undefined, "WATCH"],
      [undefined, "FAIL"],
      ["OK", "WATCH"],
      ["OK", "FAIL"],
      ["WATCH", "FAIL"],
    ];
    const money = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(
        money,
        fc.option(fc.integer({ min: 0, max: 180 }), { nil: undefined }),
        fc.constantFrom(1, 2, 3, 4),
        fc.option(money, { nil: undefined }),
        fc.option(money, { nil: undefined }),
        fc.constantFrom(...worsening),
        (sales, termsDays, stars, currentLimit, balance, [better, worse]) => {
          expect(CREDIT_SEVERITY[worse]).toBeGreaterThan(CREDIT_SEVERITY[better ?? "OK"]);
          const base = { sales, termsDays, stars: stars as 1 | 2 | 3 | 4, currentLimit, balance };
          const a = limit({ ...base, credit: better });
          const b = limit({ ...base, credit: worse });
          expect(b.limit).toBeLessThanOrEqual(a.limit + 1e-9);
        }
      )
    );
  });
});

describe("DSO per account and for the book", () => {
  test("balance / credit sales × period_days; blank when it cannot be computed", () => {
    expect(accountDso({ balance: 50_000, creditSales: 365_000 })).toBeCloseTo(50, 9);
    expect(accountDso({ balance: 50_000, creditSales: 365_000 }, 90)).toBeCloseTo(
      (50 * 90) / 365,
      9
    );
    expect(accountDso({ balance: -10, creditSales: 365 })).toBe(0);
    expect(accountDso({ balance: 10 })).toBeUndefined();
    expect(accountDso({ balance: 10, creditSales: 0 })).toBeUndefined();
  });

  test("the book divides all receivables by all credit sales, not the mean of the accounts", () => {
    const book = [
      { balance: 10_000, creditSales: 365_000 },
      { balance: 90_000, creditSales: 365_000 },
      { balance: -5_000, creditSales: 0 },
      { creditSales: 730_000 },
    ];
    // 100,000 owed (the credit counts as nothing) over 1,460,000 of credit sales × 365 days
    expect(bookDso(book)).toBeCloseTo(25, 9);
    expect(bookDso([{ creditSales: 1 }])).toBeUndefined();
  });
});

describe("key_requires_credit", () => {
  test.each([
    ["any", undefined, true],
    ["any", "FAIL", true],
    ["not_fail", "WATCH", true],
    ["not_fail", "FAIL", false],
    ["not_fail", undefined, false],
    ["ok", "OK", true],
    ["ok", "WATCH", false],
    ["ok", undefined, false],
  ] as const)("%s with credit %s → %s", (rule, credit, allowed) => {
    expect(creditAllowsKey(credit, rule)).toBe(allowed);
  });

  test("only credit-OK accounts are key with ok, and the stars do not change", () => {
    const ok = parseCriteria([
      ["key_requires_credit", "OK"],
      ["key_min_stars", 2],
    ]);
    const watchA = gradeAccount({ abc: "A", credit: "WATCH" }, ok);
    expect(watchA).toEqual({
      ...gradeAccount({ abc: "A", credit: "WATCH" }, DEFAULT_CRITERIA),
      keyAccount: false,
    });
    expect(watchA.stars).toBe(3);
    expect(gradeAccount({ abc: "B", credit: "OK" }, ok).keyAccount).toBe(true);
    expect(thrownCode(() => parseCriteria([["key_requires_credit", "yes"]]))).toBe("value");
  });
});
