import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { CustomerRow } from "../../src/core/table/customer-types";
import { computeTiers } from "../../src/core/tiers";
import { Figures, naiveClass, naiveCredit, naiveStars, Status, thrownCode, TOL } from "./oracle";

let nextRow = 2;
/** A customer row as readCustomers gives it; sheet rows count up from 2. */
const row = (account: string, sales: number, extra: Partial<CustomerRow> = {}): CustomerRow => ({
  sheetRow: nextRow++,
  account,
  sales,
  ...extra,
});

describe("credit", () => {
  const limit = 1000;
  const cases: [string, Partial<CustomerRow>, Status, string, string][] = [
    ["within limits", { creditLimit: limit, balance: 500, overdue: 0, daysOverdue: 0 }, "OK", "", ""],
    ["nothing owed", {}, "OK", "", ""],
    ["at the warning line", { creditLimit: limit, balance: 800 }, "WATCH", "utilisation 80% ≥ 80%", "额度使用率 80% ≥ 80%"],
    ["near the limit", { creditLimit: limit, balance: 850 }, "WATCH", "utilisation 85% > 80%", "额度使用率 85% > 80%"],
    ["over the limit", { creditLimit: limit, balance: 1200 }, "FAIL", "utilisation 120% > 100%", "额度使用率 120% > 100%"],
    ["no limit", { balance: 300 }, "FAIL", "no credit limit for a balance of 300", "欠款 300 但无信用额度"],
    ["days overdue", { creditLimit: limit, balance: 100, daysOverdue: 45 }, "WATCH", "45 days overdue > 30", "逾期 45 天 > 30 天"],
    [
      "two rules",
      { creditLimit: limit, balance: 900, overdue: 450, daysOverdue: 10 },
      "FAIL",
      "utilisation 90% > 80%; overdue 50% of balance > 30%",
      "额度使用率 90% > 80%；逾期金额占欠款 50% > 30%",
    ],
  ];

  test.each(cases)("%s → %s, with the reason in both languages", (_label, figures, status, en, zh) => {
    // The other account has a credit figure, so the table's credit is assessed even for "nothing owed".
    const rows = [row("big", 10_000, { creditLimit: 5000 }), row("x", 10, figures)];
    const f: Figures = { limit: figures.creditLimit, balance: figures.balance, overdue: figures.overdue, days: figures.daysOverdue };
    expect(naiveCredit(f)).toBe(status); // the case agrees with the rules as the issue words them
    for (const [lang, reason] of [["en", en], ["zh-CN", zh]] as const) {
      const x = analyseCustomers(rows, DEFAULT_CRITERIA, lang).accounts.find((a) => a.account === "x");
      expect(x).toMatchObject({ creditStatus: status, credit: status, creditReason: reason });
    }
  });

  test("credit lowers a class-A account's stars and can make it no key account", () => {
    const { accounts } = analyseCustomers(
      [row("a", 500, { creditLimit: 100, balance: 150 }), row("b", 400, { creditLimit: 100, balance: 90 }), row("c", 100)],
      DEFAULT_CRITERIA,
      "en"
    );
    expect(accounts.map((a) => [a.account, a.abc, a.creditStatus, a.stars, a.keyAccount])).toEqual([
      ["a", "A", "FAIL", 2, false],
      ["b", "A", "WATCH", 3, true],
      ["c", "C", "OK", 1, false],
    ]);
    expect(accounts[0].reason).toBe("class A; credit FAIL lowers the grade; philosophy not assessed");
  });

  test("without any credit figure credit is not assessed", () => {
    const { accounts } = analyseCustomers([row("a", 90, { philosophy: 5 }), row("b", 10)], DEFAULT_CRITERIA, "en");
    for (const a of accounts) {
      expect(a.creditStatus).toBeUndefined();
      expect(a.credit).toBeUndefined();
      expect(a.creditReason).toBe("");
    }
    expect(accounts[0].reason).toBe("class A; credit not assessed; philosophy 5");
  });
});

