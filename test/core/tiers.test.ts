import { tiersFormula } from "../../src/core/formulas/tiers-formula";
import { computeTiers, mergeAccounts } from "../../src/core/tiers";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import fc from "fast-check";
import { gradeAccount } from "../../src/core/grade";
import { gradeReason } from "../../src/core/reasons";
import {
  column,
  naiveClass,
  naiveCumShare,
  naiveRank,
  naiveStars,
  thrownCode,
  Status,
} from "./oracle";

const HEADER = [
  "Account",
  "Sales",
  "Rank",
  "Share",
  "Cumulative share",
  "ABC",
  "Stars",
  "Key account",
  "Reason",
];

/** TIERS built independently: merge by trimmed lower-case name, stable sort, naive standing and stars. */
function naiveTiers(
  names: string[],
  sales: number[],
  credit: (Status | undefined)[] = [],
  phil: (number | undefined)[] = [],
  rule: "cover" | "within" = "cover"
) {
  const order: string[] = [];
  const acc = new Map<string, { name: string; sales: number; credit?: Status; phil?: number }>();
  const sev = { OK: 0, WATCH: 1, FAIL: 2 };
  names.forEach((n, i) => {
    const key = n.trim().toLowerCase();
    const a = acc.get(key);
    if (!a) {
      order.push(key);
      acc.set(key, { name: n.trim(), sales: sales[i], credit: credit[i], phil: phil[i] });
      return;
    }
    a.sales += sales[i];
    const c = credit[i];
    if (c && (!a.credit || sev[c] > sev[a.credit])) a.credit = c;
    const p = phil[i];
    if (p !== undefined && (a.phil === undefined || p < a.phil)) a.phil = p;
  });
  const rows = order.map((k) => acc.get(k)!);
  const pop = rows.map((r) => r.sales);
  const sorted = rows.map((r, i) => ({ r, i })).sort((x, y) => y.r.sales - x.r.sales || x.i - y.i); // stable by data order
  return sorted.map(({ r }) => {
    const cls = naiveClass(r.sales, pop, 0.7, 0.9, rule);
    const stars = naiveStars(cls, r.credit, r.phil);
    return {
      name: r.name,
      sales: r.sales,
      rank: naiveRank(r.sales, pop),
      cum: naiveCumShare(r.sales, pop),
      cls,
      stars,
      key: stars >= 3,
      credit: r.credit,
      phil: r.phil,
    };
  });
}

function check(out: unknown[][], expected: ReturnType<typeof naiveTiers>) {
  expect(out[0]).toEqual(HEADER);
  expect(out.length).toBe(expected.length + 1);
  const total = expected.reduce((s, e) => s + e.sales, 0);
  expected.forEach((e, i) => {
    const row = out[i + 1];
    expect(row.slice(0, 3)).toEqual([e.name, e.sales, e.rank]);
    expect(row[3]).toBeCloseTo(e.sales / total, 12);
    expect(row[4]).toBeCloseTo(e.cum, 12);
    expect(row.slice(5, 8)).toEqual([e.cls, e.stars, e.key]);
    expect(typeof row[8]).toBe("string");
  });
}

