import { detectColumns } from "../../../src/core/table/header-detection";
import { agingBucketDays, findAgingColumns } from "../../../src/core/table/aging-headers";
import { readCustomers } from "../../../src/core/table/read-customers";

describe("aging bucket headers", () => {
  test.each([
    ["未到期", 0],
    ["1-30天", 1],
    ["31~60天", 31],
    ["61-90天", 61],
    ["90天以上", 90],
    ["账龄1-2年", 365],
    ["2-3年", 730],
    ["3年以上", 1095],
    ["1年以内", 0],
    ["30天以内", 0],
    ["3-6个月", 90],
    ["Current", 0],
    ["Not yet due", 0],
    ["0-30 days", 0],
    ["31-60", 31],
    ["Over 90", 90],
    ["90+", 90],
    ["> 180 days", 180],
    ["Aged 61-90", 61],
    ["逾期1-30天金额", 1],
    ["账龄（1-30天）", 1],
  ] as [string, number | undefined][])("%s → %p", (header, from) => {
    expect(agingBucketDays(header)).toBe(from);
  });

  test.each([
    "账龄",
    "账龄/天",
    "逾期天数",
    "Days overdue",
    "2023-2024",
    "Sales",
    "Credit limit",
    "days",
    "Terms",
  ])("%s is no bucket", (header) => {
    expect(agingBucketDays(header)).toBeUndefined();
  });

  test("one bucket-like header alone is no aging report", () => {
    expect(findAgingColumns(["Customer", "Sales", "90+"])).toEqual([]);
    expect(findAgingColumns(["Customer", "Current", "Over 90"])).toEqual([
      { column: 1, from: 0 },
      { column: 2, from: 90 },
    ]);
  });
});

describe("a ledger with aging columns", () => {
  const values = [
    [
      "客户",
      "销售额",
      "信用额度",
      "应收账款",
      "未到期",
      "1-30天",
      "31-60天",
      "61-90天",
      "90天以上",
      "账期",
    ],
    ["甲", 1200, 500, 300, 200, 50, null, 50, 0, 60],
    ["乙", 800, 400, 100, 100, "n/a", 0, 0, -5, null],
  ];

  test("the buckets are found beside the roles, and read per row with their headers", () => {
    const detected = detectColumns(values)!;
    expect(detected.mapping).toEqual({
      account: 0,
      sales: 1,
      creditLimit: 2,
      balance: 3,
      terms: 9,
    });
    expect(detected.aging!.map((a) => a.from)).toEqual([0, 1, 31, 61, 90]);
    const table = readCustomers(values, detected, 1);
    expect(table.rows[0]).toMatchObject({
      terms: 60,
      aging: { from: [0, 1, 31, 61, 90], amounts: [200, 50, 0, 50, 0] },
    });
    expect(table.rows[0].aging!.labels).toEqual([
      "未到期",
      "1-30天",
      "31-60天",
      "61-90天",
      "90天以上",
    ]);
    expect(table.rows[1].aging!.amounts).toEqual([100, 0, 0, 0, 0]);
    expect(table.problems).toContainEqual({ kind: "badAging", rows: [3] });
  });

  test("without aging columns a row has no aging", () => {
    const plain = values.map((row) => row.slice(0, 4));
    const table = readCustomers(plain, detectColumns(plain)!, 1);
    expect(table.rows[0].aging).toBeUndefined();
    expect(table.problems.some((p) => p.kind === "badAging")).toBe(false);
  });
});