describe("duplicate names are summed into one account", () => {
  const rows = [
    row("Acme", 100, { creditLimit: 1000, balance: 100, philosophy: 5, priorSales: 50, region: "North" }),
    row("Beta", 120, { region: "South" }),
    row("acme ", 50, { creditLimit: 1000, balance: 950, philosophy: 3, region: "South" }),
    row("ACME", 10, { priorSales: 20, location: "Main St", shoppers: "farmers" }),
  ];
  const acme = analyseCustomers(rows, DEFAULT_CRITERIA, "en").accounts[0];

  test("sales and prior sales add up, rows are collected, the first name and region stay", () => {
    expect(acme).toMatchObject({
      account: "Acme",
      sales: 160,
      priorSales: 70,
      region: "North",
      location: "Main St",
      shoppers: "farmers",
      sourceRows: rows.filter((r) => r.account.trim().toLowerCase() === "acme").map((r) => r.sheetRow),
    });
  });

  test("the worst credit (with its reason) and the lowest philosophy are kept", () => {
    expect(acme).toMatchObject({ creditStatus: "WATCH", credit: "WATCH", creditReason: "utilisation 95% > 80%", philosophy: 3 });
    expect(acme.stars).toBe(3);
  });

  test("the user's rows are not changed", () => {
    expect(rows[0]).toEqual(expect.objectContaining({ account: "Acme", sales: 100, priorSales: 50 }));
    expect(rows[0]).not.toHaveProperty("sourceRows");
  });
});

/** The summary figures computed the slow, obvious way from the summed accounts. */
function naiveSummary(accounts: { sales: number; credit?: Status; philosophy?: number }[], aCutoff = 0.7) {
  const pop = accounts.map((a) => a.sales);
  const total = pop.reduce((s, v) => s + v, 0);
  const key = accounts.filter((a) => naiveStars(naiveClass(a.sales, pop, aCutoff), a.credit, a.philosophy) >= 3);
  const hhi = pop.reduce((s, v) => s + (100 * (v / total)) ** 2, 0);
  return {
    totalSales: total,
    accounts: accounts.length,
    keyAccounts: key.length,
    keyAccountShare: key.reduce((s, a) => s + a.sales, 0) / total,
    // Under the cover rule, the accounts making up the cut-off are exactly class A.
    paretoCount: pop.filter((v) => naiveClass(v, pop, aCutoff) === "A").length,
    hhi,
    concentration: hhi > 1800 ? "high" : hhi >= 1000 ? "moderate" : "low",
    effectiveCustomers: 10000 / hhi,
  };
}

