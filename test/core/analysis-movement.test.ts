import { analyseCustomers } from "../../src/core/analysis";
import { AccountTier, Movement } from "../../src/core/analysis-types";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { CellValue, CustomerRow } from "../../src/core/table/customer-types";
import { readCustomers } from "../../src/core/table/read-customers";
import { naiveClass, naiveStars } from "./oracle";

const row = (sheetRow: number, account: string, sales: number, extra: Partial<CustomerRow> = {}): CustomerRow => ({
  sheetRow,
  account,
  sales,
  ...extra,
});

/** [account, sales now, prior sales, expected movement]. */
const CASES: [string, number, number | undefined, Movement | undefined][] = [
  ["Riser", 500, 20, "up"], // C then, A now
  ["Faller", 30, 600, "down"], // A then, C now
  ["Steady", 400, 300, "same"], // A in both
  ["Small", 10, 15, "same"], // C in both
  ["Newcomer", 60, undefined, "new"], // no prior figure
  ["Zero before", 50, 0, "new"], // a prior figure of 0
  ["Gone", 0, 120, "lost"], // sold before, nothing now
  ["Returns only", -5, 40, "lost"], // a net return now is no sales either
  ["Never", 0, undefined, undefined], // no sales in either period: nothing to say
];

const ROWS = CASES.map(([account, sales, priorSales], i) => row(i + 2, account, sales, { priorSales }));

/** The prior tier computed the obvious way: same criteria, over the accounts that sold then. */
function naivePrior(account: string): { abc: string; stars: number } | undefined {
  const pop = CASES.map(([, , prior]) => prior ?? 0).filter((p) => p > 0);
  const prior = CASES.find(([name]) => name === account)?.[2] ?? 0;
  if (prior <= 0) return undefined;
  const abc = naiveClass(prior, pop);
  return { abc, stars: naiveStars(abc) };
}

describe("movement since the prior period", () => {
  const analysis = analyseCustomers(ROWS, DEFAULT_CRITERIA, "en");
  const byName = new Map<string, AccountTier>(analysis.accounts.map((a) => [a.account, a]));

  test("there is a prior period", () => {
    expect(analysis.hasPrior).toBe(true);
  });

  test.each(CASES)("%s: %d now, %p before → %p", (account, _sales, _prior, movement) => {
    const tier = byName.get(account) as AccountTier;
    expect(tier.movement).toBe(movement);
    const prior = naivePrior(account);
    expect(tier.priorAbc).toBe(prior?.abc);
    expect(tier.priorStars).toBe(prior?.stars);
  });

  test("the lost accounts, largest prior sales first", () => {
    expect(analysis.summary.lostAccounts).toEqual(["Gone", "Returns only"]);
  });

  test("credit and philosophy are held equal: only the sales standing moves the tier", () => {
    const rows = [
      row(2, "Weak credit", 500, { priorSales: 500, creditLimit: 100, balance: 200, philosophy: 2 }),
      row(3, "Other", 100, { priorSales: 100 }),
    ];
    const [weak] = analyseCustomers(rows, DEFAULT_CRITERIA, "en").accounts;
    expect(weak).toMatchObject({ abc: "A", stars: 2, priorAbc: "A", priorStars: 2, movement: "same" });
  });

  test("prior sales of duplicate rows add up before the prior tiers are computed", () => {
    const rows = [
      row(2, "Acme", 10, { priorSales: 40 }),
      row(3, "Beta", 90, { priorSales: 50 }),
      row(4, "acme", 10, { priorSales: 30 }),
    ];
    const acme = analyseCustomers(rows, DEFAULT_CRITERIA, "en").accounts.find((a) => a.account === "Acme");
    expect(acme).toMatchObject({ priorSales: 70, priorAbc: "A", priorStars: 4, abc: "B", stars: 2, movement: "down" });
  });

  test("the prior tiers use the same criteria", () => {
    const rows = [row(2, "a", 50, { priorSales: 50 }), row(3, "b", 30, { priorSales: 30 }), row(4, "c", 20, { priorSales: 20 })];
    const within = { ...DEFAULT_CRITERIA, abcRule: "within" as const };
    const accounts = analyseCustomers(rows, within, "en").accounts;
    expect(accounts.map((a) => [a.abc, a.priorAbc, a.movement])).toEqual([["A", "A", "same"], ["B", "B", "same"], ["C", "C", "same"]]);
  });

  test("a lost account read from a blank sales cell", () => {
    const values: CellValue[][] = [
      ["Customer", "Sales", "Last year"],
      ["Acme", 100, 80],
      ["Gone Ltd", null, 60],
      ["Beta", 50, null],
    ];
    const { rows } = readCustomers(values, { headerRow: 0, mapping: { account: 0, sales: 1, priorSales: 2 } }, 1);
    const analysis = analyseCustomers(rows, DEFAULT_CRITERIA, "en");
    expect(analysis.accounts.map((a) => [a.account, a.sales, a.movement])).toEqual([
      ["Acme", 100, "same"],
      ["Beta", 50, "new"],
      ["Gone Ltd", 0, "lost"],
    ]);
    expect(analysis.summary.lostAccounts).toEqual(["Gone Ltd"]);
  });

  test("with no prior figures at all every account is new", () => {
    const analysis = analyseCustomers([row(2, "a", 5, { priorSales: 0 }), row(3, "b", 5)], DEFAULT_CRITERIA, "en");
    expect(analysis.hasPrior).toBe(true);
    expect(analysis.accounts.map((a) => a.movement)).toEqual(["new", "new"]);
  });
});

test("without a prior-period column there is no movement", () => {
  const analysis = analyseCustomers([row(2, "a", 5), row(3, "b", 0)], DEFAULT_CRITERIA, "en");
  expect(analysis.hasPrior).toBe(false);
  expect(analysis.summary.lostAccounts).toEqual([]);
  for (const a of analysis.accounts) {
    expect(a.movement).toBeUndefined();
    expect(a.priorAbc).toBeUndefined();
    expect(a.priorStars).toBeUndefined();
  }
});