describe("TIERS", () => {
  test.each([
    ["sorted by sales", ["a", "b", "c"], [20, 50, 30]],
    ["ties keep data order", ["t1", "big", "t2", "t3", "small"], [10, 50, 10, 10, 5]],
    ["all tied", ["z", "y", "x", "w"], [1, 1, 1, 1]],
    [
      "merge: trimmed, case-insensitive",
      ["Acme", "Beta", " acme ", "ACME", "gamma"],
      [10, 30, 15, 5, 20],
    ],
    ["merge creates a tie that keeps first-appearance order", ["p", "q", "P"], [5, 10, 5]],
    ["zeros and negatives", ["a", "b", "c", "d"], [100, 0, -10, 30]],
    ["one account", ["solo"], [42]],
  ])("%s", (_l, names, sales) => {
    check(
      tiersFormula("en", column(names) as never, column(sales) as never),
      naiveTiers(names, sales)
    );
  });

  test("merging keeps the worst credit and the lowest philosophy", () => {
    const names = ["Acme", "acme", "Beta", "ACME ", "Beta"];
    const sales = [60, 20, 10, 5, 5];
    const credit: (Status | undefined)[] = ["OK", undefined, "OK", "WATCH", undefined];
    const phil = [5, 4, undefined, undefined, 2];
    const out = tiersFormula(
      "en",
      column(names) as never,
      column(sales) as never,
      column(credit.map((c) => c ?? null)) as never,
      column(phil.map((p) => p ?? null)) as never
    );
    check(out, naiveTiers(names, sales, credit, phil));
    expect(out[1].slice(0, 2)).toEqual(["Acme", 85]);
    expect(out[1][6]).toBe(3); // A, WATCH, philosophy 4 → 3
    expect(out[2][8]).toBe("class B");
  });

  test("merged list reports which names were summed", () => {
    const { accounts, merged } = mergeAccounts([
      { account: "Acme", sales: 1 },
      { account: " ACME", sales: 2 },
      { account: "Beta", sales: 3 },
    ]);
    expect(accounts.map((a) => [a.account, a.sales])).toEqual([
      ["Acme", 3],
      ["Beta", 3],
    ]);
    expect(merged).toEqual([{ account: "Acme", rows: 2 }]);
  });

  test("rows whose sales are blank, text or boolean are left out; a blank name still counts", () => {
    const out = tiersFormula(
      "en",
      column(["a", "b", "c", "d", null]) as never,
      column([50, null, "n/a", true, 50]) as never
    );
    expect(out.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["a", 50],
      ["(no name, row 5)", 50],
    ]);
  });

  test("two rows with blank names stay two accounts", () => {
    const out = tiersFormula("en", column([null, "x", ""]) as never, column([10, 5, 10]) as never);
    expect(out.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["(no name, row 1)", 10],
      ["(no name, row 3)", 10],
      ["x", 5],
    ]);
  });

  test("reasons and headers in zh-CN", () => {
    const out = tiersFormula(
      "zh-CN",
      column(["甲", "乙"]) as never,
      column([90, 10]) as never,
      "OK",
      5
    );
    expect(out[0][0]).toBe("客户");
    expect(out[1][8]).toBe("A类；信用正常；经营理念 5 分");
  });

  test("criteria apply: within rule", () => {
    const out = tiersFormula(
      "en",
      column(["a", "b", "c"]) as never,
      column([50, 30, 20]) as never,
      null,
      null,
      [["abc_rule", "within"]] as never
    );
    expect(out.slice(1).map((r) => r[5])).toEqual(["A", "B", "C"]);
  });

  test.each([
    ["total 0", ["a", "b"], [0, 0], "div0"],
    ["no numbers", ["a", "b"], ["x", null], "div0"],
    ["negative total", ["a", "b"], [5, -10], "num"],
  ])("%s → %s", (_l, names, sales, code) => {
    expect(
      thrownCode(() => tiersFormula("en", column(names) as never, column(sales) as never))
    ).toBe(code);
  });

  test.each([
    ["bad credit", ["OK", "GREAT"], [null, null], "value"],
    ["philosophy out of range", [null, null], [3, 9], "num"],
  ])("%s → %s", (_l, credit, phil, code) => {
    expect(
      thrownCode(() =>
        tiersFormula(
          "en",
          column(["a", "b"]) as never,
          column([1, 2]) as never,
          column(credit) as never,
          column(phil) as never
        )
      )
    ).toBe(code);
  });

  test("accounts of another shape → value", () => {
    expect(thrownCode(() => tiersFormula("en", "a", column([1, 2]) as never))).toBe("value");
    expect(
      thrownCode(() =>
        tiersFormula("en", column(["a", "b", "c"]) as never, column([1, 2]) as never)
      )
    ).toBe("value");
  });

  test("random tables (repeated names in any case and spacing, ties, zeros, negatives, credit, philosophy) match the naive table", () => {
    const row = fc.record({
      name: fc.tuple(
        fc.constantFrom("Acme", "beta", "Gamma Ltd", "d", "东方", "e"),
        fc.constantFrom("", " ", "  "),
        fc.boolean()
      ),
      sales: fc.oneof(
        fc.constantFrom(0, 1, 2, 5, 10, 0.1, 0.2, 0.3, -3),
        fc.integer({ min: 1, max: 1_000_000 }).map((c) => c / 100)
      ),
      credit: fc.constantFrom(undefined, "OK", "WATCH", "FAIL") as fc.Arbitrary<Status | undefined>,
      phil: fc.constantFrom(undefined, 1, 2, 3, 3.5, 4, 5),
    });
    const table = fc
      .tuple(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.constantFrom("cover" as const, "within" as const)
      )
      .filter(([rows]) => rows.reduce((s, r) => s + r.sales, 0) > 0);
    fc.assert(
      fc.property(table, ([rows, rule]) => {
        const names = rows.map(
          (r) => `${r.name[1]}${r.name[2] ? r.name[0].toUpperCase() : r.name[0]}${r.name[1]}`
        );
        const sales = rows.map((r) => r.sales);
        const credit = rows.map((r) => r.credit);
        const phil = rows.map((r) => r.phil);
        const out = tiersFormula(
          "en",
          column(names) as never,
          column(sales) as never,
          column(credit.map((c) => c ?? null)) as never,
          column(phil.map((p) => p ?? null)) as never,
          [["abc_rule", rule]] as never
        );
        const expected = naiveTiers(names, sales, credit, phil, rule);
        check(out, expected);
        expected.forEach((e, i) => {
          const input = { abc: e.cls, credit: e.credit, philosophy: e.phil };
          expect(out[i + 1][8]).toBe(
            gradeReason(input, gradeAccount(input, DEFAULT_CRITERIA), "en", e.sales)
          );
        });
        // The object form used by the pane and the command line gives the same table.
        const objects = computeTiers(
          rows.map((r, i) => ({
            account: names[i],
            sales: r.sales,
            credit: r.credit,
            philosophy: r.phil,
          })),
          { ...DEFAULT_CRITERIA, abcRule: rule },
          "en"
        ).rows.map((t) => [
          t.account,
          t.sales,
          t.rank,
          t.share,
          t.cumulativeShare,
          t.abc,
          t.stars,
          t.keyAccount,
          t.reason,
        ]);
        expect(objects).toEqual(out.slice(1));
      }),
      { numRuns: 300 }
    );
  });

  test("computeTiers gives the total and ranks for a merged table", () => {
    const t = computeTiers(
      [
        { account: "x", sales: 3 },
        { account: "y", sales: 1 },
        { account: "X", sales: 1 },
      ],
      DEFAULT_CRITERIA,
      "en"
    );
    expect(t.total).toBe(5);
    expect(t.rows.map((r) => [r.account, r.rank])).toEqual([
      ["x", 1],
      ["y", 2],
    ]);
  });
});
