import fc from "fast-check";
import { analyseCustomers } from "../../src/core/analysis";
import { Criteria, DEFAULT_CRITERIA } from "../../src/core/criteria";
import { CustomerRow } from "../../src/core/table/customer-types";

const RUNS = { numRuns: 200 };

// Names from a small pool, in varying case and spacing, so duplicates are common.
const name = fc
  .tuple(fc.constantFrom("Acme", "Beta", "Gamma", "Delta", "刘氏农资", "张记", "Omega", "Pi"), fc.constantFrom("", " "), fc.boolean())
  .map(([n, pad, upper]) => `${pad}${upper ? n.toUpperCase() : n}`);
const sales = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 100_000_000 }).map((c) => c / 100));
const customer = fc.record(
  {
    account: name,
    sales,
    philosophy: fc.integer({ min: 1, max: 5 }),
    creditLimit: fc.integer({ min: 0, max: 1000 }),
    balance: fc.integer({ min: -100, max: 1500 }),
    priorSales: fc.integer({ min: 0, max: 1000 }),
  },
  { requiredKeys: ["account", "sales"] }
);
const rows = fc
  .array(customer, { minLength: 1, maxLength: 40 })
  .map((cs) => cs.map((c, i): CustomerRow => ({ sheetRow: i + 2, ...c })));
const criteria = fc
  .record({
    a: fc.integer({ min: 1, max: 98 }),
    b: fc.integer({ min: 1, max: 100 }),
    abcRule: fc.constantFrom("cover" as const, "within" as const),
    keyMinStars: fc.integer({ min: 1, max: 4 }),
  })
  .filter(({ a, b }) => a < b)
  .map(({ a, b, abcRule, keyMinStars }): Criteria => ({ ...DEFAULT_CRITERIA, aCutoff: a / 100, bCutoff: b / 100, abcRule, keyMinStars }));

const key = (account: string) => account.trim().toLowerCase();

describe("analysis properties", () => {
  test("the key accounts' share is their sales over the total of every row", () => {
    fc.assert(
      fc.property(rows, criteria, (rs, c) => {
        const { accounts, summary } = analyseCustomers(rs, c, "en");
        const total = rs.reduce((s, r) => s + r.sales, 0);
        const keySales = accounts.filter((a) => a.keyAccount).reduce((s, a) => s + a.sales, 0);
        expect(summary.keyAccountShare).toBeCloseTo(keySales / total, 9);
        expect(summary.totalSales).toBeCloseTo(total, 6);
        expect(summary.keyAccounts).toBe(accounts.filter((a) => a.keyAccount).length);
      }),
      RUNS
    );
  });

  test("one account per name, and every row is in exactly one account", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const { accounts } = analyseCustomers(rs, DEFAULT_CRITERIA, "en");
        expect(accounts.length).toBe(new Set(rs.map((r) => key(r.account))).size);
        const collected = accounts.flatMap((a) => a.sourceRows).sort((x, y) => x - y);
        expect(collected).toEqual(rs.map((r) => r.sheetRow));
        for (const a of accounts) {
          const own = rs.filter((r) => a.sourceRows.includes(r.sheetRow));
          expect(own.every((r) => key(r.account) === key(a.account))).toBe(true);
          expect(a.sales).toBeCloseTo(own.reduce((s, r) => s + r.sales, 0), 6);
        }
      }),
      RUNS
    );
  });

  test("under the cover rule the Pareto count is the number of class-A accounts", () => {
    fc.assert(
      fc.property(rows, criteria, (rs, c) => {
        const cover = { ...c, abcRule: "cover" as const };
        const { accounts, summary } = analyseCustomers(rs, cover, "en");
        expect(summary.paretoCount).toBe(accounts.filter((a) => a.abc === "A").length);
      }),
      RUNS
    );
  });

  test("a movement is always consistent with the stars and the sales", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const { accounts, summary } = analyseCustomers(rs, DEFAULT_CRITERIA, "en");
        for (const a of accounts) {
          if (a.movement === "up") expect(a.stars).toBeGreaterThan(a.priorStars as number);
          if (a.movement === "down") expect(a.stars).toBeLessThan(a.priorStars as number);
          if (a.movement === "same") expect(a.stars).toBe(a.priorStars);
          if (a.movement === "new") expect(a.priorStars).toBeUndefined();
        }
        expect(summary.lostAccounts).toEqual([]); // every generated account sells now
      }),
      RUNS
    );
  });
});
