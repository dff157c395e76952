import fc from "fast-check";
import { AgingBuckets, DEFAULT_BUCKET_DAYS, agingFindings } from "../../../src/core/aging";
import { CREDIT_SEVERITY, CreditStatus, assessCredit, worstOf } from "../../../src/core/credit";
import { DEFAULT_CRITERIA, parseCriteria } from "../../../src/core/criteria";
import { creditReason } from "../../../src/core/reasons";
import { thrownCode } from "../oracle";

const row = (...amounts: number[]): AgingBuckets => ({ from: DEFAULT_BUCKET_DAYS, amounts });
const status = (aging: AgingBuckets, criteria = DEFAULT_CRITERIA): CreditStatus =>
  worstOf(agingFindings(aging, criteria));

// [label, current, 1–30, 31–60, 61–90, over 90, expected], worked out by hand from the rules
// (10% of the aged balance over 60 days → WATCH beyond it; 10% over 90 days → FAIL beyond it).
const table: [string, number[], CreditStatus][] = [
  ["nothing aged", [0, 0, 0, 0, 0], "OK"],
  ["all current", [1000, 0, 0, 0, 0], "OK"],
  ["all 31–60: not over 60", [0, 0, 1000, 0, 0], "OK"],
  ["exactly 10% over 60 → OK", [900, 0, 0, 100, 0], "OK"],
  ["10.1% over 60 → WATCH", [899, 0, 0, 101, 0], "WATCH"],
  [
    "exactly 10% over 90 → WATCH only (over 60 too, but the FAIL line not crossed)",
    [800, 0, 0, 100, 100],
    "WATCH",
  ],
  ["exactly 10% over 90, nothing 61–90 → OK", [900, 0, 0, 0, 100], "OK"],
  ["10.1% over 90 → FAIL", [899, 0, 0, 0, 101], "FAIL"],
  ["everything over 90", [0, 0, 0, 0, 5], "FAIL"],
];

describe("aging rules at their boundaries", () => {
  test.each(table)("%s", (_label, amounts, expected) => {
    expect(status(row(...amounts))).toBe(expected);
  });

  test("any amount over 180 days is FAIL when the report has such a bucket, however small", () => {
    const from = [0, 31, 61, 91, 181];
    expect(status({ from, amounts: [100000, 0, 0, 0, 1] })).toBe("FAIL");
    expect(status({ from, amounts: [100000, 0, 0, 0, 0] })).toBe("OK");
    const findings = agingFindings({ from, amounts: [100000, 0, 0, 0, 1] }, DEFAULT_CRITERIA);
    expect(findings.map((f) => f.rule)).toEqual(["agingOver180"]);
  });

  test("a bucket counts as over N days when its lower bound is at least N (60–90天 is over 60)", () => {
    expect(status({ from: [0, 30, 60, 90], amounts: [80, 0, 20, 0] })).toBe("WATCH");
    expect(status({ from: [0, 30, 60, 90], amounts: [80, 20, 0, 0] })).toBe("OK");
  });

  test("the shares are criteria", () => {
    const criteria = parseCriteria([
      ["aging_watch_share", 0.25],
      ["aging_fail_share", 0.5],
    ]);
    expect(status(row(70, 0, 0, 30, 0), criteria)).toBe("WATCH");
    expect(status(row(75, 0, 0, 25, 0), criteria)).toBe("OK");
    expect(status(row(50, 0, 0, 0, 50), criteria)).toBe("WATCH");
    expect(status(row(49, 0, 0, 0, 51), criteria)).toBe("FAIL");
  });

  test("the reason names each rule broken with its figures, in both languages", () => {
    const from = [0, 31, 61, 91, 181];
    const { findings } = assessCredit(
      { aging: { from, amounts: [50, 0, 20, 20, 10] } },
      DEFAULT_CRITERIA
    );
    expect(creditReason(findings, "en")).toBe(
      "50% of the aged balance over 60 days > 10%; 30% of the aged balance over 90 days > 10%; 10 over 180 days"
    );
    expect(creditReason(findings, "zh-CN")).toBe(
      "账龄超过 60 天的金额占 50% > 10%；账龄超过 90 天的金额占 30% > 10%；账龄超过 180 天的金额 10"
    );
  });

  test("aging joins the other credit rules: the status is the worst of all", () => {
    const watchByUse = { creditLimit: 100, balance: 85 };
    expect(assessCredit(watchByUse, DEFAULT_CRITERIA).status).toBe("WATCH");
    expect(
      assessCredit({ ...watchByUse, aging: row(85, 0, 0, 0, 0) }, DEFAULT_CRITERIA).status
    ).toBe("WATCH");
    const both = assessCredit({ ...watchByUse, aging: row(40, 0, 0, 0, 45) }, DEFAULT_CRITERIA);
    expect(both.status).toBe("FAIL");
    expect(both.findings.map((f) => f.rule)).toEqual(["utilisation", "agingOver60", "agingOver90"]);
  });

  test("negative buckets and mismatched bounds are refused", () => {
    expect(thrownCode(() => agingFindings(row(10, -1, 0, 0, 0), DEFAULT_CRITERIA))).toBe("num");
    expect(
      thrownCode(() => agingFindings({ from: [0, 31], amounts: [1, 2, 3] }, DEFAULT_CRITERIA))
    ).toBe("value");
  });
});

describe("properties", () => {
  const amounts = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 6, maxLength: 6 });
  const from = [0, 1, 31, 61, 91, 181];
  const shares = fc.record({
    agingWatchShare: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    agingFailShare: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  });

  test("status never improves when an amount moves to an older bucket", () => {
    fc.assert(
      fc.property(
        amounts,
        fc.nat(4),
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        shares,
        (a, i, step, part, s) => {
          const j = Math.min(i + step, 5);
          const moved = Math.round(a[i] * part);
          const older = [...a];
          older[i] -= moved;
          older[j] += moved;
          const criteria = { ...DEFAULT_CRITERIA, ...s };
          const before = status({ from, amounts: a }, criteria);
          const after = status({ from, amounts: older }, criteria);
          expect(CREDIT_SEVERITY[after]).toBeGreaterThanOrEqual(CREDIT_SEVERITY[before]);
        }
      )
    );
  });
});