describe("summary", () => {
  // The article's county distributor: 6 large shops and 18 small ones across 24 townships.
  const article = [
    ...Array.from({ length: 6 }, (_, i) => ({ account: `Shop ${i + 1}`, sales: 100 + i })),
    ...Array.from({ length: 18 }, (_, i) => ({ account: `Small ${i + 1}`, sales: 10 + i })),
  ];
  test.each([
    ["US DOJ example, shares 30/30/20/20", [30, 30, 20, 20].map((sales, i) => ({ account: `c${i}`, sales }))],
    ["the article's distributor", article],
    ["one customer", [{ account: "solo", sales: 5 }]],
    ["with a net return and a zero", [{ account: "a", sales: 70 }, { account: "b", sales: 40 }, { account: "r", sales: -10 }, { account: "z", sales: 0 }]],
    ["credit and philosophy", [
      { account: "a", sales: 50, credit: "FAIL" as Status },
      { account: "b", sales: 30, philosophy: 3.5 },
      { account: "c", sales: 15, credit: "OK" as Status, philosophy: 5 },
      { account: "d", sales: 5 },
    ]],
  ])("%s", (_label, accounts) => {
    const rows = accounts.map((a) => {
      const credit = "credit" in a ? { FAIL: { creditLimit: 1, balance: 2 }, OK: { creditLimit: 2, balance: 1 } }[a.credit as "FAIL" | "OK"] : {};
      return row(a.account, a.sales, { ...credit, philosophy: "philosophy" in a ? a.philosophy : undefined });
    });
    const { summary } = analyseCustomers(rows, DEFAULT_CRITERIA, "en");
    const assessed = accounts.some((a) => "credit" in a);
    const expected = naiveSummary(accounts.map((a) => ({ ...a, credit: "credit" in a ? a.credit : assessed ? "OK" : undefined })));
    expect(summary).toMatchObject({
      totalSales: expected.totalSales,
      accounts: expected.accounts,
      keyAccounts: expected.keyAccounts,
      paretoCount: expected.paretoCount,
      paretoCutoff: 0.7,
      concentration: expected.concentration,
      lostAccounts: [],
    });
    expect(summary.keyAccountShare).toBeCloseTo(expected.keyAccountShare, 12);
    expect(summary.hhi).toBeCloseTo(expected.hhi, 8);
    expect(summary.effectiveCustomers).toBeCloseTo(expected.effectiveCustomers, 10);
  });

  test("the DOJ example's HHI is 2,600: highly concentrated, 3.85 effective customers", () => {
    const { summary } = analyseCustomers([30, 30, 20, 20].map((s, i) => row(`c${i}`, s)), DEFAULT_CRITERIA, "en");
    expect(summary.hhi).toBeCloseTo(2600, 9);
    expect(summary.concentration).toBe("high");
    expect(summary.effectiveCustomers).toBeCloseTo(10000 / 2600, 12);
  });

  test("the A cut-off of the criteria sets the Pareto count", () => {
    const rows = [50, 20, 10, 10, 5, 5].map((s, i) => row(`c${i}`, s));
    expect(analyseCustomers(rows, DEFAULT_CRITERIA, "en").summary.paretoCount).toBe(2);
    const summary = analyseCustomers(rows, { ...DEFAULT_CRITERIA, aCutoff: 0.8 }, "en").summary;
    expect(summary).toMatchObject({ paretoCount: 4, paretoCutoff: 0.8 });
  });

  test("accounts are sorted by sales, duplicates summed first", () => {
    const { accounts, summary } = analyseCustomers([row("a", 10), row("b", 15), row("A", 10)], DEFAULT_CRITERIA, "en");
    expect(accounts.map((a) => [a.account, a.sales, a.rank])).toEqual([["a", 20, 1], ["b", 15, 2]]);
    expect(summary.accounts).toBe(2);
    expect(Math.abs(accounts[1].cumulativeShare - 1)).toBeLessThan(TOL);
  });

  test.each([
    ["no rows", [], "div0"],
    ["all zero", [0, 0], "div0"],
    ["a net negative total", [5, -10], "num"],
  ])("%s: the engine's error (%s)", (_label, sales, code) => {
    const rows = (sales as number[]).map((s, i) => row(`c${i}`, s));
    expect(thrownCode(() => analyseCustomers(rows, DEFAULT_CRITERIA, "en"))).toBe(code);
  });
});

describe("computeTiers carries the caller's fields", () => {
  const records = [
    { account: "a", sales: 1, tag: ["x"] },
    { account: "b", sales: 5, tag: ["y"] },
    { account: "A ", sales: 2, tag: ["z"] },
  ];

  test("with a combiner, extra fields reach the rows, combined for duplicates", () => {
    const { rows } = computeTiers(records, DEFAULT_CRITERIA, "en", (into, r) => {
      into.tag = [...into.tag, ...r.tag];
    });
    expect(rows.map((r) => [r.account, r.sales, r.rank, r.tag])).toEqual([["b", 5, 1, ["y"]], ["a", 3, 2, ["x", "z"]]]);
    expect(records[0].tag).toEqual(["x"]);
  });

  test("without one, the rows hold the tier fields only (the formula path stays as fast as before)", () => {
    const { rows } = computeTiers(records, DEFAULT_CRITERIA, "en");
    expect(rows[0]).not.toHaveProperty("tag");
  });
});
